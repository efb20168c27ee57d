# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueStatus")


_WIRE_KEYS = frozenset(
    (
        "is_running",
        "active",
        "pending",
        "completed",
        "failed",
    )
)


@_attrs_define
class QueueStatus:
    """The phone's message queue; counts are of the last 24 hours."""

    is_running: bool | Unset = UNSET
    active: int | Unset = UNSET
    pending: int | Unset = UNSET
    completed: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_running = self.is_running

        active = self.active

        pending = self.pending

        completed = self.completed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_running is not UNSET:
            field_dict["is_running"] = is_running
        if active is not UNSET:
            field_dict["active"] = active
        if pending is not UNSET:
            field_dict["pending"] = pending
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"QueueStatus: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("QueueStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueStatus", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        is_running = get("is_running", UNSET)

        active = get("active", UNSET)

        pending = get("pending", UNSET)

        completed = get("completed", UNSET)

        failed = get("failed", UNSET)

        queue_status = cls(
            is_running,
            active,
            pending,
            completed,
            failed,
        )

        queue_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_status

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
