# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatInfoSnoozeMetadata")


@_attrs_define
class ChatInfoSnoozeMetadata:
    snooze_until: float | Unset = UNSET
    snooze_message: str | Unset = UNSET
    snooze_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snooze_until = self.snooze_until

        snooze_message = self.snooze_message

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
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatInfoSnoozeMetadata: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatInfoSnoozeMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("ChatInfoSnoozeMetadata", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snooze_until = d.pop("snooze_until", UNSET)

        snooze_message = d.pop("snooze_message", UNSET)

        snooze_by = d.pop("snooze_by", UNSET)

        chat_info_snooze_metadata = cls(
            snooze_until=snooze_until,
            snooze_message=snooze_message,
            snooze_by=snooze_by,
        )

        chat_info_snooze_metadata.additional_properties = d
        return chat_info_snooze_metadata

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
