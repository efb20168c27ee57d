# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hubspot_metadata_pipeline_type_0 import HubspotMetadataPipelineType0
    from ..models.hubspot_record import HubspotRecord


T = TypeVar("T", bound="HubspotMetadata")


_WIRE_KEYS = frozenset(
    (
        "id",
        "type",
        "hubId",
        "pipeline",
        "object_data",
    )
)


@_attrs_define
class HubspotMetadata:
    """The HubSpot record a chat or ticket is linked to."""

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    hub_id: str | Unset = UNSET
    pipeline: HubspotMetadataPipelineType0 | None | Unset = UNSET
    object_data: HubspotRecord | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        hub_id = self.hub_id

        pipeline: dict[str, Any] | None | Unset
        if isinstance(self.pipeline, Unset):
            pipeline = UNSET
        elif isinstance(self.pipeline, HubspotMetadataPipelineType0):
            pipeline = self.pipeline.to_dict()
        else:
            pipeline = self.pipeline

        object_data: dict[str, Any] | None | Unset
        if isinstance(self.object_data, Unset):
            object_data = UNSET
        elif isinstance(self.object_data, HubspotRecord):
            object_data = self.object_data.to_dict()
        else:
            object_data = self.object_data

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"HubspotMetadata: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("HubspotMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("HubspotMetadata", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        id = get("id", UNSET)

        type_ = get("type", UNSET)

        hub_id = get("hubId", UNSET)

        _pipeline = get("pipeline", UNSET)
        pipeline: HubspotMetadataPipelineType0 | None | Unset
        if _pipeline is None or _pipeline is UNSET:
            pipeline = _pipeline
        else:
            if not (isinstance(_pipeline, dict)):
                raise TypeError(f"pipeline: unexpected {type(_pipeline).__name__}")
            pipeline_type_0 = HubspotMetadataPipelineType0.from_dict(_pipeline)

            pipeline = pipeline_type_0

        _object_data = get("object_data", UNSET)
        object_data: HubspotRecord | None | Unset
        if _object_data is None or _object_data is UNSET:
            object_data = _object_data
        else:
            if not (isinstance(_object_data, dict)):
                raise TypeError(f"object_data: unexpected {type(_object_data).__name__}")
            object_data_type_1 = HubspotRecord.from_dict(_object_data)

            object_data = object_data_type_1

        hubspot_metadata = cls(
            id,
            type_,
            hub_id,
            pipeline,
            object_data,
        )

        hubspot_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return hubspot_metadata

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


from ..models.hubspot_metadata_pipeline_type_0 import HubspotMetadataPipelineType0  # noqa: E402
from ..models.hubspot_record import HubspotRecord  # noqa: E402
