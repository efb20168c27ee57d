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
    "addMembersAdminsOnly": "add_members_admins_only",
    "description": "description",
    "image": "image",
    "infoAdminsOnly": "info_admins_only",
    "messagesAdminsOnly": "messages_admins_only",
    "force_add_participants": "force_add_participants",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        add_members_admins_only = self.add_members_admins_only
        if not isinstance(add_members_admins_only, Unset):
            field_dict["addMembersAdminsOnly"] = add_members_admins_only
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
        force_add_participants = self.force_add_participants
        if not isinstance(force_add_participants, Unset):
            field_dict["force_add_participants"] = force_add_participants
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
            raise exc.within_model("CreateGroupBodyOptions") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateGroupBodyOptions", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CreateGroupBodyOptions")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        add_members_admins_only = get("addMembersAdminsOnly", UNSET)
        if add_members_admins_only is not UNSET:
            if add_members_admins_only.__class__ is not bool:
                raise wrong_type("addMembersAdminsOnly", add_members_admins_only, "bool")

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

        force_add_participants = get("force_add_participants", UNSET)
        if force_add_participants is not UNSET:
            if force_add_participants.__class__ is not bool:
                raise wrong_type("force_add_participants", force_add_participants, "bool")

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
