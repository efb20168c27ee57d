# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hubspot_record import HubspotRecord
    from ..models.ticket_hubspot_metadata_type_0_pipeline import TicketHubspotMetadataType0Pipeline


T = TypeVar("T", bound="TicketHubspotMetadataType0")


@_attrs_define
class TicketHubspotMetadataType0:
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    hub_id: str | Unset = UNSET
    pipeline: TicketHubspotMetadataType0Pipeline | Unset = UNSET
    object_data: HubspotRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        hub_id = self.hub_id

        pipeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline.to_dict()

        object_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_data, Unset):
            object_data = self.object_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hub_id is not UNSET:
            field_dict["hubId"] = hub_id
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if object_data is not UNSET:
            field_dict["object_data"] = object_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketHubspotMetadataType0: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketHubspotMetadataType0") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("TicketHubspotMetadataType0", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hubspot_record import HubspotRecord  # noqa: PLC0415
        from ..models.ticket_hubspot_metadata_type_0_pipeline import TicketHubspotMetadataType0Pipeline  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        hub_id = d.pop("hubId", UNSET)

        _pipeline = d.pop("pipeline", UNSET)
        pipeline: TicketHubspotMetadataType0Pipeline | Unset
        if isinstance(_pipeline, Unset):
            pipeline = UNSET
        else:
            pipeline = TicketHubspotMetadataType0Pipeline.from_dict(_pipeline)

        _object_data = d.pop("object_data", UNSET)
        object_data: HubspotRecord | Unset
        if isinstance(_object_data, Unset):
            object_data = UNSET
        else:
            object_data = HubspotRecord.from_dict(_object_data)

        ticket_hubspot_metadata_type_0 = cls(
            id=id,
            type_=type_,
            hub_id=hub_id,
            pipeline=pipeline,
            object_data=object_data,
        )

        ticket_hubspot_metadata_type_0.additional_properties = d
        return ticket_hubspot_metadata_type_0

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
