# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatusTimeline")


_WIRE_KEYS = frozenset(
    (
        "queued_at",
        "sent_at",
    )
)


@_attrs_define
class MessageStatusTimeline:
    """When the message went through each step; more steps than these two may come, each a timestamp."""

    queued_at: datetime.datetime | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, datetime.datetime | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_at: None | str | Unset
        if isinstance(self.queued_at, Unset):
            queued_at = UNSET
        elif isinstance(self.queued_at, datetime.datetime):
            queued_at = self.queued_at.isoformat()
        else:
            queued_at = self.queued_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, datetime.datetime):
                field_dict[prop_name] = prop.isoformat()
            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageStatusTimeline: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageStatusTimeline") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageStatusTimeline", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _queued_at = get("queued_at", UNSET)
        queued_at: datetime.datetime | None | Unset
        if _queued_at is None or _queued_at is UNSET:
            queued_at = _queued_at
        else:
            if not (isinstance(_queued_at, (str, int, float))):
                raise TypeError(f"queued_at: unexpected {type(_queued_at).__name__}")
            queued_at_type_0 = parse_timestamp(_queued_at)

            queued_at = queued_at_type_0

        _sent_at = get("sent_at", UNSET)
        sent_at: datetime.datetime | None | Unset
        if _sent_at is None or _sent_at is UNSET:
            sent_at = _sent_at
        else:
            if not (isinstance(_sent_at, (str, int, float))):
                raise TypeError(f"sent_at: unexpected {type(_sent_at).__name__}")
            sent_at_type_0 = parse_timestamp(_sent_at)

            sent_at = sent_at_type_0

        message_status_timeline = cls(
            queued_at,
            sent_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _WIRE_KEYS:
                continue
            _additional_property = prop_dict
            additional_property: datetime.datetime | None
            if _additional_property is None:
                additional_property = _additional_property
            else:
                if not (isinstance(_additional_property, (str, int, float))):
                    raise TypeError(f"AdditionalProperty: unexpected {type(_additional_property).__name__}")
                additional_property_type_0 = parse_timestamp(_additional_property)

                additional_property = additional_property_type_0

            additional_properties[prop_name] = additional_property

        message_status_timeline.additional_properties = additional_properties
        return message_status_timeline

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.datetime | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.datetime | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
