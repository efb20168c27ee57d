# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "memberAddMode": "member_add_mode",
    "description": "description",
    "image": "image",
    "infoAdminsOnly": "info_admins_only",
    "messagesAdminsOnly": "messages_admins_only",
    "name": "name",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class UpdateGroupSettingsBody:
    member_add_mode: bool | Unset = UNSET
    """ - When set to true, only admins can add other participants to the group
    - Default true """
    description: str | Unset = UNSET
    """ - Updates the group description """
    image: str | Unset = UNSET
    """ - A public image URL to update the group image """
    info_admins_only: bool | Unset = UNSET
    """ - When set to true, only admins can edit group description or info
    - Default false """
    messages_admins_only: bool | Unset = UNSET
    """ - When set to true, only admins can send messages to the group.
    - Default false """
    name: str | Unset = UNSET
    """ - Updates the name of the group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        member_add_mode = self.member_add_mode
        if not isinstance(member_add_mode, Unset):
            field_dict["memberAddMode"] = member_add_mode
        description = self.description
        if not isinstance(description, Unset):
            field_dict["description"] = description
        image = self.image
        if not isinstance(image, Unset):
            field_dict["image"] = image
        info_admins_only = self.info_admins_only
        if not isinstance(info_admins_only, Unset):
            field_dict["infoAdminsOnly"] = info_admins_only
        messages_admins_only = self.messages_admins_only
        if not isinstance(messages_admins_only, Unset):
            field_dict["messagesAdminsOnly"] = messages_admins_only
        name = self.name
        if not isinstance(name, Unset):
            field_dict["name"] = name
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
            raise exc.within_model("UpdateGroupSettingsBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateGroupSettingsBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateGroupSettingsBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        member_add_mode = get("memberAddMode", UNSET)
        if member_add_mode is not UNSET:
            if member_add_mode.__class__ is not bool:
                raise wrong_type("memberAddMode", member_add_mode, "bool")

        description = get("description", UNSET)
        if description is not UNSET:
            if not isinstance(description, str):
                raise wrong_type("description", description, "str")

        image = get("image", UNSET)
        if image is not UNSET:
            if not isinstance(image, str):
                raise wrong_type("image", image, "str")

        info_admins_only = get("infoAdminsOnly", UNSET)
        if info_admins_only is not UNSET:
            if info_admins_only.__class__ is not bool:
                raise wrong_type("infoAdminsOnly", info_admins_only, "bool")

        messages_admins_only = get("messagesAdminsOnly", UNSET)
        if messages_admins_only is not UNSET:
            if messages_admins_only.__class__ is not bool:
                raise wrong_type("messagesAdminsOnly", messages_admins_only, "bool")

        name = get("name", UNSET)
        if name is not UNSET:
            if not isinstance(name, str):
                raise wrong_type("name", name, "str")

        update_group_settings_body = cls(
            member_add_mode,
            description,
            image,
            info_admins_only,
            messages_admins_only,
            name,
        )
        update_group_settings_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_group_settings_body

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
