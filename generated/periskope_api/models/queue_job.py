# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_job_data import QueueJobData


T = TypeVar("T", bound="QueueJob")


_WIRE_KEYS = frozenset(
    (
        "id",
        "message_id",
        "status",
        "data",
        "addedTimestamp",
        "processedTimestamp",
        "finishedTimestamp",
        "attemptsMade",
        "attemptsStarted",
        "stacktrace",
    )
)


@_attrs_define
class QueueJob:
    """A job of the message queue (a Bull job; timestamps are epoch milliseconds on the wire)."""

    id: str | Unset = UNSET
    """ The job id (the queue_id the message was sent with). """
    message_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ The job state, e.g. completed, failed, active, waiting, delayed. """
    data: None | QueueJobData | Unset = UNSET
    added_timestamp: datetime.datetime | None | Unset = UNSET
    processed_timestamp: datetime.datetime | None | Unset = UNSET
    finished_timestamp: datetime.datetime | None | Unset = UNSET
    attempts_made: int | Unset = UNSET
    attempts_started: int | Unset = UNSET
    stacktrace: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        status = self.status

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, QueueJobData):
            data = self.data.to_dict()
        else:
            data = self.data

        added_timestamp: None | str | Unset
        if isinstance(self.added_timestamp, Unset):
            added_timestamp = UNSET
        elif isinstance(self.added_timestamp, datetime.datetime):
            added_timestamp = self.added_timestamp.isoformat()
        else:
            added_timestamp = self.added_timestamp

        processed_timestamp: None | str | Unset
        if isinstance(self.processed_timestamp, Unset):
            processed_timestamp = UNSET
        elif isinstance(self.processed_timestamp, datetime.datetime):
            processed_timestamp = self.processed_timestamp.isoformat()
        else:
            processed_timestamp = self.processed_timestamp

        finished_timestamp: None | str | Unset
        if isinstance(self.finished_timestamp, Unset):
            finished_timestamp = UNSET
        elif isinstance(self.finished_timestamp, datetime.datetime):
            finished_timestamp = self.finished_timestamp.isoformat()
        else:
            finished_timestamp = self.finished_timestamp

        attempts_made = self.attempts_made

        attempts_started = self.attempts_started

        stacktrace: list[str] | None | Unset
        if isinstance(self.stacktrace, Unset):
            stacktrace = UNSET
        elif isinstance(self.stacktrace, list):
            stacktrace = self.stacktrace

        else:
            stacktrace = self.stacktrace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if added_timestamp is not UNSET:
            field_dict["addedTimestamp"] = added_timestamp
        if processed_timestamp is not UNSET:
            field_dict["processedTimestamp"] = processed_timestamp
        if finished_timestamp is not UNSET:
            field_dict["finishedTimestamp"] = finished_timestamp
        if attempts_made is not UNSET:
            field_dict["attemptsMade"] = attempts_made
        if attempts_started is not UNSET:
            field_dict["attemptsStarted"] = attempts_started
        if stacktrace is not UNSET:
            field_dict["stacktrace"] = stacktrace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"QueueJob: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("QueueJob") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("QueueJob", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        id = get("id", UNSET)

        message_id = get("message_id", UNSET)

        status = get("status", UNSET)

        _data = get("data", UNSET)
        data: None | QueueJobData | Unset
        if _data is None or _data is UNSET:
            data = _data
        else:
            if not (isinstance(_data, dict)):
                raise TypeError(f"data: unexpected {type(_data).__name__}")
            data_type_1 = QueueJobData.from_dict(_data)

            data = data_type_1

        _added_timestamp = get("addedTimestamp", UNSET)
        added_timestamp: datetime.datetime | None | Unset
        if _added_timestamp is None or _added_timestamp is UNSET:
            added_timestamp = _added_timestamp
        else:
            if not (isinstance(_added_timestamp, (str, int, float))):
                raise TypeError(f"addedTimestamp: unexpected {type(_added_timestamp).__name__}")
            added_timestamp_type_0 = parse_timestamp(_added_timestamp)

            added_timestamp = added_timestamp_type_0

        _processed_timestamp = get("processedTimestamp", UNSET)
        processed_timestamp: datetime.datetime | None | Unset
        if _processed_timestamp is None or _processed_timestamp is UNSET:
            processed_timestamp = _processed_timestamp
        else:
            if not (isinstance(_processed_timestamp, (str, int, float))):
                raise TypeError(f"processedTimestamp: unexpected {type(_processed_timestamp).__name__}")
            processed_timestamp_type_0 = parse_timestamp(_processed_timestamp)

            processed_timestamp = processed_timestamp_type_0

        _finished_timestamp = get("finishedTimestamp", UNSET)
        finished_timestamp: datetime.datetime | None | Unset
        if _finished_timestamp is None or _finished_timestamp is UNSET:
            finished_timestamp = _finished_timestamp
        else:
            if not (isinstance(_finished_timestamp, (str, int, float))):
                raise TypeError(f"finishedTimestamp: unexpected {type(_finished_timestamp).__name__}")
            finished_timestamp_type_0 = parse_timestamp(_finished_timestamp)

            finished_timestamp = finished_timestamp_type_0

        attempts_made = get("attemptsMade", UNSET)

        attempts_started = get("attemptsStarted", UNSET)

        _stacktrace = get("stacktrace", UNSET)
        stacktrace: list[str] | None | Unset
        if _stacktrace is None or _stacktrace is UNSET:
            stacktrace = _stacktrace
        else:
            if not (isinstance(_stacktrace, list)):
                raise TypeError(f"stacktrace: unexpected {type(_stacktrace).__name__}")
            stacktrace_type_0 = cast(list[str], _stacktrace)

            stacktrace = stacktrace_type_0

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

        queue_job.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return queue_job

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
