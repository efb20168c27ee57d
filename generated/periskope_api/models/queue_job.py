# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_job_data import QueueJobData


T = TypeVar("T", bound="QueueJob")


@_attrs_define
class QueueJob:
    added_timestamp: float | Unset = UNSET
    attempts_made: float | Unset = UNSET
    attempts_started: float | Unset = UNSET
    data: QueueJobData | Unset = UNSET
    finished_timestamp: float | Unset = UNSET
    id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    processed_timestamp: float | Unset = UNSET
    stacktrace: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_timestamp = self.added_timestamp

        attempts_made = self.attempts_made

        attempts_started = self.attempts_started

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        finished_timestamp = self.finished_timestamp

        id = self.id

        message_id = self.message_id

        processed_timestamp = self.processed_timestamp

        stacktrace: list[str] | Unset = UNSET
        if not isinstance(self.stacktrace, Unset):
            stacktrace = self.stacktrace

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_timestamp is not UNSET:
            field_dict["addedTimestamp"] = added_timestamp
        if attempts_made is not UNSET:
            field_dict["attemptsMade"] = attempts_made
        if attempts_started is not UNSET:
            field_dict["attemptsStarted"] = attempts_started
        if data is not UNSET:
            field_dict["data"] = data
        if finished_timestamp is not UNSET:
            field_dict["finishedTimestamp"] = finished_timestamp
        if id is not UNSET:
            field_dict["id"] = id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if processed_timestamp is not UNSET:
            field_dict["processedTimestamp"] = processed_timestamp
        if stacktrace is not UNSET:
            field_dict["stacktrace"] = stacktrace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"QueueJob: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("QueueJob") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("QueueJob", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_job_data import QueueJobData  # noqa: PLC0415

        d = dict(src_dict)
        added_timestamp = d.pop("addedTimestamp", UNSET)

        attempts_made = d.pop("attemptsMade", UNSET)

        attempts_started = d.pop("attemptsStarted", UNSET)

        _data = d.pop("data", UNSET)
        data: QueueJobData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = QueueJobData.from_dict(_data)

        finished_timestamp = d.pop("finishedTimestamp", UNSET)

        id = d.pop("id", UNSET)

        message_id = d.pop("message_id", UNSET)

        processed_timestamp = d.pop("processedTimestamp", UNSET)

        stacktrace = cast(list[str], d.pop("stacktrace", UNSET))

        status = d.pop("status", UNSET)

        queue_job = cls(
            added_timestamp=added_timestamp,
            attempts_made=attempts_made,
            attempts_started=attempts_started,
            data=data,
            finished_timestamp=finished_timestamp,
            id=id,
            message_id=message_id,
            processed_timestamp=processed_timestamp,
            stacktrace=stacktrace,
            status=status,
        )

        queue_job.additional_properties = d
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
