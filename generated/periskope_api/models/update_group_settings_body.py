# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateGroupSettingsBody")


_WIRE_KEYS = frozenset(
    (
        "memberAddMode",
        "description",
        "image",
        "infoAdminsOnly",
        "messagesAdminsOnly",
        "name",
    )
)


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
        member_add_mode = self.member_add_mode

        description = self.description

        image = self.image

        info_admins_only = self.info_admins_only

        messages_admins_only = self.messages_admins_only

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_add_mode is not UNSET:
            field_dict["memberAddMode"] = member_add_mode
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if info_admins_only is not UNSET:
            field_dict["infoAdminsOnly"] = info_admins_only
        if messages_admins_only is not UNSET:
            field_dict["messagesAdminsOnly"] = messages_admins_only
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateGroupSettingsBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateGroupSettingsBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateGroupSettingsBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        member_add_mode = get("memberAddMode", UNSET)

        description = get("description", UNSET)

        image = get("image", UNSET)

        info_admins_only = get("infoAdminsOnly", UNSET)

        messages_admins_only = get("messagesAdminsOnly", UNSET)

        name = get("name", UNSET)

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
