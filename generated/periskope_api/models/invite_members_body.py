# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteMembersBody")


_WIRE_KEYS = frozenset(
    (
        "emails",
        "labels",
        "orgPhones",
        "role",
    )
)


@_attrs_define
class InviteMembersBody:
    emails: list[str]
    labels: list[str] | None | Unset = UNSET
    """ Label names (e.g., ["Important", "Urgent"]), not label IDs """
    org_phones: list[str] | None | Unset = UNSET
    """ Phone numbers without @c.us suffix (e.g., ["918824248940"]) """
    role: MemberRole | Unset = UNSET
    """ What a member may see. admin - every chat; member - the chats their labels and phones give. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        org_phones: list[str] | None | Unset
        if isinstance(self.org_phones, Unset):
            org_phones = UNSET
        elif isinstance(self.org_phones, list):
            org_phones = self.org_phones

        else:
            org_phones = self.org_phones

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if org_phones is not UNSET:
            field_dict["orgPhones"] = org_phones
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"InviteMembersBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("InviteMembersBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("InviteMembersBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        emails = cast(list[str], d["emails"])

        _labels = get("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not (isinstance(_labels, list)):
                raise TypeError(f"labels: unexpected {type(_labels).__name__}")
            labels_type_0 = cast(list[str], _labels)

            labels = labels_type_0

        _org_phones = get("orgPhones", UNSET)
        org_phones: list[str] | None | Unset
        if _org_phones is None or _org_phones is UNSET:
            org_phones = _org_phones
        else:
            if not (isinstance(_org_phones, list)):
                raise TypeError(f"orgPhones: unexpected {type(_org_phones).__name__}")
            org_phones_type_0 = cast(list[str], _org_phones)

            org_phones = org_phones_type_0

        _role = get("role", UNSET)
        role: MemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MemberRole.decode(_role)

        invite_members_body = cls(
            emails,
            labels,
            org_phones,
            role,
        )

        invite_members_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return invite_members_body

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
