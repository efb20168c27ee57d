# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.ack import Ack
from ..models.message_status_value import MessageStatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_status_message import MessageStatusMessage
    from ..models.message_status_timeline import MessageStatusTimeline


T = TypeVar("T", bound="MessageStatus")


_WIRE_KEYS = frozenset(
    (
        "queue_id",
        "unique_id",
        "message_id",
        "chat_id",
        "performed_by",
        "status",
        "status_description",
        "ack",
        "message",
        "timeline",
        "attempts",
        "delivered_count",
        "read_count",
    )
)


@_attrs_define
class MessageStatus:
    """Where a sent message is (GET /message/{unique_id}/status). `ack` is on Periskope's scale (see Ack); in groups,
    `delivered_count` and `read_count` count the participants.

    """

    queue_id: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    """ The full message id, `true_<chat_id>_<unique_id>`. """
    chat_id: str | Unset = UNSET
    performed_by: str | Unset = UNSET
    """ Who sent it, e.g. `api`, `user`. """
    status: MessageStatusValue | None | Unset = UNSET
    status_description: None | str | Unset = UNSET
    ack: Ack | None | Unset = UNSET
    message: MessageStatusMessage | None | Unset = UNSET
    timeline: MessageStatusTimeline | None | Unset = UNSET
    attempts: int | None | Unset = UNSET
    delivered_count: int | None | Unset = UNSET
    read_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        unique_id = self.unique_id

        message_id = self.message_id

        chat_id = self.chat_id

        performed_by = self.performed_by

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MessageStatusValue):
            status = self.status.value
        else:
            status = self.status

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        ack: int | None | Unset
        if isinstance(self.ack, Unset):
            ack = UNSET
        elif isinstance(self.ack, Ack):
            ack = self.ack.value
        else:
            ack = self.ack

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, MessageStatusMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        timeline: dict[str, Any] | None | Unset
        if isinstance(self.timeline, Unset):
            timeline = UNSET
        elif isinstance(self.timeline, MessageStatusTimeline):
            timeline = self.timeline.to_dict()
        else:
            timeline = self.timeline

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        delivered_count: int | None | Unset
        if isinstance(self.delivered_count, Unset):
            delivered_count = UNSET
        else:
            delivered_count = self.delivered_count

        read_count: int | None | Unset
        if isinstance(self.read_count, Unset):
            read_count = UNSET
        else:
            read_count = self.read_count

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
        if ack is not UNSET:
            field_dict["ack"] = ack
        if message is not UNSET:
            field_dict["message"] = message
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if delivered_count is not UNSET:
            field_dict["delivered_count"] = delivered_count
        if read_count is not UNSET:
            field_dict["read_count"] = read_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageStatus: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageStatus", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        queue_id = get("queue_id", UNSET)

        unique_id = get("unique_id", UNSET)

        message_id = get("message_id", UNSET)

        chat_id = get("chat_id", UNSET)

        performed_by = get("performed_by", UNSET)

        _status = get("status", UNSET)
        status: MessageStatusValue | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not (isinstance(_status, str)):
                raise TypeError(f"status: unexpected {type(_status).__name__}")
            status_type_1 = MessageStatusValue.decode(_status)

            status = status_type_1

        status_description = get("status_description", UNSET)

        _ack = get("ack", UNSET)
        ack: Ack | None | Unset
        if _ack is None or _ack is UNSET:
            ack = _ack
        else:
            if not (isinstance(_ack, (int, str)) and not isinstance(_ack, bool)):
                raise TypeError(f"ack: unexpected {type(_ack).__name__}")
            ack_type_1 = Ack.decode(_ack)

            ack = ack_type_1

        _message = get("message", UNSET)
        message: MessageStatusMessage | None | Unset
        if _message is None or _message is UNSET:
            message = _message
        else:
            if not (isinstance(_message, dict)):
                raise TypeError(f"message: unexpected {type(_message).__name__}")
            message_type_1 = MessageStatusMessage.from_dict(_message)

            message = message_type_1

        _timeline = get("timeline", UNSET)
        timeline: MessageStatusTimeline | None | Unset
        if _timeline is None or _timeline is UNSET:
            timeline = _timeline
        else:
            if not (isinstance(_timeline, dict)):
                raise TypeError(f"timeline: unexpected {type(_timeline).__name__}")
            timeline_type_1 = MessageStatusTimeline.from_dict(_timeline)

            timeline = timeline_type_1

        attempts = get("attempts", UNSET)

        delivered_count = get("delivered_count", UNSET)

        read_count = get("read_count", UNSET)

        message_status = cls(
            queue_id,
            unique_id,
            message_id,
            chat_id,
            performed_by,
            status,
            status_description,
            ack,
            message,
            timeline,
            attempts,
            delivered_count,
            read_count,
        )

        message_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_status

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


from ..models.message_status_message import MessageStatusMessage  # noqa: E402
from ..models.message_status_timeline import MessageStatusTimeline  # noqa: E402
