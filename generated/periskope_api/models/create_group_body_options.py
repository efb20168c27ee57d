# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGroupBodyOptions")


_WIRE_KEYS = frozenset(
    (
        "addMembersAdminsOnly",
        "description",
        "image",
        "infoAdminsOnly",
        "messagesAdminsOnly",
        "force_add_participants",
    )
)


@_attrs_define
class CreateGroupBodyOptions:
    """- Provide additional options while creating a group"""

    add_members_admins_only: bool | Unset = UNSET
    """ - When set to true, only admins can add other participants to the group
    - Default false """
    description: str | Unset = UNSET
    """ - Provide an optional text input to set the group description """
    image: str | Unset = UNSET
    """ - Provide a public image URL to set the group image """
    info_admins_only: bool | Unset = UNSET
    """ - When set to true, only admins can edit group description or info
    - Default false """
    messages_admins_only: bool | Unset = UNSET
    """ - When set to true, only admins can send messages to the group.
    - Default false """
    force_add_participants: bool | Unset = UNSET
    """ - When set to true, participants will be added to the group even if they are not in your phone contacts or
    their privacy settings do not allow it.
    - Default false """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_members_admins_only = self.add_members_admins_only

        description = self.description

        image = self.image

        info_admins_only = self.info_admins_only

        messages_admins_only = self.messages_admins_only

        force_add_participants = self.force_add_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_members_admins_only is not UNSET:
            field_dict["addMembersAdminsOnly"] = add_members_admins_only
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if info_admins_only is not UNSET:
            field_dict["infoAdminsOnly"] = info_admins_only
        if messages_admins_only is not UNSET:
            field_dict["messagesAdminsOnly"] = messages_admins_only
        if force_add_participants is not UNSET:
            field_dict["force_add_participants"] = force_add_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateGroupBodyOptions: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateGroupBodyOptions") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateGroupBodyOptions", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        add_members_admins_only = get("addMembersAdminsOnly", UNSET)

        description = get("description", UNSET)

        image = get("image", UNSET)

        info_admins_only = get("infoAdminsOnly", UNSET)

        messages_admins_only = get("messagesAdminsOnly", UNSET)

        force_add_participants = get("force_add_participants", UNSET)

        create_group_body_options = cls(
            add_members_admins_only,
            description,
            image,
            info_admins_only,
            messages_admins_only,
            force_add_participants,
        )

        create_group_body_options.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_group_body_options

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
