# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketBody")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "subject",
        "assignee",
        "quoted_message_id",
        "due_date",
        "priority",
        "labels",
        "status",
    )
)


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
        chat_id = self.chat_id

        subject = self.subject

        assignee = self.assignee

        quoted_message_id = self.quoted_message_id

        due_date = self.due_date

        priority = self.priority

        labels = self.labels

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "subject": subject,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if labels is not UNSET:
            field_dict["labels"] = labels
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateTicketBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateTicketBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateTicketBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_id = d["chat_id"]

        subject = d["subject"]

        assignee = get("assignee", UNSET)

        quoted_message_id = get("quoted_message_id", UNSET)

        due_date = get("due_date", UNSET)

        priority = get("priority", UNSET)

        labels = get("labels", UNSET)

        _status = get("status", UNSET)
        status: TicketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketStatus.decode(_status)

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
