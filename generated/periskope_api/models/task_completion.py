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
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "completed_at": "completed_at",
    "completed_by": "completed_by",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class TaskCompletion:
    completed_at: datetime.datetime | None = None
    completed_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        completed_at = self.completed_at
        if completed_at is not None:
            field_dict["completed_at"] = completed_at.isoformat()
        elif "completed_at" not in absent:
            field_dict["completed_at"] = None
        completed_by = self.completed_by
        if completed_by is not None:
            field_dict["completed_by"] = completed_by
        elif "completed_by" not in absent:
            field_dict["completed_by"] = None
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
            raise exc.within_model("TaskCompletion") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TaskCompletion", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "TaskCompletion")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        completed_at = get("completed_at")
        if completed_at is not None:
            try:
                completed_at = parse_timestamp(completed_at)
            except (TypeError, ValueError):
                raise bad_value("completed_at", completed_at, "a timestamp") from None

        completed_by = get("completed_by")
        if completed_by is not None:
            if not isinstance(completed_by, str):
                raise wrong_type("completed_by", completed_by, "str")

        task_completion = cls(
            completed_at,
            completed_by,
        )
        task_completion._absent = absent_keys(_WIRE_KEYS, d)
        task_completion.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return task_completion

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
