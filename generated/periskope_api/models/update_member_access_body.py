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
    str_list,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "emails": "emails",
    "labels": "labels",
    "orgPhones": "org_phones",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class UpdateMemberAccessBody:
    emails: list[str]
    labels: list[str] | None
    """ Label names (e.g., ["Important", "Urgent"]), not label IDs """
    org_phones: list[str] | None
    """ Phone numbers without @c.us suffix (e.g., ["918824248940"]) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        emails = self.emails
        field_dict["emails"] = emails
        labels = self.labels
        field_dict["labels"] = None if labels is None else labels
        org_phones = self.org_phones
        field_dict["orgPhones"] = None if org_phones is None else org_phones
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
            raise exc.within_model("UpdateMemberAccessBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateMemberAccessBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateMemberAccessBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        if "emails" not in d:
            raise DecodePathError("emails", "missing required key")
        emails = d["emails"]
        emails = str_list(emails, "emails")

        if "labels" not in d:
            raise DecodePathError("labels", "missing required key")
        labels = d["labels"]
        if labels is not None:
            labels = str_list(labels, "labels")

        if "orgPhones" not in d:
            raise DecodePathError("orgPhones", "missing required key")
        org_phones = d["orgPhones"]
        if org_phones is not None:
            org_phones = str_list(org_phones, "orgPhones")

        update_member_access_body = cls(
            emails,
            labels,
            org_phones,
        )
        update_member_access_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_member_access_body

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
