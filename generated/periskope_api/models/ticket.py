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
    as_float,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus

if TYPE_CHECKING:
    from ..models.boolean_map import BooleanMap
    from ..models.chat import Chat
    from ..models.close_ticket_metadata import CloseTicketMetadata
    from ..models.hubspot_metadata import HubspotMetadata
    from ..models.json_object import JsonObject
    from ..models.message import Message
    from ..models.string_map import StringMap


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "ticket_id": "ticket_id",
    "org_id": "org_id",
    "chat_id": "chat_id",
    "subject": "subject",
    "status": "status",
    "priority": "priority",
    "assignee": "assignee",
    "assigned_by": "assigned_by",
    "raised_by": "raised_by",
    "due_date": "due_date",
    "created_at": "created_at",
    "closed_at": "closed_at",
    "first_assigned_at": "first_assigned_at",
    "last_updated_at": "last_updated_at",
    "last_updated_by": "last_updated_by",
    "response_time": "response_time",
    "is_deleted": "is_deleted",
    "quoted_message_id": "quoted_message_id",
    "custom_properties": "custom_properties",
    "label_ids": "label_ids",
    "labels": "labels",
    "hubspot_metadata": "hubspot_metadata",
    "freshdesk_metadata": "freshdesk_metadata",
    "zohodesk_metadata": "zohodesk_metadata",
    "close_ticket_metadata": "close_ticket_metadata",
    "chat": "chat",
    "quoted_message": "quoted_message",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Ticket:
    """A ticket, as listed by GET /tickets."""

    ticket_id: str | None = None
    org_id: str | None = None
    chat_id: str | None = None
    subject: str | None = None
    status: TicketStatus | None = None
    priority: TicketPriority | None = None
    assignee: str | None = None
    """ Member email. """
    assigned_by: str | None = None
    raised_by: str | None = None
    due_date: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    closed_at: datetime.datetime | None = None
    first_assigned_at: datetime.datetime | None = None
    last_updated_at: datetime.datetime | None = None
    last_updated_by: str | None = None
    response_time: float | None = None
    is_deleted: bool | None = None
    quoted_message_id: str | None = None
    custom_properties: StringMap | None = None
    label_ids: BooleanMap | None = None
    labels: list[str] | None = None
    """ Label names. """
    hubspot_metadata: HubspotMetadata | None = None
    freshdesk_metadata: JsonObject | None = None
    zohodesk_metadata: JsonObject | None = None
    close_ticket_metadata: CloseTicketMetadata | None = None
    chat: Chat | None = None
    quoted_message: Message | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        ticket_id = self.ticket_id
        if ticket_id is not None:
            field_dict["ticket_id"] = ticket_id
        elif "ticket_id" not in absent:
            field_dict["ticket_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        subject = self.subject
        if subject is not None:
            field_dict["subject"] = subject
        elif "subject" not in absent:
            field_dict["subject"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status.value
        elif "status" not in absent:
            field_dict["status"] = None
        priority = self.priority
        if priority is not None:
            field_dict["priority"] = priority.value
        elif "priority" not in absent:
            field_dict["priority"] = None
        assignee = self.assignee
        if assignee is not None:
            field_dict["assignee"] = assignee
        elif "assignee" not in absent:
            field_dict["assignee"] = None
        assigned_by = self.assigned_by
        if assigned_by is not None:
            field_dict["assigned_by"] = assigned_by
        elif "assigned_by" not in absent:
            field_dict["assigned_by"] = None
        raised_by = self.raised_by
        if raised_by is not None:
            field_dict["raised_by"] = raised_by
        elif "raised_by" not in absent:
            field_dict["raised_by"] = None
        due_date = self.due_date
        if due_date is not None:
            field_dict["due_date"] = due_date.isoformat()
        elif "due_date" not in absent:
            field_dict["due_date"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        closed_at = self.closed_at
        if closed_at is not None:
            field_dict["closed_at"] = closed_at.isoformat()
        elif "closed_at" not in absent:
            field_dict["closed_at"] = None
        first_assigned_at = self.first_assigned_at
        if first_assigned_at is not None:
            field_dict["first_assigned_at"] = first_assigned_at.isoformat()
        elif "first_assigned_at" not in absent:
            field_dict["first_assigned_at"] = None
        last_updated_at = self.last_updated_at
        if last_updated_at is not None:
            field_dict["last_updated_at"] = last_updated_at.isoformat()
        elif "last_updated_at" not in absent:
            field_dict["last_updated_at"] = None
        last_updated_by = self.last_updated_by
        if last_updated_by is not None:
            field_dict["last_updated_by"] = last_updated_by
        elif "last_updated_by" not in absent:
            field_dict["last_updated_by"] = None
        response_time = self.response_time
        if response_time is not None:
            field_dict["response_time"] = response_time
        elif "response_time" not in absent:
            field_dict["response_time"] = None
        is_deleted = self.is_deleted
        if is_deleted is not None:
            field_dict["is_deleted"] = is_deleted
        elif "is_deleted" not in absent:
            field_dict["is_deleted"] = None
        quoted_message_id = self.quoted_message_id
        if quoted_message_id is not None:
            field_dict["quoted_message_id"] = quoted_message_id
        elif "quoted_message_id" not in absent:
            field_dict["quoted_message_id"] = None
        custom_properties = self.custom_properties
        if custom_properties is not None:
            field_dict["custom_properties"] = custom_properties.to_dict()
        elif "custom_properties" not in absent:
            field_dict["custom_properties"] = None
        label_ids = self.label_ids
        if label_ids is not None:
            field_dict["label_ids"] = label_ids.to_dict()
        elif "label_ids" not in absent:
            field_dict["label_ids"] = None
        labels = self.labels
        if labels is not None:
            field_dict["labels"] = labels
        elif "labels" not in absent:
            field_dict["labels"] = None
        hubspot_metadata = self.hubspot_metadata
        if hubspot_metadata is not None:
            field_dict["hubspot_metadata"] = hubspot_metadata.to_dict()
        elif "hubspot_metadata" not in absent:
            field_dict["hubspot_metadata"] = None
        freshdesk_metadata = self.freshdesk_metadata
        if freshdesk_metadata is not None:
            field_dict["freshdesk_metadata"] = freshdesk_metadata.to_dict()
        elif "freshdesk_metadata" not in absent:
            field_dict["freshdesk_metadata"] = None
        zohodesk_metadata = self.zohodesk_metadata
        if zohodesk_metadata is not None:
            field_dict["zohodesk_metadata"] = zohodesk_metadata.to_dict()
        elif "zohodesk_metadata" not in absent:
            field_dict["zohodesk_metadata"] = None
        close_ticket_metadata = self.close_ticket_metadata
        if close_ticket_metadata is not None:
            field_dict["close_ticket_metadata"] = close_ticket_metadata.to_dict()
        elif "close_ticket_metadata" not in absent:
            field_dict["close_ticket_metadata"] = None
        chat = self.chat
        if chat is not None:
            field_dict["chat"] = chat.to_dict()
        elif "chat" not in absent:
            field_dict["chat"] = None
        quoted_message = self.quoted_message
        if quoted_message is not None:
            field_dict["quoted_message"] = quoted_message.to_dict()
        elif "quoted_message" not in absent:
            field_dict["quoted_message"] = None
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
            raise exc.within_model("Ticket") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Ticket", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Ticket")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        ticket_id = get("ticket_id")
        if ticket_id is not None:
            if not isinstance(ticket_id, str):
                raise wrong_type("ticket_id", ticket_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        subject = get("subject")
        if subject is not None:
            if not isinstance(subject, str):
                raise wrong_type("subject", subject, "str")

        status = get("status")
        if status is not None:
            try:
                status = TicketStatus.decode(status)
            except (TypeError, ValueError):
                raise bad_value("status", status, "TicketStatus") from None

        priority = get("priority")
        if priority is not None:
            try:
                priority = TicketPriority.decode(priority)
            except (TypeError, ValueError):
                raise bad_value("priority", priority, "TicketPriority") from None

        assignee = get("assignee")
        if assignee is not None:
            if not isinstance(assignee, str):
                raise wrong_type("assignee", assignee, "str")

        assigned_by = get("assigned_by")
        if assigned_by is not None:
            if not isinstance(assigned_by, str):
                raise wrong_type("assigned_by", assigned_by, "str")

        raised_by = get("raised_by")
        if raised_by is not None:
            if not isinstance(raised_by, str):
                raise wrong_type("raised_by", raised_by, "str")

        due_date = get("due_date")
        if due_date is not None:
            try:
                due_date = parse_timestamp(due_date)
            except (TypeError, ValueError):
                raise bad_value("due_date", due_date, "a timestamp") from None

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        closed_at = get("closed_at")
        if closed_at is not None:
            try:
                closed_at = parse_timestamp(closed_at)
            except (TypeError, ValueError):
                raise bad_value("closed_at", closed_at, "a timestamp") from None

        first_assigned_at = get("first_assigned_at")
        if first_assigned_at is not None:
            try:
                first_assigned_at = parse_timestamp(first_assigned_at)
            except (TypeError, ValueError):
                raise bad_value("first_assigned_at", first_assigned_at, "a timestamp") from None

        last_updated_at = get("last_updated_at")
        if last_updated_at is not None:
            try:
                last_updated_at = parse_timestamp(last_updated_at)
            except (TypeError, ValueError):
                raise bad_value("last_updated_at", last_updated_at, "a timestamp") from None

        last_updated_by = get("last_updated_by")
        if last_updated_by is not None:
            if not isinstance(last_updated_by, str):
                raise wrong_type("last_updated_by", last_updated_by, "str")

        response_time = get("response_time")
        if response_time is not None:
            if response_time.__class__ is not float and response_time.__class__ is not int:
                response_time = as_float(response_time, "response_time")

        is_deleted = get("is_deleted")
        if is_deleted is not None:
            if is_deleted.__class__ is not bool:
                raise wrong_type("is_deleted", is_deleted, "bool")

        quoted_message_id = get("quoted_message_id")
        if quoted_message_id is not None:
            if not isinstance(quoted_message_id, str):
                raise wrong_type("quoted_message_id", quoted_message_id, "str")

        custom_properties = get("custom_properties")
        if custom_properties is not None:
            try:
                custom_properties = StringMap._from_dict(custom_properties)
            except DecodePathError as exc:
                raise exc.at("custom_properties") from None

        label_ids = get("label_ids")
        if label_ids is not None:
            try:
                label_ids = BooleanMap._from_dict(label_ids)
            except DecodePathError as exc:
                raise exc.at("label_ids") from None

        labels = get("labels")
        if labels is not None:
            labels = str_list(labels, "labels")

        hubspot_metadata = get("hubspot_metadata")
        if hubspot_metadata is not None:
            try:
                hubspot_metadata = HubspotMetadata._from_dict(hubspot_metadata)
            except DecodePathError as exc:
                raise exc.at("hubspot_metadata") from None

        freshdesk_metadata = get("freshdesk_metadata")
        if freshdesk_metadata is not None:
            try:
                freshdesk_metadata = JsonObject._from_dict(freshdesk_metadata)
            except DecodePathError as exc:
                raise exc.at("freshdesk_metadata") from None

        zohodesk_metadata = get("zohodesk_metadata")
        if zohodesk_metadata is not None:
            try:
                zohodesk_metadata = JsonObject._from_dict(zohodesk_metadata)
            except DecodePathError as exc:
                raise exc.at("zohodesk_metadata") from None

        close_ticket_metadata = get("close_ticket_metadata")
        if close_ticket_metadata is not None:
            try:
                close_ticket_metadata = CloseTicketMetadata._from_dict(close_ticket_metadata)
            except DecodePathError as exc:
                raise exc.at("close_ticket_metadata") from None

        chat = get("chat")
        if chat is not None:
            try:
                chat = Chat._from_dict(chat)
            except DecodePathError as exc:
                raise exc.at("chat") from None

        quoted_message = get("quoted_message")
        if quoted_message is not None:
            try:
                quoted_message = Message._from_dict(quoted_message)
            except DecodePathError as exc:
                raise exc.at("quoted_message") from None

        ticket = cls(
            ticket_id,
            org_id,
            chat_id,
            subject,
            status,
            priority,
            assignee,
            assigned_by,
            raised_by,
            due_date,
            created_at,
            closed_at,
            first_assigned_at,
            last_updated_at,
            last_updated_by,
            response_time,
            is_deleted,
            quoted_message_id,
            custom_properties,
            label_ids,
            labels,
            hubspot_metadata,
            freshdesk_metadata,
            zohodesk_metadata,
            close_ticket_metadata,
            chat,
            quoted_message,
        )
        ticket._absent = absent_keys(_WIRE_KEYS, d)
        ticket.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket

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


from ..models.boolean_map import BooleanMap  # noqa: E402
from ..models.chat import Chat  # noqa: E402
from ..models.close_ticket_metadata import CloseTicketMetadata  # noqa: E402
from ..models.hubspot_metadata import HubspotMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
