# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

from ..models.member_role import MemberRole
from ..types import UNSET, Unset

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "emails": "emails",
    "labels": "labels",
    "orgPhones": "org_phones",
    "role": "role",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        emails = self.emails
        field_dict["emails"] = emails
        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = None if labels is None else labels
        org_phones = self.org_phones
        if not isinstance(org_phones, Unset):
            field_dict["orgPhones"] = None if org_phones is None else org_phones
        role = self.role
        if not isinstance(role, Unset):
            field_dict["role"] = role.value
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
            raise exc.within_model("InviteMembersBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("InviteMembersBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "InviteMembersBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "emails" not in d:
            raise DecodePathError("emails", "missing required key")
        emails = d["emails"]
        emails = str_list(emails, "emails")

        labels = get("labels", UNSET)
        if labels is not UNSET and labels is not None:
            labels = str_list(labels, "labels")

        org_phones = get("orgPhones", UNSET)
        if org_phones is not UNSET and org_phones is not None:
            org_phones = str_list(org_phones, "orgPhones")

        role = get("role", UNSET)
        if role is not UNSET:
            try:
                role = MemberRole.decode(role)
            except (TypeError, ValueError):
                raise bad_value("role", role, "MemberRole") from None

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
