# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.member_color import MemberColor
from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


_WIRE_KEYS = frozenset(
    (
        "email",
        "org_id",
        "user_id",
        "role",
        "member_name",
        "member_image",
        "member_color",
        "is_active",
        "is_online",
        "is_owner",
        "label_ids",
        "org_phones",
        "invited_at",
        "invited_by",
        "created_at",
        "member_metadata",
        "preferences",
    )
)


@_attrs_define
class Member:
    """A member of the organisation."""

    email: str | Unset = UNSET
    org_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    role: MemberRole | None | Unset = UNSET
    member_name: None | str | Unset = UNSET
    member_image: None | str | Unset = UNSET
    member_color: MemberColor | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_online: bool | None | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    label_ids: list[str] | None | Unset = UNSET
    """ The labels whose chats a member (role member) sees; null - all. """
    org_phones: list[str] | None | Unset = UNSET
    """ The phones whose chats a member (role member) sees; null - all. """
    invited_at: datetime.datetime | None | Unset = UNSET
    invited_by: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    member_metadata: Any | Unset = UNSET
    """ Server metadata (untyped). """
    preferences: Any | Unset = UNSET
    """ The member's app preferences (untyped). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        org_id = self.org_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, MemberRole):
            role = self.role.value
        else:
            role = self.role

        member_name: None | str | Unset
        if isinstance(self.member_name, Unset):
            member_name = UNSET
        else:
            member_name = self.member_name

        member_image: None | str | Unset
        if isinstance(self.member_image, Unset):
            member_image = UNSET
        else:
            member_image = self.member_image

        member_color: None | str | Unset
        if isinstance(self.member_color, Unset):
            member_color = UNSET
        elif isinstance(self.member_color, MemberColor):
            member_color = self.member_color.value
        else:
            member_color = self.member_color

        is_active = self.is_active

        is_online: bool | None | Unset
        if isinstance(self.is_online, Unset):
            is_online = UNSET
        else:
            is_online = self.is_online

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        label_ids: list[str] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        org_phones: list[str] | None | Unset
        if isinstance(self.org_phones, Unset):
            org_phones = UNSET
        elif isinstance(self.org_phones, list):
            org_phones = self.org_phones

        else:
            org_phones = self.org_phones

        invited_at: None | str | Unset
        if isinstance(self.invited_at, Unset):
            invited_at = UNSET
        elif isinstance(self.invited_at, datetime.datetime):
            invited_at = self.invited_at.isoformat()
        else:
            invited_at = self.invited_at

        invited_by: None | str | Unset
        if isinstance(self.invited_by, Unset):
            invited_by = UNSET
        else:
            invited_by = self.invited_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        member_metadata = self.member_metadata

        preferences = self.preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if role is not UNSET:
            field_dict["role"] = role
        if member_name is not UNSET:
            field_dict["member_name"] = member_name
        if member_image is not UNSET:
            field_dict["member_image"] = member_image
        if member_color is not UNSET:
            field_dict["member_color"] = member_color
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if org_phones is not UNSET:
            field_dict["org_phones"] = org_phones
        if invited_at is not UNSET:
            field_dict["invited_at"] = invited_at
        if invited_by is not UNSET:
            field_dict["invited_by"] = invited_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if member_metadata is not UNSET:
            field_dict["member_metadata"] = member_metadata
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Member: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Member") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Member", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        email = get("email", UNSET)

        org_id = get("org_id", UNSET)

        user_id = get("user_id", UNSET)

        _role = get("role", UNSET)
        role: MemberRole | None | Unset
        if _role is None or _role is UNSET:
            role = _role
        else:
            if not (isinstance(_role, str)):
                raise TypeError(f"role: unexpected {type(_role).__name__}")
            role_type_1 = MemberRole.decode(_role)

            role = role_type_1

        member_name = get("member_name", UNSET)

        member_image = get("member_image", UNSET)

        _member_color = get("member_color", UNSET)
        member_color: MemberColor | None | Unset
        if _member_color is None or _member_color is UNSET:
            member_color = _member_color
        else:
            if not (isinstance(_member_color, str)):
                raise TypeError(f"member_color: unexpected {type(_member_color).__name__}")
            member_color_type_1 = MemberColor.decode(_member_color)

            member_color = member_color_type_1

        is_active = get("is_active", UNSET)

        is_online = get("is_online", UNSET)

        is_owner = get("is_owner", UNSET)

        _label_ids = get("label_ids", UNSET)
        label_ids: list[str] | None | Unset
        if _label_ids is None or _label_ids is UNSET:
            label_ids = _label_ids
        else:
            if not (isinstance(_label_ids, list)):
                raise TypeError(f"label_ids: unexpected {type(_label_ids).__name__}")
            label_ids_type_0 = cast(list[str], _label_ids)

            label_ids = label_ids_type_0

        _org_phones = get("org_phones", UNSET)
        org_phones: list[str] | None | Unset
        if _org_phones is None or _org_phones is UNSET:
            org_phones = _org_phones
        else:
            if not (isinstance(_org_phones, list)):
                raise TypeError(f"org_phones: unexpected {type(_org_phones).__name__}")
            org_phones_type_0 = cast(list[str], _org_phones)

            org_phones = org_phones_type_0

        _invited_at = get("invited_at", UNSET)
        invited_at: datetime.datetime | None | Unset
        if _invited_at is None or _invited_at is UNSET:
            invited_at = _invited_at
        else:
            if not (isinstance(_invited_at, (str, int, float))):
                raise TypeError(f"invited_at: unexpected {type(_invited_at).__name__}")
            invited_at_type_0 = parse_timestamp(_invited_at)

            invited_at = invited_at_type_0

        invited_by = get("invited_by", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not (isinstance(_created_at, (str, int, float))):
                raise TypeError(f"created_at: unexpected {type(_created_at).__name__}")
            created_at_type_0 = parse_timestamp(_created_at)

            created_at = created_at_type_0

        member_metadata = get("member_metadata", UNSET)

        preferences = get("preferences", UNSET)

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

        member.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return member

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
