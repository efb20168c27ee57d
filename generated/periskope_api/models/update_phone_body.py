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
    "phone_name": "phone_name",
    "phone_image": "phone_image",
    "labels": "labels",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class UpdatePhoneBody:
    phone_name: str | Unset = UNSET
    """ - Updates the name of the phone on WhatsApp.
    - Note that phones on the WA Business App cannot be updated """
    phone_image: str | Unset = UNSET
    """ Updates the phone image """
    labels: str | Unset = UNSET
    """ - A comma-separated list of labels to be assigned to the phone. All labels are case-insensitive.
    - If any label currently does not exist, it will be created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        phone_name = self.phone_name
        if not isinstance(phone_name, Unset):
            field_dict["phone_name"] = phone_name
        phone_image = self.phone_image
        if not isinstance(phone_image, Unset):
            field_dict["phone_image"] = phone_image
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
            raise exc.within_model("UpdatePhoneBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdatePhoneBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdatePhoneBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        phone_name = get("phone_name", UNSET)
        if phone_name is not UNSET:
            if not isinstance(phone_name, str):
                raise wrong_type("phone_name", phone_name, "str")

        phone_image = get("phone_image", UNSET)
        if phone_image is not UNSET:
            if not isinstance(phone_image, str):
                raise wrong_type("phone_image", phone_image, "str")

        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        update_phone_body = cls(
            phone_name,
            phone_image,
            labels,
        )
        update_phone_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_phone_body

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
