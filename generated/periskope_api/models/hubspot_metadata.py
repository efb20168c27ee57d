# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.hubspot_metadata_pipeline_type_0 import HubspotMetadataPipelineType0
    from ..models.hubspot_record import HubspotRecord


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "id": "id",
    "type": "type_",
    "hubId": "hub_id",
    "pipeline": "pipeline",
    "object_data": "object_data",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class HubspotMetadata:
    """The HubSpot record a chat or ticket is linked to."""

    id: str | None = None
    type_: str | None = None
    hub_id: str | None = None
    pipeline: HubspotMetadataPipelineType0 | None = None
    object_data: HubspotRecord | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_
        elif "type" not in absent:
            field_dict["type"] = None
        hub_id = self.hub_id
        if hub_id is not None:
            field_dict["hubId"] = hub_id
        elif "hubId" not in absent:
            field_dict["hubId"] = None
        pipeline = self.pipeline
        if pipeline is not None:
            field_dict["pipeline"] = pipeline.to_dict()
        elif "pipeline" not in absent:
            field_dict["pipeline"] = None
        object_data = self.object_data
        if object_data is not None:
            field_dict["object_data"] = object_data.to_dict()
        elif "object_data" not in absent:
            field_dict["object_data"] = None
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
            raise exc.within_model("HubspotMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("HubspotMetadata", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "HubspotMetadata")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        id = get("id")
        if id is not None:
            if not isinstance(id, str):
                raise wrong_type("id", id, "str")

        type_ = get("type")
        if type_ is not None:
            if not isinstance(type_, str):
                raise wrong_type("type", type_, "str")

        hub_id = get("hubId")
        if hub_id is not None:
            if not isinstance(hub_id, str):
                raise wrong_type("hubId", hub_id, "str")

        pipeline = get("pipeline")
        if pipeline is not None:
            try:
                pipeline = HubspotMetadataPipelineType0._from_dict(pipeline)
            except DecodePathError as exc:
                raise exc.at("pipeline") from None

        object_data = get("object_data")
        if object_data is not None:
            try:
                object_data = HubspotRecord._from_dict(object_data)
            except DecodePathError as exc:
                raise exc.at("object_data") from None

        hubspot_metadata = cls(
            id,
            type_,
            hub_id,
            pipeline,
            object_data,
        )
        hubspot_metadata._absent = absent_keys(_WIRE_KEYS, d)
        hubspot_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return hubspot_metadata

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


from ..models.hubspot_metadata_pipeline_type_0 import HubspotMetadataPipelineType0  # noqa: E402
from ..models.hubspot_record import HubspotRecord  # noqa: E402
