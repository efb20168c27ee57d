# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.member_color import MemberColor
from ..models.member_role import MemberRole

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "email": "email",
    "org_id": "org_id",
    "user_id": "user_id",
    "role": "role",
    "member_name": "member_name",
    "member_image": "member_image",
    "member_color": "member_color",
    "is_active": "is_active",
    "is_online": "is_online",
    "is_owner": "is_owner",
    "label_ids": "label_ids",
    "org_phones": "org_phones",
    "invited_at": "invited_at",
    "invited_by": "invited_by",
    "created_at": "created_at",
    "member_metadata": "member_metadata",
    "preferences": "preferences",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Member:
    """A member of the organisation."""

    email: str | None = None
    org_id: str | None = None
    user_id: str | None = None
    role: MemberRole | None = None
    member_name: str | None = None
    member_image: str | None = None
    member_color: MemberColor | None = None
    is_active: bool | None = None
    is_online: bool | None = None
    is_owner: bool | None = None
    label_ids: list[str] | None = None
    """ The labels whose chats a member (role member) sees; null - all. """
    org_phones: list[str] | None = None
    """ The phones whose chats a member (role member) sees; null - all. """
    invited_at: datetime.datetime | None = None
    invited_by: str | None = None
    created_at: datetime.datetime | None = None
    member_metadata: Any | None = None
    """ Server metadata (untyped). """
    preferences: Any | None = None
    """ The member's app preferences (untyped). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        email = self.email
        if email is not None:
            field_dict["email"] = email
        elif "email" not in absent:
            field_dict["email"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        user_id = self.user_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        elif "user_id" not in absent:
            field_dict["user_id"] = None
        role = self.role
        if role is not None:
            field_dict["role"] = role.value
        elif "role" not in absent:
            field_dict["role"] = None
        member_name = self.member_name
        if member_name is not None:
            field_dict["member_name"] = member_name
        elif "member_name" not in absent:
            field_dict["member_name"] = None
        member_image = self.member_image
        if member_image is not None:
            field_dict["member_image"] = member_image
        elif "member_image" not in absent:
            field_dict["member_image"] = None
        member_color = self.member_color
        if member_color is not None:
            field_dict["member_color"] = member_color.value
        elif "member_color" not in absent:
            field_dict["member_color"] = None
        is_active = self.is_active
        if is_active is not None:
            field_dict["is_active"] = is_active
        elif "is_active" not in absent:
            field_dict["is_active"] = None
        is_online = self.is_online
        if is_online is not None:
            field_dict["is_online"] = is_online
        elif "is_online" not in absent:
            field_dict["is_online"] = None
        is_owner = self.is_owner
        if is_owner is not None:
            field_dict["is_owner"] = is_owner
        elif "is_owner" not in absent:
            field_dict["is_owner"] = None
        label_ids = self.label_ids
        if label_ids is not None:
            field_dict["label_ids"] = label_ids
        elif "label_ids" not in absent:
            field_dict["label_ids"] = None
        org_phones = self.org_phones
        if org_phones is not None:
            field_dict["org_phones"] = org_phones
        elif "org_phones" not in absent:
            field_dict["org_phones"] = None
        invited_at = self.invited_at
        if invited_at is not None:
            field_dict["invited_at"] = invited_at.isoformat()
        elif "invited_at" not in absent:
            field_dict["invited_at"] = None
        invited_by = self.invited_by
        if invited_by is not None:
            field_dict["invited_by"] = invited_by
        elif "invited_by" not in absent:
            field_dict["invited_by"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        member_metadata = self.member_metadata
        if member_metadata is not None:
            field_dict["member_metadata"] = member_metadata
        elif "member_metadata" not in absent:
            field_dict["member_metadata"] = None
        preferences = self.preferences
        if preferences is not None:
            field_dict["preferences"] = preferences
        elif "preferences" not in absent:
            field_dict["preferences"] = None
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
            raise exc.within_model("Member") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Member", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Member")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        email = get("email")
        if email is not None:
            if not isinstance(email, str):
                raise wrong_type("email", email, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        user_id = get("user_id")
        if user_id is not None:
            if not isinstance(user_id, str):
                raise wrong_type("user_id", user_id, "str")

        role = get("role")
        if role is not None:
            try:
                role = MemberRole.decode(role)
            except (TypeError, ValueError):
                raise bad_value("role", role, "MemberRole") from None

        member_name = get("member_name")
        if member_name is not None:
            if not isinstance(member_name, str):
                raise wrong_type("member_name", member_name, "str")

        member_image = get("member_image")
        if member_image is not None:
            if not isinstance(member_image, str):
                raise wrong_type("member_image", member_image, "str")

        member_color = get("member_color")
        if member_color is not None:
            try:
                member_color = MemberColor.decode(member_color)
            except (TypeError, ValueError):
                raise bad_value("member_color", member_color, "MemberColor") from None

        is_active = get("is_active")
        if is_active is not None:
            if is_active.__class__ is not bool:
                raise wrong_type("is_active", is_active, "bool")

        is_online = get("is_online")
        if is_online is not None:
            if is_online.__class__ is not bool:
                raise wrong_type("is_online", is_online, "bool")

        is_owner = get("is_owner")
        if is_owner is not None:
            if is_owner.__class__ is not bool:
                raise wrong_type("is_owner", is_owner, "bool")

        label_ids = get("label_ids")
        if label_ids is not None:
            label_ids = str_list(label_ids, "label_ids")

        org_phones = get("org_phones")
        if org_phones is not None:
            org_phones = str_list(org_phones, "org_phones")

        invited_at = get("invited_at")
        if invited_at is not None:
            try:
                invited_at = parse_timestamp(invited_at)
            except (TypeError, ValueError):
                raise bad_value("invited_at", invited_at, "a timestamp") from None

        invited_by = get("invited_by")
        if invited_by is not None:
            if not isinstance(invited_by, str):
                raise wrong_type("invited_by", invited_by, "str")

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        member_metadata = get("member_metadata")
        preferences = get("preferences")
        member = cls(
            email,
            org_id,
            user_id,
            role,
            member_name,
            member_image,
            member_color,
            is_active,
            is_online,
            is_owner,
            label_ids,
            org_phones,
            invited_at,
            invited_by,
            created_at,
            member_metadata,
            preferences,
        )
        member._absent = absent_keys(_WIRE_KEYS, d)
        member.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return member

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
