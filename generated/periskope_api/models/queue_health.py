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
    "waiting": "waiting",
    "active": "active",
    "completed": "completed",
    "failed": "failed",
    "delayed": "delayed",
    "paused": "paused",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class QueueHealth:
    """How many jobs of the message queue are in each state."""

    waiting: int | None = None
    active: int | None = None
    completed: int | None = None
    failed: int | None = None
    """ Failed after all retry attempts. """
    delayed: int | None = None
    """ Scheduled for a later time. """
    paused: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        waiting = self.waiting
        if waiting is not None:
            field_dict["waiting"] = waiting
        elif "waiting" not in absent:
            field_dict["waiting"] = None
        active = self.active
        if active is not None:
            field_dict["active"] = active
        elif "active" not in absent:
            field_dict["active"] = None
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
        delayed = self.delayed
        if delayed is not None:
            field_dict["delayed"] = delayed
        elif "delayed" not in absent:
            field_dict["delayed"] = None
        paused = self.paused
        if paused is not None:
            field_dict["paused"] = paused
        elif "paused" not in absent:
            field_dict["paused"] = None
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
            raise exc.within_model("QueueHealth") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueHealth", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "QueueHealth")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        waiting = get("waiting")
        if waiting is not None:
            if waiting.__class__ is not int:
                waiting = as_int(waiting, "waiting")

        active = get("active")
        if active is not None:
            if active.__class__ is not int:
                active = as_int(active, "active")

        completed = get("completed")
        if completed is not None:
            if completed.__class__ is not int:
                completed = as_int(completed, "completed")

        failed = get("failed")
        if failed is not None:
            if failed.__class__ is not int:
                failed = as_int(failed, "failed")

        delayed = get("delayed")
        if delayed is not None:
            if delayed.__class__ is not int:
                delayed = as_int(delayed, "delayed")

        paused = get("paused")
        if paused is not None:
            if paused.__class__ is not int:
                paused = as_int(paused, "paused")

        queue_health = cls(
            waiting,
            active,
            completed,
            failed,
            delayed,
            paused,
        )
        queue_health._absent = absent_keys(_WIRE_KEYS, d)
        queue_health.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_health

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
