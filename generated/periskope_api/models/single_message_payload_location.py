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
    from ..models.single_message_payload_location_options import SingleMessagePayloadLocationOptions


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "latitude": "latitude",
    "longitude": "longitude",
    "options": "options",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class SingleMessagePayloadLocation:
    latitude: str | None = None
    longitude: str | None = None
    options: SingleMessagePayloadLocationOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        latitude = self.latitude
        if latitude is not None:
            field_dict["latitude"] = latitude
        elif "latitude" not in absent:
            field_dict["latitude"] = None
        longitude = self.longitude
        if longitude is not None:
            field_dict["longitude"] = longitude
        elif "longitude" not in absent:
            field_dict["longitude"] = None
        options = self.options
        if options is not None:
            field_dict["options"] = options.to_dict()
        elif "options" not in absent:
            field_dict["options"] = None
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
            raise exc.within_model("SingleMessagePayloadLocation") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SingleMessagePayloadLocation", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SingleMessagePayloadLocation")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        latitude = get("latitude")
        if latitude is not None:
            if not isinstance(latitude, str):
                raise wrong_type("latitude", latitude, "str")

        longitude = get("longitude")
        if longitude is not None:
            if not isinstance(longitude, str):
                raise wrong_type("longitude", longitude, "str")

        options = get("options")
        if options is not None:
            try:
                options = SingleMessagePayloadLocationOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        single_message_payload_location = cls(
            latitude,
            longitude,
            options,
        )
        single_message_payload_location._absent = absent_keys(_WIRE_KEYS, d)
        single_message_payload_location.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return single_message_payload_location

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


from ..models.single_message_payload_location_options import SingleMessagePayloadLocationOptions  # noqa: E402
