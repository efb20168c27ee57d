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
    "queued_at": "queued_at",
    "sent_at": "sent_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class MessageQueueJobTimeline:
    """When the job went through each step."""

    queued_at: datetime.datetime | None = None
    sent_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        queued_at = self.queued_at
        if queued_at is not None:
            field_dict["queued_at"] = queued_at.isoformat()
        elif "queued_at" not in absent:
            field_dict["queued_at"] = None
        sent_at = self.sent_at
        if sent_at is not None:
            field_dict["sent_at"] = sent_at.isoformat()
        elif "sent_at" not in absent:
            field_dict["sent_at"] = None
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
            raise exc.within_model("MessageQueueJobTimeline") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageQueueJobTimeline", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "MessageQueueJobTimeline")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        queued_at = get("queued_at")
        if queued_at is not None:
            try:
                queued_at = parse_timestamp(queued_at)
            except (TypeError, ValueError):
                raise bad_value("queued_at", queued_at, "a timestamp") from None

        sent_at = get("sent_at")
        if sent_at is not None:
            try:
                sent_at = parse_timestamp(sent_at)
            except (TypeError, ValueError):
                raise bad_value("sent_at", sent_at, "a timestamp") from None

        message_queue_job_timeline = cls(
            queued_at,
            sent_at,
        )
        message_queue_job_timeline._absent = absent_keys(_WIRE_KEYS, d)
        message_queue_job_timeline.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_queue_job_timeline

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
