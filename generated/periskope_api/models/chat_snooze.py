# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSnooze")


_WIRE_KEYS = frozenset(
    (
        "snooze_until",
        "snooze_message",
        "snooze_by",
    )
)


@_attrs_define
class ChatSnooze:
    snooze_until: datetime.datetime | Unset = UNSET
    snooze_message: None | str | Unset = UNSET
    snooze_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snooze_until: str | Unset = UNSET
        if not isinstance(self.snooze_until, Unset):
            snooze_until = self.snooze_until.isoformat()

        snooze_message: None | str | Unset
        if isinstance(self.snooze_message, Unset):
            snooze_message = UNSET
        else:
            snooze_message = self.snooze_message

        snooze_by: None | str | Unset
        if isinstance(self.snooze_by, Unset):
            snooze_by = UNSET
        else:
            snooze_by = self.snooze_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snooze_until is not UNSET:
            field_dict["snooze_until"] = snooze_until
        if snooze_message is not UNSET:
            field_dict["snooze_message"] = snooze_message
        if snooze_by is not UNSET:
            field_dict["snooze_by"] = snooze_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatSnooze: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatSnooze") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatSnooze", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _snooze_until = get("snooze_until", UNSET)
        snooze_until: datetime.datetime | Unset
        if isinstance(_snooze_until, Unset):
            snooze_until = UNSET
        else:
            snooze_until = parse_timestamp(_snooze_until)

        snooze_message = get("snooze_message", UNSET)

        snooze_by = get("snooze_by", UNSET)

        chat_snooze = cls(
            snooze_until,
            snooze_message,
            snooze_by,
        )

        chat_snooze.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_snooze

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
