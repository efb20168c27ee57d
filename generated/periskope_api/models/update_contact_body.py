# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactBody")


_WIRE_KEYS = frozenset(
    (
        "contact_name",
        "is_internal",
        "labels",
    )
)


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
        contact_name = self.contact_name

        is_internal = self.is_internal

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateContactBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateContactBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateContactBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        contact_name = get("contact_name", UNSET)

        is_internal = get("is_internal", UNSET)

        labels = get("labels", UNSET)

        update_contact_body = cls(
            contact_name,
            is_internal,
            labels,
        )

        update_contact_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_contact_body

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
