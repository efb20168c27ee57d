# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.member_member_color import MemberMemberColor
from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    created_at: None | str | Unset = UNSET
    email: str | Unset = UNSET
    invited_at: None | str | Unset = UNSET
    invited_by: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_online: bool | None | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    label_ids: list[str] | None | Unset = UNSET
    member_color: MemberMemberColor | Unset = UNSET
    member_image: None | str | Unset = UNSET
    member_metadata: Any | Unset = UNSET
    member_name: None | str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_phones: list[str] | None | Unset = UNSET
    preferences: Any | Unset = UNSET
    role: MemberRole | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        email = self.email

        invited_at: None | str | Unset
        if isinstance(self.invited_at, Unset):
            invited_at = UNSET
        else:
            invited_at = self.invited_at

        invited_by: None | str | Unset
        if isinstance(self.invited_by, Unset):
            invited_by = UNSET
        else:
            invited_by = self.invited_by

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

        member_color: str | Unset = UNSET
        if not isinstance(self.member_color, Unset):
            member_color = self.member_color.value

        member_image: None | str | Unset
        if isinstance(self.member_image, Unset):
            member_image = UNSET
        else:
            member_image = self.member_image

        member_metadata = self.member_metadata

        member_name: None | str | Unset
        if isinstance(self.member_name, Unset):
            member_name = UNSET
        else:
            member_name = self.member_name

        org_id = self.org_id

        org_phones: list[str] | None | Unset
        if isinstance(self.org_phones, Unset):
            org_phones = UNSET
        elif isinstance(self.org_phones, list):
            org_phones = self.org_phones

        else:
            org_phones = self.org_phones

        preferences = self.preferences

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email is not UNSET:
            field_dict["email"] = email
        if invited_at is not UNSET:
            field_dict["invited_at"] = invited_at
        if invited_by is not UNSET:
            field_dict["invited_by"] = invited_by
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if member_color is not UNSET:
            field_dict["member_color"] = member_color
        if member_image is not UNSET:
            field_dict["member_image"] = member_image
        if member_metadata is not UNSET:
            field_dict["member_metadata"] = member_metadata
        if member_name is not UNSET:
            field_dict["member_name"] = member_name
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phones is not UNSET:
            field_dict["org_phones"] = org_phones
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if role is not UNSET:
            field_dict["role"] = role
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"Member: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Member") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("Member", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        email = d.pop("email", UNSET)

        def _parse_invited_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invited_at = _parse_invited_at(d.pop("invited_at", UNSET))

        def _parse_invited_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invited_by = _parse_invited_by(d.pop("invited_by", UNSET))

        is_active = d.pop("is_active", UNSET)

        def _parse_is_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_online = _parse_is_online(d.pop("is_online", UNSET))

        def _parse_is_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_owner = _parse_is_owner(d.pop("is_owner", UNSET))

        def _parse_label_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"label_ids: unexpected {type(data).__name__}")
            label_ids_type_0 = cast(list[str], data)

            return label_ids_type_0

        label_ids = _parse_label_ids(d.pop("label_ids", UNSET))

        _member_color = d.pop("member_color", UNSET)
        member_color: MemberMemberColor | Unset
        if isinstance(_member_color, Unset):
            member_color = UNSET
        else:
            member_color = MemberMemberColor(_member_color)

        def _parse_member_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_image = _parse_member_image(d.pop("member_image", UNSET))

        member_metadata = d.pop("member_metadata", UNSET)

        def _parse_member_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_name = _parse_member_name(d.pop("member_name", UNSET))

        org_id = d.pop("org_id", UNSET)

        def _parse_org_phones(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"org_phones: unexpected {type(data).__name__}")
            org_phones_type_0 = cast(list[str], data)

            return org_phones_type_0

        org_phones = _parse_org_phones(d.pop("org_phones", UNSET))

        preferences = d.pop("preferences", UNSET)

        _role = d.pop("role", UNSET)
        role: MemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MemberRole(_role)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        member = cls(
            created_at=created_at,
            email=email,
            invited_at=invited_at,
            invited_by=invited_by,
            is_active=is_active,
            is_online=is_online,
            is_owner=is_owner,
            label_ids=label_ids,
            member_color=member_color,
            member_image=member_image,
            member_metadata=member_metadata,
            member_name=member_name,
            org_id=org_id,
            org_phones=org_phones,
            preferences=preferences,
            role=role,
            user_id=user_id,
        )

        member.additional_properties = d
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
