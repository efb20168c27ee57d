# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_int,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "is_running": "is_running",
    "active": "active",
    "pending": "pending",
    "completed": "completed",
    "failed": "failed",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class QueueStatus:
    """The phone's message queue; counts are of the last 24 hours."""

    is_running: bool | None = None
    active: int | None = None
    pending: int | None = None
    completed: int | None = None
    failed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        is_running = self.is_running
        if is_running is not None:
            field_dict["is_running"] = is_running
        elif "is_running" not in absent:
            field_dict["is_running"] = None
        active = self.active
        if active is not None:
            field_dict["active"] = active
        elif "active" not in absent:
            field_dict["active"] = None
        pending = self.pending
        if pending is not None:
            field_dict["pending"] = pending
        elif "pending" not in absent:
            field_dict["pending"] = None
        completed = self.completed
        if completed is not None:
            field_dict["completed"] = completed
        elif "completed" not in absent:
            field_dict["completed"] = None
        failed = self.failed
        if failed is not None:
            field_dict["failed"] = failed
        elif "failed" not in absent:
            field_dict["failed"] = None
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
            raise exc.within_model("QueueStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueStatus", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "QueueStatus")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        is_running = get("is_running")
        if is_running is not None:
            if is_running.__class__ is not bool:
                raise wrong_type("is_running", is_running, "bool")

        active = get("active")
        if active is not None:
            if active.__class__ is not int:
                active = as_int(active, "active")

        pending = get("pending")
        if pending is not None:
            if pending.__class__ is not int:
                pending = as_int(pending, "pending")

        completed = get("completed")
        if completed is not None:
            if completed.__class__ is not int:
                completed = as_int(completed, "completed")

        failed = get("failed")
        if failed is not None:
            if failed.__class__ is not int:
                failed = as_int(failed, "failed")

        queue_status = cls(
            is_running,
            active,
            pending,
            completed,
            failed,
        )
        queue_status._absent = absent_keys(_WIRE_KEYS, d)
        queue_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_status

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
