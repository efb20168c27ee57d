# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    as_int,
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
    "chat_id": "chat_id",
    "subject": "subject",
    "assignee": "assignee",
    "quoted_message_id": "quoted_message_id",
    "due_date": "due_date",
    "priority": "priority",
    "labels": "labels",
    "status": "status",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class CreateTicketBody:
    chat_id: str
    """ - For groups, enter the chat_id of the group. This will be a string that ends with `@g.us`
    - For 1-1 chats, enter the country_code + number of the recipient e.g.
    [919537851844@c.us](https://mailto:919537851844@c.us) (The `@c.us` is optional) """
    subject: str
    """ - The subject of the ticket """
    assignee: str | Unset = UNSET
    """ - The assignee of the ticket """
    quoted_message_id: str | Unset = UNSET
    """ - The Quoted Message ID """
    due_date: str | Unset = UNSET
    """ - The due date of the ticket """
    priority: int | Unset = UNSET
    """ - The priority number of the ticket
     - Default 1
     - Only accepts values 1, 2, 3, 4 """
    labels: str | Unset = UNSET
    """ - Labels for the tickets """
    status: TicketStatus | Unset = UNSET
    """ Values outside this list are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        chat_id = self.chat_id
        field_dict["chat_id"] = chat_id
        subject = self.subject
        field_dict["subject"] = subject
        assignee = self.assignee
        if not isinstance(assignee, Unset):
            field_dict["assignee"] = assignee
        quoted_message_id = self.quoted_message_id
        if not isinstance(quoted_message_id, Unset):
            field_dict["quoted_message_id"] = quoted_message_id
        due_date = self.due_date
        if not isinstance(due_date, Unset):
            field_dict["due_date"] = due_date
        priority = self.priority
        if not isinstance(priority, Unset):
            field_dict["priority"] = priority
        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = labels
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
            raise exc.within_model("CreateTicketBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateTicketBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CreateTicketBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "chat_id" not in d:
            raise DecodePathError("chat_id", "missing required key")
        chat_id = d["chat_id"]
        if not isinstance(chat_id, str):
            raise wrong_type("chat_id", chat_id, "str")

        if "subject" not in d:
            raise DecodePathError("subject", "missing required key")
        subject = d["subject"]
        if not isinstance(subject, str):
            raise wrong_type("subject", subject, "str")

        assignee = get("assignee", UNSET)
        if assignee is not UNSET:
            if not isinstance(assignee, str):
                raise wrong_type("assignee", assignee, "str")

        quoted_message_id = get("quoted_message_id", UNSET)
        if quoted_message_id is not UNSET:
            if not isinstance(quoted_message_id, str):
                raise wrong_type("quoted_message_id", quoted_message_id, "str")

        due_date = get("due_date", UNSET)
        if due_date is not UNSET:
            if not isinstance(due_date, str):
                raise wrong_type("due_date", due_date, "str")

        priority = get("priority", UNSET)
        if priority is not UNSET:
            if priority.__class__ is not int:
                priority = as_int(priority, "priority")

        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        status = get("status", UNSET)
        if status is not UNSET:
            try:
                status = TicketStatus.decode(status)
            except (TypeError, ValueError):
                raise bad_value("status", status, "TicketStatus") from None

        create_ticket_body = cls(
            chat_id,
            subject,
            assignee,
            quoted_message_id,
            due_date,
            priority,
            labels,
            status,
        )
        create_ticket_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_ticket_body

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
