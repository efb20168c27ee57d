# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_queue_job_message import MessageQueueJobMessage
    from ..models.message_queue_job_timeline import MessageQueueJobTimeline


T = TypeVar("T", bound="MessageQueueJob")


_WIRE_KEYS = frozenset(
    (
        "queue_id",
        "unique_id",
        "message_id",
        "chat_id",
        "performed_by",
        "status",
        "status_description",
        "message",
        "timeline",
        "attempts",
    )
)


@_attrs_define
class MessageQueueJob:
    """A job of the message queue (POST /message/queues)."""

    queue_id: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    """ Provisional message id, for /message/{unique_id}/status. """
    message_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    performed_by: str | Unset = UNSET
    """ Member email, or `api`. """
    status: str | Unset = UNSET
    status_description: str | Unset = UNSET
    message: MessageQueueJobMessage | None | Unset = UNSET
    timeline: MessageQueueJobTimeline | None | Unset = UNSET
    attempts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        unique_id = self.unique_id

        message_id = self.message_id

        chat_id = self.chat_id

        performed_by = self.performed_by

        status = self.status

        status_description = self.status_description

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, MessageQueueJobMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        timeline: dict[str, Any] | None | Unset
        if isinstance(self.timeline, Unset):
            timeline = UNSET
        elif isinstance(self.timeline, MessageQueueJobTimeline):
            timeline = self.timeline.to_dict()
        else:
            timeline = self.timeline

        attempts = self.attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if message is not UNSET:
            field_dict["message"] = message
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageQueueJob: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageQueueJob") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageQueueJob", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        queue_id = get("queue_id", UNSET)

        unique_id = get("unique_id", UNSET)

        message_id = get("message_id", UNSET)

        chat_id = get("chat_id", UNSET)

        performed_by = get("performed_by", UNSET)

        status = get("status", UNSET)

        status_description = get("status_description", UNSET)

        _message = get("message", UNSET)
        message: MessageQueueJobMessage | None | Unset
        if _message is None or _message is UNSET:
            message = _message
        else:
            if not (isinstance(_message, dict)):
                raise TypeError(f"message: unexpected {type(_message).__name__}")
            message_type_1 = MessageQueueJobMessage.from_dict(_message)

            message = message_type_1

        _timeline = get("timeline", UNSET)
        timeline: MessageQueueJobTimeline | None | Unset
        if _timeline is None or _timeline is UNSET:
            timeline = _timeline
        else:
            if not (isinstance(_timeline, dict)):
                raise TypeError(f"timeline: unexpected {type(_timeline).__name__}")
            timeline_type_1 = MessageQueueJobTimeline.from_dict(_timeline)

            timeline = timeline_type_1

        attempts = get("attempts", UNSET)

        message_queue_job = cls(
            queue_id,
            unique_id,
            message_id,
            chat_id,
            performed_by,
            status,
            status_description,
            message,
            timeline,
            attempts,
        )

        message_queue_job.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_queue_job

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


from ..models.message_queue_job_message import MessageQueueJobMessage  # noqa: E402
from ..models.message_queue_job_timeline import MessageQueueJobTimeline  # noqa: E402
