# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueHealth")


_WIRE_KEYS = frozenset(
    (
        "waiting",
        "active",
        "completed",
        "failed",
        "delayed",
        "paused",
    )
)


@_attrs_define
class QueueHealth:
    """How many jobs of the message queue are in each state."""

    waiting: int | Unset = UNSET
    active: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    """ Failed after all retry attempts. """
    delayed: int | Unset = UNSET
    """ Scheduled for a later time. """
    paused: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waiting = self.waiting

        active = self.active

        completed = self.completed

        failed = self.failed

        delayed = self.delayed

        paused = self.paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if active is not UNSET:
            field_dict["active"] = active
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if delayed is not UNSET:
            field_dict["delayed"] = delayed
        if paused is not UNSET:
            field_dict["paused"] = paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"QueueHealth: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("QueueHealth") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueHealth", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        waiting = get("waiting", UNSET)

        active = get("active", UNSET)

        completed = get("completed", UNSET)

        failed = get("failed", UNSET)

        delayed = get("delayed", UNSET)

        paused = get("paused", UNSET)

        queue_health = cls(
            waiting,
            active,
            completed,
            failed,
            delayed,
            paused,
        )

        queue_health.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_health

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
