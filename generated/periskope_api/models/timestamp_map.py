# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

T = TypeVar("T", bound="TimestampMap")


_WIRE_KEYS = frozenset(())


@_attrs_define
class TimestampMap:
    """Key (phone, member email) → a time (epoch numbers on the wire)."""

    additional_properties: dict[str, datetime.datetime | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, datetime.datetime):
                field_dict[prop_name] = prop.isoformat()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"TimestampMap: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TimestampMap") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TimestampMap", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        timestamp_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _WIRE_KEYS:
                continue
            _additional_property = prop_dict
            additional_property: datetime.datetime | None
            if _additional_property is None:
                additional_property = _additional_property
            else:
                if not (isinstance(_additional_property, (str, int, float))):
                    raise TypeError(f"AdditionalProperty: unexpected {type(_additional_property).__name__}")
                additional_property_type_0 = parse_timestamp(_additional_property)

                additional_property = additional_property_type_0

            additional_properties[prop_name] = additional_property

        timestamp_map.additional_properties = additional_properties
        return timestamp_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.datetime | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.datetime | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
