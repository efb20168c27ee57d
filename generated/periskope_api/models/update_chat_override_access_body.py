# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    decode_error,
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_chat_override_access_body_access import UpdateChatOverrideAccessBodyAccess


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "access": "access",
    "chat_ids": "chat_ids",
    "replace": "replace",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        access = self.access
        field_dict["access"] = access.to_dict()
        chat_ids = self.chat_ids
        field_dict["chat_ids"] = chat_ids
        replace = self.replace
        if not isinstance(replace, Unset):
            field_dict["replace"] = replace
        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a compact JSON string."""
        return to_json(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object; a value that does not fit its declared type raises DecodeError naming the path."""
        try:
            return cls._from_dict(src_dict)
        except DecodePathError as exc:
            raise exc.within_model("UpdateChatOverrideAccessBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateChatOverrideAccessBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateChatOverrideAccessBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "access" not in d:
            raise DecodePathError("access", "missing required key")
        access = d["access"]
        try:
            access = UpdateChatOverrideAccessBodyAccess._from_dict(access)
        except DecodePathError as exc:
            raise exc.at("access") from None

        if "chat_ids" not in d:
            raise DecodePathError("chat_ids", "missing required key")
        chat_ids = d["chat_ids"]
        chat_ids = str_list(chat_ids, "chat_ids")

        replace = get("replace", UNSET)
        if replace is not UNSET:
            if replace.__class__ is not bool:
                raise wrong_type("replace", replace, "bool")

        update_chat_override_access_body = cls(
            access,
            chat_ids,
            replace,
        )
        update_chat_override_access_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_chat_override_access_body

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

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
