# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledOccurrence")


_WIRE_KEYS = frozenset(
    (
        "id",
        "scheduled_id",
        "chat_id",
        "sent_message_id",
        "message_id",
        "is_success",
        "remarks",
        "delivered_at",
        "created_at",
    )
)


@_attrs_define
class ScheduledOccurrence:
    """One run of a scheduled message."""

    id: str | Unset = UNSET
    scheduled_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    sent_message_id: str | Unset = UNSET
    """ The queue_id of the message this run sent. """
    message_id: None | str | Unset = UNSET
    is_success: bool | Unset = UNSET
    remarks: None | str | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        scheduled_id = self.scheduled_id

        chat_id = self.chat_id

        sent_message_id = self.sent_message_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        is_success = self.is_success

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if scheduled_id is not UNSET:
            field_dict["scheduled_id"] = scheduled_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if sent_message_id is not UNSET:
            field_dict["sent_message_id"] = sent_message_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ScheduledOccurrence: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ScheduledOccurrence") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledOccurrence", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        id = get("id", UNSET)

        scheduled_id = get("scheduled_id", UNSET)

        chat_id = get("chat_id", UNSET)

        sent_message_id = get("sent_message_id", UNSET)

        message_id = get("message_id", UNSET)

        is_success = get("is_success", UNSET)

        remarks = get("remarks", UNSET)

        _delivered_at = get("delivered_at", UNSET)
        delivered_at: datetime.datetime | None | Unset
        if _delivered_at is None or _delivered_at is UNSET:
            delivered_at = _delivered_at
        else:
            if not (isinstance(_delivered_at, (str, int, float))):
                raise TypeError(f"delivered_at: unexpected {type(_delivered_at).__name__}")
            delivered_at_type_0 = parse_timestamp(_delivered_at)

            delivered_at = delivered_at_type_0

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        scheduled_occurrence = cls(
            id,
            scheduled_id,
            chat_id,
            sent_message_id,
            message_id,
            is_success,
            remarks,
            delivered_at,
            created_at,
        )

        scheduled_occurrence.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_occurrence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
