# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.single_message_payload_location_options import SingleMessagePayloadLocationOptions


T = TypeVar("T", bound="SingleMessagePayloadLocation")


_WIRE_KEYS = frozenset(
    (
        "latitude",
        "longitude",
        "options",
    )
)


@_attrs_define
class SingleMessagePayloadLocation:
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    options: SingleMessagePayloadLocationOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SingleMessagePayloadLocation: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SingleMessagePayloadLocation") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SingleMessagePayloadLocation", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        latitude = get("latitude", UNSET)

        longitude = get("longitude", UNSET)

        _options = get("options", UNSET)
        options: SingleMessagePayloadLocationOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SingleMessagePayloadLocationOptions.from_dict(_options)

        single_message_payload_location = cls(
            latitude,
            longitude,
            options,
        )

        single_message_payload_location.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return single_message_payload_location

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
