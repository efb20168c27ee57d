# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePhoneBody")


_WIRE_KEYS = frozenset(
    (
        "phone_name",
        "phone_image",
        "labels",
    )
)


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
        phone_name = self.phone_name

        phone_image = self.phone_image

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_name is not UNSET:
            field_dict["phone_name"] = phone_name
        if phone_image is not UNSET:
            field_dict["phone_image"] = phone_image
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdatePhoneBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdatePhoneBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdatePhoneBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        phone_name = get("phone_name", UNSET)

        phone_image = get("phone_image", UNSET)

        labels = get("labels", UNSET)

        update_phone_body = cls(
            phone_name,
            phone_image,
            labels,
        )

        update_phone_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_phone_body

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
