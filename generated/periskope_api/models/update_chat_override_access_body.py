# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_chat_override_access_body_access import UpdateChatOverrideAccessBodyAccess


T = TypeVar("T", bound="UpdateChatOverrideAccessBody")


_WIRE_KEYS = frozenset(
    (
        "access",
        "chat_ids",
        "replace",
    )
)


@_attrs_define
class UpdateChatOverrideAccessBody:
    access: UpdateChatOverrideAccessBodyAccess
    """ - An object containing email_ids and a boolean value.
    - Note: This replaces all the current overriding_chat_access of the chat """
    chat_ids: list[str]
    """ - An array of chat_ids to update """
    replace: bool | Unset = UNSET
    """ - If replace is false, it will append new access properties with existing ones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access.to_dict()

        chat_ids = self.chat_ids

        replace = self.replace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "chat_ids": chat_ids,
            }
        )
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateChatOverrideAccessBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateChatOverrideAccessBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateChatOverrideAccessBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        access = UpdateChatOverrideAccessBodyAccess.from_dict(d["access"])

        chat_ids = cast(list[str], d["chat_ids"])

        replace = get("replace", UNSET)

        update_chat_override_access_body = cls(
            access,
            chat_ids,
            replace,
        )

        update_chat_override_access_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_chat_override_access_body

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


from ..models.update_chat_override_access_body_access import UpdateChatOverrideAccessBodyAccess  # noqa: E402
