# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.ticket_info_ticket_priority import TicketInfoTicketPriority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_info_ticket_ticket_custom_properties_type_0 import TicketInfoTicketTicketCustomPropertiesType0


T = TypeVar("T", bound="TicketInfoTicket")


@_attrs_define
class TicketInfoTicket:
    org_id: str | Unset = UNSET
    status: str | Unset = UNSET
    subject: str | Unset = UNSET
    assignee: str | Unset = UNSET
    due_date: str | Unset = UNSET
    priority: TicketInfoTicketPriority | Unset = UNSET
    raised_by: str | Unset = UNSET
    ticket_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    assigned_by: str | Unset = UNSET
    ticket_labels: str | Unset = UNSET
    quoted_message_id: str | Unset = UNSET
    ticket_custom_properties: None | TicketInfoTicketTicketCustomPropertiesType0 | Unset = UNSET
    closed_at: str | Unset = UNSET
    closed_by: str | Unset = UNSET
    closed_message: str | Unset = UNSET
    first_assigned_at: None | str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_info_ticket_ticket_custom_properties_type_0 import (
            TicketInfoTicketTicketCustomPropertiesType0,  # noqa: PLC0415
        )

        org_id = self.org_id

        status = self.status

        subject = self.subject

        assignee = self.assignee

        due_date = self.due_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        raised_by = self.raised_by

        ticket_id = self.ticket_id

        created_at = self.created_at

        assigned_by = self.assigned_by

        ticket_labels = self.ticket_labels

        quoted_message_id = self.quoted_message_id

        ticket_custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.ticket_custom_properties, Unset):
            ticket_custom_properties = UNSET
        elif isinstance(self.ticket_custom_properties, TicketInfoTicketTicketCustomPropertiesType0):
            ticket_custom_properties = self.ticket_custom_properties.to_dict()
        else:
            ticket_custom_properties = self.ticket_custom_properties

        closed_at = self.closed_at

        closed_by = self.closed_by

        closed_message = self.closed_message

        first_assigned_at: None | str | Unset
        if isinstance(self.first_assigned_at, Unset):
            first_assigned_at = UNSET
        else:
            first_assigned_at = self.first_assigned_at

        is_deleted = self.is_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if ticket_labels is not UNSET:
            field_dict["ticket_labels"] = ticket_labels
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if ticket_custom_properties is not UNSET:
            field_dict["ticket_custom_properties"] = ticket_custom_properties
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if closed_by is not UNSET:
            field_dict["closed_by"] = closed_by
        if closed_message is not UNSET:
            field_dict["closed_message"] = closed_message
        if first_assigned_at is not UNSET:
            field_dict["first_assigned_at"] = first_assigned_at
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketInfoTicket: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketInfoTicket") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("TicketInfoTicket", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_info_ticket_ticket_custom_properties_type_0 import (
            TicketInfoTicketTicketCustomPropertiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        org_id = d.pop("org_id", UNSET)

        status = d.pop("status", UNSET)

        subject = d.pop("subject", UNSET)

        assignee = d.pop("assignee", UNSET)

        due_date = d.pop("due_date", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: TicketInfoTicketPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketInfoTicketPriority(_priority)

        raised_by = d.pop("raised_by", UNSET)

        ticket_id = d.pop("ticket_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        assigned_by = d.pop("assigned_by", UNSET)

        ticket_labels = d.pop("ticket_labels", UNSET)

        quoted_message_id = d.pop("quoted_message_id", UNSET)

        def _parse_ticket_custom_properties(data: object) -> None | TicketInfoTicketTicketCustomPropertiesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"ticket_custom_properties: unexpected {type(data).__name__}")
            ticket_custom_properties_type_0 = TicketInfoTicketTicketCustomPropertiesType0.from_dict(data)

            return ticket_custom_properties_type_0

        ticket_custom_properties = _parse_ticket_custom_properties(d.pop("ticket_custom_properties", UNSET))

        closed_at = d.pop("closed_at", UNSET)

        closed_by = d.pop("closed_by", UNSET)

        closed_message = d.pop("closed_message", UNSET)

        def _parse_first_assigned_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_assigned_at = _parse_first_assigned_at(d.pop("first_assigned_at", UNSET))

        is_deleted = d.pop("is_deleted", UNSET)

        ticket_info_ticket = cls(
            org_id=org_id,
            status=status,
            subject=subject,
            assignee=assignee,
            due_date=due_date,
            priority=priority,
            raised_by=raised_by,
            ticket_id=ticket_id,
            created_at=created_at,
            assigned_by=assigned_by,
            ticket_labels=ticket_labels,
            quoted_message_id=quoted_message_id,
            ticket_custom_properties=ticket_custom_properties,
            closed_at=closed_at,
            closed_by=closed_by,
            closed_message=closed_message,
            first_assigned_at=first_assigned_at,
            is_deleted=is_deleted,
        )

        ticket_info_ticket.additional_properties = d
        return ticket_info_ticket

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
