# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloseTicketMetadata")


_WIRE_KEYS = frozenset(
    (
        "closed_by",
        "closed_at",
        "closed_message",
        "send_reply_message_id",
    )
)


@_attrs_define
class CloseTicketMetadata:
    closed_by: None | str | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    closed_message: None | str | Unset = UNSET
    send_reply_message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closed_by: None | str | Unset
        if isinstance(self.closed_by, Unset):
            closed_by = UNSET
        else:
            closed_by = self.closed_by

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closed_message: None | str | Unset
        if isinstance(self.closed_message, Unset):
            closed_message = UNSET
        else:
            closed_message = self.closed_message

        send_reply_message_id: None | str | Unset
        if isinstance(self.send_reply_message_id, Unset):
            send_reply_message_id = UNSET
        else:
            send_reply_message_id = self.send_reply_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if closed_by is not UNSET:
            field_dict["closed_by"] = closed_by
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if closed_message is not UNSET:
            field_dict["closed_message"] = closed_message
        if send_reply_message_id is not UNSET:
            field_dict["send_reply_message_id"] = send_reply_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CloseTicketMetadata: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CloseTicketMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CloseTicketMetadata", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        closed_by = get("closed_by", UNSET)

        _closed_at = get("closed_at", UNSET)
        closed_at: datetime.datetime | None | Unset
        if _closed_at is None or _closed_at is UNSET:
            closed_at = _closed_at
        else:
            if not (isinstance(_closed_at, (str, int, float))):
                raise TypeError(f"closed_at: unexpected {type(_closed_at).__name__}")
            closed_at_type_0 = parse_timestamp(_closed_at)

            closed_at = closed_at_type_0

        closed_message = get("closed_message", UNSET)

        send_reply_message_id = get("send_reply_message_id", UNSET)

        close_ticket_metadata = cls(
            closed_by,
            closed_at,
            closed_message,
            send_reply_message_id,
        )

        close_ticket_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return close_ticket_metadata

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
