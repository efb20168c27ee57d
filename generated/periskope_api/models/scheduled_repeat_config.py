# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledRepeatConfig")


_WIRE_KEYS = frozenset(
    (
        "repeat_interval",
        "repeat_value",
        "repeat_days",
        "repeat_ends",
    )
)


@_attrs_define
class ScheduledRepeatConfig:
    """How a scheduled message repeats."""

    repeat_interval: str | Unset = UNSET
    repeat_value: int | Unset = UNSET
    """ Every how many intervals. """
    repeat_days: list[str] | Unset = UNSET
    repeat_ends: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repeat_interval = self.repeat_interval

        repeat_value = self.repeat_value

        repeat_days: list[str] | Unset = UNSET
        if not isinstance(self.repeat_days, Unset):
            repeat_days = self.repeat_days

        repeat_ends: None | str | Unset
        if isinstance(self.repeat_ends, Unset):
            repeat_ends = UNSET
        elif isinstance(self.repeat_ends, datetime.datetime):
            repeat_ends = self.repeat_ends.isoformat()
        else:
            repeat_ends = self.repeat_ends

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repeat_interval is not UNSET:
            field_dict["repeat_interval"] = repeat_interval
        if repeat_value is not UNSET:
            field_dict["repeat_value"] = repeat_value
        if repeat_days is not UNSET:
            field_dict["repeat_days"] = repeat_days
        if repeat_ends is not UNSET:
            field_dict["repeat_ends"] = repeat_ends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ScheduledRepeatConfig: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ScheduledRepeatConfig") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledRepeatConfig", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        repeat_interval = get("repeat_interval", UNSET)

        repeat_value = get("repeat_value", UNSET)

        repeat_days = cast(list[str], get("repeat_days", UNSET))

        _repeat_ends = get("repeat_ends", UNSET)
        repeat_ends: datetime.datetime | None | Unset
        if _repeat_ends is None or _repeat_ends is UNSET:
            repeat_ends = _repeat_ends
        else:
            if not (isinstance(_repeat_ends, (str, int, float))):
                raise TypeError(f"repeat_ends: unexpected {type(_repeat_ends).__name__}")
            repeat_ends_type_0 = parse_timestamp(_repeat_ends)

            repeat_ends = repeat_ends_type_0

        scheduled_repeat_config = cls(
            repeat_interval,
            repeat_value,
            repeat_days,
            repeat_ends,
        )

        scheduled_repeat_config.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_repeat_config

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
