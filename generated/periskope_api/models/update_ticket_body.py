# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "assignee": "assignee",
    "due_date": "due_date",
    "labels": "labels",
    "priority": "priority",
    "subject": "subject",
    "status": "status",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        assignee = self.assignee
        if not isinstance(assignee, Unset):
            field_dict["assignee"] = assignee
        due_date = self.due_date
        if not isinstance(due_date, Unset):
            field_dict["due_date"] = due_date
        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = labels
        priority = self.priority
        if not isinstance(priority, Unset):
            field_dict["priority"] = priority
        subject = self.subject
        if not isinstance(subject, Unset):
            field_dict["subject"] = subject
        status = self.status
        if not isinstance(status, Unset):
            field_dict["status"] = status.value
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
            raise exc.within_model("UpdateTicketBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateTicketBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateTicketBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        assignee = get("assignee", UNSET)
        if assignee is not UNSET:
            if not isinstance(assignee, str):
                raise wrong_type("assignee", assignee, "str")

        due_date = get("due_date", UNSET)
        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        priority = get("priority", UNSET)
        if priority is not UNSET:
            if not isinstance(priority, str):
                raise wrong_type("priority", priority, "str")

        subject = get("subject", UNSET)
        if subject is not UNSET:
            if not isinstance(subject, str):
                raise wrong_type("subject", subject, "str")

        status = get("status", UNSET)
        if status is not UNSET:
            try:
                status = TicketStatus.decode(status)
            except (TypeError, ValueError):
                raise bad_value("status", status, "TicketStatus") from None

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
