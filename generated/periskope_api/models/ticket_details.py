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
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus

if TYPE_CHECKING:
    from ..models.string_map import StringMap


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "ticket_id": "ticket_id",
    "org_id": "org_id",
    "subject": "subject",
    "status": "status",
    "priority": "priority",
    "assignee": "assignee",
    "assigned_by": "assigned_by",
    "raised_by": "raised_by",
    "due_date": "due_date",
    "created_at": "created_at",
    "closed_at": "closed_at",
    "closed_by": "closed_by",
    "closed_message": "closed_message",
    "first_assigned_at": "first_assigned_at",
    "ticket_labels": "ticket_labels",
    "quoted_message_id": "quoted_message_id",
    "ticket_custom_properties": "ticket_custom_properties",
    "is_deleted": "is_deleted",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class TicketDetails:
    """The ticket part of a TicketInfo."""

    ticket_id: str | None = None
    org_id: str | None = None
    subject: str | None = None
    status: TicketStatus | None = None
    priority: TicketPriority | None = None
    assignee: str | None = None
    assigned_by: str | None = None
    raised_by: str | None = None
    due_date: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    closed_at: datetime.datetime | None = None
    closed_by: str | None = None
    closed_message: str | None = None
    first_assigned_at: datetime.datetime | None = None
    ticket_labels: str | None = None
    """ Label names, comma-separated. """
    quoted_message_id: str | None = None
    ticket_custom_properties: StringMap | None = None
    is_deleted: bool | None = None
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
        closed_by = self.closed_by
        if closed_by is not None:
            field_dict["closed_by"] = closed_by
        elif "closed_by" not in absent:
            field_dict["closed_by"] = None
        closed_message = self.closed_message
        if closed_message is not None:
            field_dict["closed_message"] = closed_message
        elif "closed_message" not in absent:
            field_dict["closed_message"] = None
        first_assigned_at = self.first_assigned_at
        if first_assigned_at is not None:
            field_dict["first_assigned_at"] = first_assigned_at.isoformat()
        elif "first_assigned_at" not in absent:
            field_dict["first_assigned_at"] = None
        ticket_labels = self.ticket_labels
        if ticket_labels is not None:
            field_dict["ticket_labels"] = ticket_labels
        elif "ticket_labels" not in absent:
            field_dict["ticket_labels"] = None
        quoted_message_id = self.quoted_message_id
        if quoted_message_id is not None:
            field_dict["quoted_message_id"] = quoted_message_id
        elif "quoted_message_id" not in absent:
            field_dict["quoted_message_id"] = None
        ticket_custom_properties = self.ticket_custom_properties
        if ticket_custom_properties is not None:
            field_dict["ticket_custom_properties"] = ticket_custom_properties.to_dict()
        elif "ticket_custom_properties" not in absent:
            field_dict["ticket_custom_properties"] = None
        is_deleted = self.is_deleted
        if is_deleted is not None:
            field_dict["is_deleted"] = is_deleted
        elif "is_deleted" not in absent:
            field_dict["is_deleted"] = None
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
            raise exc.within_model("TicketDetails") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketDetails", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "TicketDetails")

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

        closed_by = get("closed_by")
        if closed_by is not None:
            if not isinstance(closed_by, str):
                raise wrong_type("closed_by", closed_by, "str")

        closed_message = get("closed_message")
        if closed_message is not None:
            if not isinstance(closed_message, str):
                raise wrong_type("closed_message", closed_message, "str")

        first_assigned_at = get("first_assigned_at")
        if first_assigned_at is not None:
            try:
                first_assigned_at = parse_timestamp(first_assigned_at)
            except (TypeError, ValueError):
                raise bad_value("first_assigned_at", first_assigned_at, "a timestamp") from None

        ticket_labels = get("ticket_labels")
        if ticket_labels is not None:
            if not isinstance(ticket_labels, str):
                raise wrong_type("ticket_labels", ticket_labels, "str")

        quoted_message_id = get("quoted_message_id")
        if quoted_message_id is not None:
            if not isinstance(quoted_message_id, str):
                raise wrong_type("quoted_message_id", quoted_message_id, "str")

        ticket_custom_properties = get("ticket_custom_properties")
        if ticket_custom_properties is not None:
            try:
                ticket_custom_properties = StringMap._from_dict(ticket_custom_properties)
            except DecodePathError as exc:
                raise exc.at("ticket_custom_properties") from None

        is_deleted = get("is_deleted")
        if is_deleted is not None:
            if is_deleted.__class__ is not bool:
                raise wrong_type("is_deleted", is_deleted, "bool")

        ticket_details = cls(
            ticket_id,
            org_id,
            subject,
            status,
            priority,
            assignee,
            assigned_by,
            raised_by,
            due_date,
            created_at,
            closed_at,
            closed_by,
            closed_message,
            first_assigned_at,
            ticket_labels,
            quoted_message_id,
            ticket_custom_properties,
            is_deleted,
        )
        ticket_details._absent = absent_keys(_WIRE_KEYS, d)
        ticket_details.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket_details

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


from ..models.string_map import StringMap  # noqa: E402
