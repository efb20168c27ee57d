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
    "is_internal": "is_internal",
    "labels": "labels",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class UpdateContactBody:
    contact_name: str | Unset = UNSET
    """ Update the contact name. Note that this name will only be updated on Periskope (not on the phone) """
    is_internal: bool | Unset = UNSET
    """ Mark the contact as internal. Messages from internal contacts are not flagged """
    labels: str | Unset = UNSET
    """ - A comma-separated list of labels to be assigned to the contacts. All labels are case-insensitive.
    - If any label currently does not exist, it will be created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        contact_name = self.contact_name
        if not isinstance(contact_name, Unset):
            field_dict["contact_name"] = contact_name
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
            raise exc.within_model("UpdateContactBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateContactBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateContactBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        contact_name = get("contact_name", UNSET)
        if contact_name is not UNSET:
            if not isinstance(contact_name, str):
                raise wrong_type("contact_name", contact_name, "str")

        is_internal = get("is_internal", UNSET)
        if is_internal is not UNSET:
            if is_internal.__class__ is not bool:
                raise wrong_type("is_internal", is_internal, "bool")

        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        update_contact_body = cls(
            contact_name,
            is_internal,
            labels,
        )
        update_contact_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_contact_body

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
