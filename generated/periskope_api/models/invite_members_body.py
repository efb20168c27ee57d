# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.invite_members_body_role import InviteMembersBodyRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteMembersBody")


@_attrs_define
class InviteMembersBody:
    emails: list[str]
    role: InviteMembersBodyRole | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    """ Label names (e.g., ["Important", "Urgent"]), not label IDs """
    org_phones: list[str] | None | Unset = UNSET
    """ Phone numbers without @c.us suffix (e.g., ["918824248940"]) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if labels is not UNSET:
            field_dict["labels"] = labels
        if org_phones is not UNSET:
            field_dict["orgPhones"] = org_phones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"InviteMembersBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("InviteMembersBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("InviteMembersBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        _role = d.pop("role", UNSET)
        role: InviteMembersBodyRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = InviteMembersBodyRole(_role)

        def _parse_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"labels: unexpected {type(data).__name__}")
            labels_type_0 = cast(list[str], data)

            return labels_type_0

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_org_phones(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"orgPhones: unexpected {type(data).__name__}")
            org_phones_type_0 = cast(list[str], data)

            return org_phones_type_0

        org_phones = _parse_org_phones(d.pop("orgPhones", UNSET))

        invite_members_body = cls(
            emails=emails,
            role=role,
            labels=labels,
            org_phones=org_phones,
        )

        invite_members_body.additional_properties = d
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
