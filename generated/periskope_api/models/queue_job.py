# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

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

if TYPE_CHECKING:
    from ..models.queue_job_data import QueueJobData


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "id": "id",
    "message_id": "message_id",
    "status": "status",
    "data": "data",
    "addedTimestamp": "added_timestamp",
    "processedTimestamp": "processed_timestamp",
    "finishedTimestamp": "finished_timestamp",
    "attemptsMade": "attempts_made",
    "attemptsStarted": "attempts_started",
    "stacktrace": "stacktrace",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class QueueJob:
    """A job of the message queue (a Bull job; timestamps are epoch milliseconds on the wire)."""

    id: str | None = None
    """ The job id (the queue_id the message was sent with). """
    message_id: str | None = None
    status: str | None = None
    """ The job state, e.g. completed, failed, active, waiting, delayed. """
    data: QueueJobData | None = None
    added_timestamp: datetime.datetime | None = None
    processed_timestamp: datetime.datetime | None = None
    finished_timestamp: datetime.datetime | None = None
    attempts_made: int | None = None
    attempts_started: int | None = None
    stacktrace: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif "status" not in absent:
            field_dict["status"] = None
        data = self.data
        if data is not None:
            field_dict["data"] = data.to_dict()
        elif "data" not in absent:
            field_dict["data"] = None
        added_timestamp = self.added_timestamp
        if added_timestamp is not None:
            field_dict["addedTimestamp"] = added_timestamp.isoformat()
        elif "addedTimestamp" not in absent:
            field_dict["addedTimestamp"] = None
        processed_timestamp = self.processed_timestamp
        if processed_timestamp is not None:
            field_dict["processedTimestamp"] = processed_timestamp.isoformat()
        elif "processedTimestamp" not in absent:
            field_dict["processedTimestamp"] = None
        finished_timestamp = self.finished_timestamp
        if finished_timestamp is not None:
            field_dict["finishedTimestamp"] = finished_timestamp.isoformat()
        elif "finishedTimestamp" not in absent:
            field_dict["finishedTimestamp"] = None
        attempts_made = self.attempts_made
        if attempts_made is not None:
            field_dict["attemptsMade"] = attempts_made
        elif "attemptsMade" not in absent:
            field_dict["attemptsMade"] = None
        attempts_started = self.attempts_started
        if attempts_started is not None:
            field_dict["attemptsStarted"] = attempts_started
        elif "attemptsStarted" not in absent:
            field_dict["attemptsStarted"] = None
        stacktrace = self.stacktrace
        if stacktrace is not None:
            field_dict["stacktrace"] = stacktrace
        elif "stacktrace" not in absent:
            field_dict["stacktrace"] = None
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
            raise exc.within_model("QueueJob") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueJob", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "QueueJob")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        id = get("id")
        if id is not None:
            if not isinstance(id, str):
                raise wrong_type("id", id, "str")

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        status = get("status")
        if status is not None:
            if not isinstance(status, str):
                raise wrong_type("status", status, "str")

        data = get("data")
        if data is not None:
            try:
                data = QueueJobData._from_dict(data)
            except DecodePathError as exc:
                raise exc.at("data") from None

        added_timestamp = get("addedTimestamp")
        if added_timestamp is not None:
            try:
                added_timestamp = parse_timestamp(added_timestamp)
            except (TypeError, ValueError):
                raise bad_value("addedTimestamp", added_timestamp, "a timestamp") from None

        processed_timestamp = get("processedTimestamp")
        if processed_timestamp is not None:
            try:
                processed_timestamp = parse_timestamp(processed_timestamp)
            except (TypeError, ValueError):
                raise bad_value("processedTimestamp", processed_timestamp, "a timestamp") from None

        finished_timestamp = get("finishedTimestamp")
        if finished_timestamp is not None:
            try:
                finished_timestamp = parse_timestamp(finished_timestamp)
            except (TypeError, ValueError):
                raise bad_value("finishedTimestamp", finished_timestamp, "a timestamp") from None

        attempts_made = get("attemptsMade")
        if attempts_made is not None:
            if attempts_made.__class__ is not int:
                attempts_made = as_int(attempts_made, "attemptsMade")

        attempts_started = get("attemptsStarted")
        if attempts_started is not None:
            if attempts_started.__class__ is not int:
                attempts_started = as_int(attempts_started, "attemptsStarted")

        stacktrace = get("stacktrace")
        if stacktrace is not None:
            stacktrace = str_list(stacktrace, "stacktrace")

        queue_job = cls(
            id,
            message_id,
            status,
            data,
            added_timestamp,
            processed_timestamp,
            finished_timestamp,
            attempts_made,
            attempts_started,
            stacktrace,
        )
        queue_job._absent = absent_keys(_WIRE_KEYS, d)
        queue_job.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_job

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


from ..models.queue_job_data import QueueJobData  # noqa: E402
