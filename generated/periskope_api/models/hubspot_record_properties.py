# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.hubspot_record_properties_additional_property_item import (
        HubspotRecordPropertiesAdditionalPropertyItem,
    )


T = TypeVar("T", bound="HubspotRecordProperties")


@_attrs_define
class HubspotRecordProperties:
    additional_properties: dict[str, list[HubspotRecordPropertiesAdditionalPropertyItem]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"HubspotRecordProperties: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("HubspotRecordProperties") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("HubspotRecordProperties", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hubspot_record_properties_additional_property_item import (
            HubspotRecordPropertiesAdditionalPropertyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        hubspot_record_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = HubspotRecordPropertiesAdditionalPropertyItem.from_dict(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        hubspot_record_properties.additional_properties = additional_properties
        return hubspot_record_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[HubspotRecordPropertiesAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[HubspotRecordPropertiesAdditionalPropertyItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
