# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

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
    to_json,
    wrong_type,
)

from ..models.ack import Ack
from ..models.message_status_value import MessageStatusValue

if TYPE_CHECKING:
    from ..models.message_status_message import MessageStatusMessage
    from ..models.message_status_timeline import MessageStatusTimeline


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "queue_id": "queue_id",
    "unique_id": "unique_id",
    "message_id": "message_id",
    "chat_id": "chat_id",
    "performed_by": "performed_by",
    "status": "status",
    "status_description": "status_description",
    "ack": "ack",
    "message": "message",
    "timeline": "timeline",
    "attempts": "attempts",
    "delivered_count": "delivered_count",
    "read_count": "read_count",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class MessageStatus:
    """Where a sent message is (GET /message/{unique_id}/status). `ack` is on Periskope's scale (see Ack); in groups,
    `delivered_count` and `read_count` count the participants.

    """

    queue_id: str | None = None
    unique_id: str | None = None
    message_id: str | None = None
    """ The full message id, `true_<chat_id>_<unique_id>`. """
    chat_id: str | None = None
    performed_by: str | None = None
    """ Who sent it, e.g. `api`, `user`. """
    status: MessageStatusValue | None = None
    status_description: str | None = None
    ack: Ack | None = None
    message: MessageStatusMessage | None = None
    timeline: MessageStatusTimeline | None = None
    attempts: int | None = None
    delivered_count: int | None = None
    read_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        queue_id = self.queue_id
        if queue_id is not None:
            field_dict["queue_id"] = queue_id
        elif "queue_id" not in absent:
            field_dict["queue_id"] = None
        unique_id = self.unique_id
        if unique_id is not None:
            field_dict["unique_id"] = unique_id
        elif "unique_id" not in absent:
            field_dict["unique_id"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status.value
        elif "status" not in absent:
            field_dict["status"] = None
        status_description = self.status_description
        if status_description is not None:
            field_dict["status_description"] = status_description
        elif "status_description" not in absent:
            field_dict["status_description"] = None
        ack = self.ack
        if ack is not None:
            field_dict["ack"] = ack.value
        elif "ack" not in absent:
            field_dict["ack"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message.to_dict()
        elif "message" not in absent:
            field_dict["message"] = None
        timeline = self.timeline
        if timeline is not None:
            field_dict["timeline"] = timeline.to_dict()
        elif "timeline" not in absent:
            field_dict["timeline"] = None
        attempts = self.attempts
        if attempts is not None:
            field_dict["attempts"] = attempts
        elif "attempts" not in absent:
            field_dict["attempts"] = None
        delivered_count = self.delivered_count
        if delivered_count is not None:
            field_dict["delivered_count"] = delivered_count
        elif "delivered_count" not in absent:
            field_dict["delivered_count"] = None
        read_count = self.read_count
        if read_count is not None:
            field_dict["read_count"] = read_count
        elif "read_count" not in absent:
            field_dict["read_count"] = None
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
            raise exc.within_model("MessageStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageStatus", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "MessageStatus")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        queue_id = get("queue_id")
        if queue_id is not None:
            if not isinstance(queue_id, str):
                raise wrong_type("queue_id", queue_id, "str")

        unique_id = get("unique_id")
        if unique_id is not None:
            if not isinstance(unique_id, str):
                raise wrong_type("unique_id", unique_id, "str")

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        status = get("status")
        if status is not None:
            try:
                status = MessageStatusValue.decode(status)
            except (TypeError, ValueError):
                raise bad_value("status", status, "MessageStatusValue") from None

        status_description = get("status_description")
        if status_description is not None:
            if not isinstance(status_description, str):
                raise wrong_type("status_description", status_description, "str")

        ack = get("ack")
        if ack is not None:
            try:
                ack = Ack.decode(ack)
            except (TypeError, ValueError):
                raise bad_value("ack", ack, "Ack") from None

        message = get("message")
        if message is not None:
            try:
                message = MessageStatusMessage._from_dict(message)
            except DecodePathError as exc:
                raise exc.at("message") from None

        timeline = get("timeline")
        if timeline is not None:
            try:
                timeline = MessageStatusTimeline._from_dict(timeline)
            except DecodePathError as exc:
                raise exc.at("timeline") from None

        attempts = get("attempts")
        if attempts is not None:
            if attempts.__class__ is not int:
                attempts = as_int(attempts, "attempts")

        delivered_count = get("delivered_count")
        if delivered_count is not None:
            if delivered_count.__class__ is not int:
                delivered_count = as_int(delivered_count, "delivered_count")

        read_count = get("read_count")
        if read_count is not None:
            if read_count.__class__ is not int:
                read_count = as_int(read_count, "read_count")

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
        message_status._absent = absent_keys(_WIRE_KEYS, d)
        message_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_status

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


from ..models.message_status_message import MessageStatusMessage  # noqa: E402
from ..models.message_status_timeline import MessageStatusTimeline  # noqa: E402
