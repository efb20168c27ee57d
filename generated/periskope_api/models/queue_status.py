# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueStatus")


@_attrs_define
class QueueStatus:
    active: float | Unset = UNSET
    failed: float | Unset = UNSET
    completed: float | Unset = UNSET
    is_running: bool | Unset = UNSET
    pending: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        failed = self.failed

        completed = self.completed

        is_running = self.is_running

        pending = self.pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if failed is not UNSET:
            field_dict["failed"] = failed
        if completed is not UNSET:
            field_dict["completed"] = completed
        if is_running is not UNSET:
            field_dict["is_running"] = is_running
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"QueueStatus: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("QueueStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("QueueStatus", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        failed = d.pop("failed", UNSET)

        completed = d.pop("completed", UNSET)

        is_running = d.pop("is_running", UNSET)

        pending = d.pop("pending", UNSET)

        queue_status = cls(
            active=active,
            failed=failed,
            completed=completed,
            is_running=is_running,
            pending=pending,
        )

        queue_status.additional_properties = d
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
