# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="HubspotRecordPropertiesAdditionalPropertyItem")


@_attrs_define
class HubspotRecordPropertiesAdditionalPropertyItem:
    group_label: str | Unset = UNSET
    group_name: str | Unset = UNSET
    property_key_name: str | Unset = UNSET
    property_key: str | Unset = UNSET
    property_internal_value: str | Unset = UNSET
    property_value: str | Unset = UNSET
    property_type: str | Unset = UNSET
    property_field_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_label = self.group_label

        group_name = self.group_name

        property_key_name = self.property_key_name

        property_key = self.property_key

        property_internal_value = self.property_internal_value

        property_value = self.property_value

        property_type = self.property_type

        property_field_type = self.property_field_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_label is not UNSET:
            field_dict["groupLabel"] = group_label
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if property_key_name is not UNSET:
            field_dict["propertyKeyName"] = property_key_name
        if property_key is not UNSET:
            field_dict["propertyKey"] = property_key
        if property_internal_value is not UNSET:
            field_dict["propertyInternalValue"] = property_internal_value
        if property_value is not UNSET:
            field_dict["propertyValue"] = property_value
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if property_field_type is not UNSET:
            field_dict["propertyFieldType"] = property_field_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(
                f"HubspotRecordPropertiesAdditionalPropertyItem: expected an object, got {type(src_dict).__name__}"
            )
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("HubspotRecordPropertiesAdditionalPropertyItem") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("HubspotRecordPropertiesAdditionalPropertyItem", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_label = d.pop("groupLabel", UNSET)

        group_name = d.pop("groupName", UNSET)

        property_key_name = d.pop("propertyKeyName", UNSET)

        property_key = d.pop("propertyKey", UNSET)

        property_internal_value = d.pop("propertyInternalValue", UNSET)

        property_value = d.pop("propertyValue", UNSET)

        property_type = d.pop("propertyType", UNSET)

        property_field_type = d.pop("propertyFieldType", UNSET)

        hubspot_record_properties_additional_property_item = cls(
            group_label=group_label,
            group_name=group_name,
            property_key_name=property_key_name,
            property_key=property_key,
            property_internal_value=property_internal_value,
            property_value=property_value,
            property_type=property_type,
            property_field_type=property_field_type,
        )

        hubspot_record_properties_additional_property_item.additional_properties = d
        return hubspot_record_properties_additional_property_item

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
