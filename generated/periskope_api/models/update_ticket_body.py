# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTicketBody")


_WIRE_KEYS = frozenset(
    (
        "assignee",
        "due_date",
        "labels",
        "priority",
        "subject",
        "status",
    )
)


@_attrs_define
class UpdateTicketBody:
    assignee: str | Unset = UNSET
    """ - Update the assignee of the ticket. Must be an email of a user in the organization """
    due_date: Any | Unset = UNSET
    """ - Updates the due date of the ticket.
    - Must be a string that can be parsed to a date """
    labels: str | Unset = UNSET
    """ - A comma-separated list of labels to be assigned to the tickets. All labels are case-insensitive.
    - If any label currently does not exist, it will be created """
    priority: str | Unset = UNSET
    """ - Updates the priority of the ticket.
    - Only accepts the following values - 1,2,3,4
      - 1 = Low
      - 2 = Medium
      - 3 = High
      - 4 = Urgent """
    subject: str | Unset = UNSET
    """ - Updates the subject of the ticket """
    status: TicketStatus | Unset = UNSET
    """ Values outside this list are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee = self.assignee

        due_date = self.due_date

        labels = self.labels

        priority = self.priority

        subject = self.subject

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if labels is not UNSET:
            field_dict["labels"] = labels
        if priority is not UNSET:
            field_dict["priority"] = priority
        if subject is not UNSET:
            field_dict["subject"] = subject
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateTicketBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateTicketBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateTicketBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        assignee = get("assignee", UNSET)

        due_date = get("due_date", UNSET)

        labels = get("labels", UNSET)

        priority = get("priority", UNSET)

        subject = get("subject", UNSET)

        _status = get("status", UNSET)
        status: TicketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketStatus.decode(_status)

        update_ticket_body = cls(
            assignee,
            due_date,
            labels,
            priority,
            subject,
            status,
        )

        update_ticket_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_ticket_body

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
