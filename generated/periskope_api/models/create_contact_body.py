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
    "contact_name": "contact_name",
    "contact_id": "contact_id",
    "is_internal": "is_internal",
    "labels": "labels",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class CreateContactBody:
    contact_name: str
    """ - Provide the name of the contact to be created """
    contact_id: str
    """ - The unique identifier of the contact.
    Must be formatted as country_code + number (e.g., 918527184400). Do not include special characters """
    is_internal: bool | Unset = UNSET
    """ - Provide is the contact is internal or not """
    labels: str | Unset = UNSET
    """ - Labels for the contacts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        contact_name = self.contact_name
        field_dict["contact_name"] = contact_name
        contact_id = self.contact_id
        field_dict["contact_id"] = contact_id
        is_internal = self.is_internal
        if not isinstance(is_internal, Unset):
            field_dict["is_internal"] = is_internal
        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = labels
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
            raise exc.within_model("CreateContactBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateContactBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CreateContactBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "contact_name" not in d:
            raise DecodePathError("contact_name", "missing required key")
        contact_name = d["contact_name"]
        if not isinstance(contact_name, str):
            raise wrong_type("contact_name", contact_name, "str")

        if "contact_id" not in d:
            raise DecodePathError("contact_id", "missing required key")
        contact_id = d["contact_id"]
        if not isinstance(contact_id, str):
            raise wrong_type("contact_id", contact_id, "str")

        is_internal = get("is_internal", UNSET)
        if is_internal is not UNSET:
            if is_internal.__class__ is not bool:
                raise wrong_type("is_internal", is_internal, "bool")

        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        create_contact_body = cls(
            contact_name,
            contact_id,
            is_internal,
            labels,
        )
        create_contact_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_contact_body

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
