# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContactBody")


_WIRE_KEYS = frozenset(
    (
        "contact_name",
        "contact_id",
        "is_internal",
        "labels",
    )
)


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
        contact_name = self.contact_name

        contact_id = self.contact_id

        is_internal = self.is_internal

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_name": contact_name,
                "contact_id": contact_id,
            }
        )
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateContactBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateContactBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateContactBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        contact_name = d["contact_name"]

        contact_id = d["contact_id"]

        is_internal = get("is_internal", UNSET)

        labels = get("labels", UNSET)

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
