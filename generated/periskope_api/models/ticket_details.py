# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="TicketDetails")


_WIRE_KEYS = frozenset(
    (
        "ticket_id",
        "org_id",
        "subject",
        "status",
        "priority",
        "assignee",
        "assigned_by",
        "raised_by",
        "due_date",
        "created_at",
        "closed_at",
        "closed_by",
        "closed_message",
        "first_assigned_at",
        "ticket_labels",
        "quoted_message_id",
        "ticket_custom_properties",
        "is_deleted",
    )
)


@_attrs_define
class TicketDetails:
    """The ticket part of a TicketInfo."""

    ticket_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    status: None | TicketStatus | Unset = UNSET
    priority: None | TicketPriority | Unset = UNSET
    assignee: None | str | Unset = UNSET
    assigned_by: None | str | Unset = UNSET
    raised_by: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    closed_by: None | str | Unset = UNSET
    closed_message: None | str | Unset = UNSET
    first_assigned_at: datetime.datetime | None | Unset = UNSET
    ticket_labels: None | str | Unset = UNSET
    """ Label names, comma-separated. """
    quoted_message_id: None | str | Unset = UNSET
    ticket_custom_properties: None | StringMap | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_id = self.ticket_id

        org_id = self.org_id

        subject = self.subject

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TicketStatus):
            status = self.status.value
        else:
            status = self.status

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, TicketPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        assigned_by: None | str | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        else:
            assigned_by = self.assigned_by

        raised_by: None | str | Unset
        if isinstance(self.raised_by, Unset):
            raised_by = UNSET
        else:
            raised_by = self.raised_by

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closed_by: None | str | Unset
        if isinstance(self.closed_by, Unset):
            closed_by = UNSET
        else:
            closed_by = self.closed_by

        closed_message: None | str | Unset
        if isinstance(self.closed_message, Unset):
            closed_message = UNSET
        else:
            closed_message = self.closed_message

        first_assigned_at: None | str | Unset
        if isinstance(self.first_assigned_at, Unset):
            first_assigned_at = UNSET
        elif isinstance(self.first_assigned_at, datetime.datetime):
            first_assigned_at = self.first_assigned_at.isoformat()
        else:
            first_assigned_at = self.first_assigned_at

        ticket_labels: None | str | Unset
        if isinstance(self.ticket_labels, Unset):
            ticket_labels = UNSET
        else:
            ticket_labels = self.ticket_labels

        quoted_message_id: None | str | Unset
        if isinstance(self.quoted_message_id, Unset):
            quoted_message_id = UNSET
        else:
            quoted_message_id = self.quoted_message_id

        ticket_custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.ticket_custom_properties, Unset):
            ticket_custom_properties = UNSET
        elif isinstance(self.ticket_custom_properties, StringMap):
            ticket_custom_properties = self.ticket_custom_properties.to_dict()
        else:
            ticket_custom_properties = self.ticket_custom_properties

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if closed_by is not UNSET:
            field_dict["closed_by"] = closed_by
        if closed_message is not UNSET:
            field_dict["closed_message"] = closed_message
        if first_assigned_at is not UNSET:
            field_dict["first_assigned_at"] = first_assigned_at
        if ticket_labels is not UNSET:
            field_dict["ticket_labels"] = ticket_labels
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if ticket_custom_properties is not UNSET:
            field_dict["ticket_custom_properties"] = ticket_custom_properties
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketDetails: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketDetails") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketDetails", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        ticket_id = get("ticket_id", UNSET)

        org_id = get("org_id", UNSET)

        subject = get("subject", UNSET)

        _status = get("status", UNSET)
        status: None | TicketStatus | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not (isinstance(_status, str)):
                raise TypeError(f"status: unexpected {type(_status).__name__}")
            status_type_1 = TicketStatus.decode(_status)

            status = status_type_1

        _priority = get("priority", UNSET)
        priority: None | TicketPriority | Unset
        if _priority is None or _priority is UNSET:
            priority = _priority
        else:
            if not (isinstance(_priority, (int, str)) and not isinstance(_priority, bool)):
                raise TypeError(f"priority: unexpected {type(_priority).__name__}")
            priority_type_1 = TicketPriority.decode(_priority)

            priority = priority_type_1

        assignee = get("assignee", UNSET)

        assigned_by = get("assigned_by", UNSET)

        raised_by = get("raised_by", UNSET)

        _due_date = get("due_date", UNSET)
        due_date: datetime.datetime | None | Unset
        if _due_date is None or _due_date is UNSET:
            due_date = _due_date
        else:
            if not (isinstance(_due_date, (str, int, float))):
                raise TypeError(f"due_date: unexpected {type(_due_date).__name__}")
            due_date_type_0 = parse_timestamp(_due_date)

            due_date = due_date_type_0

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not (isinstance(_created_at, (str, int, float))):
                raise TypeError(f"created_at: unexpected {type(_created_at).__name__}")
            created_at_type_0 = parse_timestamp(_created_at)

            created_at = created_at_type_0

        _closed_at = get("closed_at", UNSET)
        closed_at: datetime.datetime | None | Unset
        if _closed_at is None or _closed_at is UNSET:
            closed_at = _closed_at
        else:
            if not (isinstance(_closed_at, (str, int, float))):
                raise TypeError(f"closed_at: unexpected {type(_closed_at).__name__}")
            closed_at_type_0 = parse_timestamp(_closed_at)

            closed_at = closed_at_type_0

        closed_by = get("closed_by", UNSET)

        closed_message = get("closed_message", UNSET)

        _first_assigned_at = get("first_assigned_at", UNSET)
        first_assigned_at: datetime.datetime | None | Unset
        if _first_assigned_at is None or _first_assigned_at is UNSET:
            first_assigned_at = _first_assigned_at
        else:
            if not (isinstance(_first_assigned_at, (str, int, float))):
                raise TypeError(f"first_assigned_at: unexpected {type(_first_assigned_at).__name__}")
            first_assigned_at_type_0 = parse_timestamp(_first_assigned_at)

            first_assigned_at = first_assigned_at_type_0

        ticket_labels = get("ticket_labels", UNSET)

        quoted_message_id = get("quoted_message_id", UNSET)

        _ticket_custom_properties = get("ticket_custom_properties", UNSET)
        ticket_custom_properties: None | StringMap | Unset
        if _ticket_custom_properties is None or _ticket_custom_properties is UNSET:
            ticket_custom_properties = _ticket_custom_properties
        else:
            if not (isinstance(_ticket_custom_properties, dict)):
                raise TypeError(f"ticket_custom_properties: unexpected {type(_ticket_custom_properties).__name__}")
            ticket_custom_properties_type_1 = StringMap.from_dict(_ticket_custom_properties)

            ticket_custom_properties = ticket_custom_properties_type_1

        is_deleted = get("is_deleted", UNSET)

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

        ticket_details.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket_details

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
