# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_int,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "repeat_interval": "repeat_interval",
    "repeat_value": "repeat_value",
    "repeat_days": "repeat_days",
    "repeat_ends": "repeat_ends",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ScheduledRepeatConfig:
    """How a scheduled message repeats."""

    repeat_interval: str | None = None
    repeat_value: int | None = None
    """ Every how many intervals. """
    repeat_days: list[str] | None = None
    repeat_ends: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        repeat_interval = self.repeat_interval
        if repeat_interval is not None:
            field_dict["repeat_interval"] = repeat_interval
        elif "repeat_interval" not in absent:
            field_dict["repeat_interval"] = None
        repeat_value = self.repeat_value
        if repeat_value is not None:
            field_dict["repeat_value"] = repeat_value
        elif "repeat_value" not in absent:
            field_dict["repeat_value"] = None
        repeat_days = self.repeat_days
        if repeat_days is not None:
            field_dict["repeat_days"] = repeat_days
        elif "repeat_days" not in absent:
            field_dict["repeat_days"] = None
        repeat_ends = self.repeat_ends
        if repeat_ends is not None:
            field_dict["repeat_ends"] = repeat_ends.isoformat()
        elif "repeat_ends" not in absent:
            field_dict["repeat_ends"] = None
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
            raise exc.within_model("ScheduledRepeatConfig") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledRepeatConfig", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ScheduledRepeatConfig")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        repeat_interval = get("repeat_interval")
        if repeat_interval is not None:
            if not isinstance(repeat_interval, str):
                raise wrong_type("repeat_interval", repeat_interval, "str")

        repeat_value = get("repeat_value")
        if repeat_value is not None:
            if repeat_value.__class__ is not int:
                repeat_value = as_int(repeat_value, "repeat_value")

        repeat_days = get("repeat_days")
        if repeat_days is not None:
            repeat_days = str_list(repeat_days, "repeat_days")

        repeat_ends = get("repeat_ends")
        if repeat_ends is not None:
            try:
                repeat_ends = parse_timestamp(repeat_ends)
            except (TypeError, ValueError):
                raise bad_value("repeat_ends", repeat_ends, "a timestamp") from None

        scheduled_repeat_config = cls(
            repeat_interval,
            repeat_value,
            repeat_days,
            repeat_ends,
        )
        scheduled_repeat_config._absent = absent_keys(_WIRE_KEYS, d)
        scheduled_repeat_config.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_repeat_config

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
