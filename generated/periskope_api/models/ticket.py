# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_map import BooleanMap
    from ..models.chat import Chat
    from ..models.close_ticket_metadata import CloseTicketMetadata
    from ..models.hubspot_metadata import HubspotMetadata
    from ..models.json_object import JsonObject
    from ..models.message import Message
    from ..models.string_map import StringMap


T = TypeVar("T", bound="Ticket")


_WIRE_KEYS = frozenset(
    (
        "ticket_id",
        "org_id",
        "chat_id",
        "subject",
        "status",
        "priority",
        "assignee",
        "assigned_by",
        "raised_by",
        "due_date",
        "created_at",
        "closed_at",
        "first_assigned_at",
        "last_updated_at",
        "last_updated_by",
        "response_time",
        "is_deleted",
        "quoted_message_id",
        "custom_properties",
        "label_ids",
        "labels",
        "hubspot_metadata",
        "freshdesk_metadata",
        "zohodesk_metadata",
        "close_ticket_metadata",
        "chat",
        "quoted_message",
    )
)


@_attrs_define
class Ticket:
    """A ticket, as listed by GET /tickets."""

    ticket_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    status: None | TicketStatus | Unset = UNSET
    priority: None | TicketPriority | Unset = UNSET
    assignee: None | str | Unset = UNSET
    """ Member email. """
    assigned_by: None | str | Unset = UNSET
    raised_by: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    first_assigned_at: datetime.datetime | None | Unset = UNSET
    last_updated_at: datetime.datetime | None | Unset = UNSET
    last_updated_by: None | str | Unset = UNSET
    response_time: float | None | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    quoted_message_id: None | str | Unset = UNSET
    custom_properties: None | StringMap | Unset = UNSET
    label_ids: BooleanMap | None | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    """ Label names. """
    hubspot_metadata: HubspotMetadata | None | Unset = UNSET
    freshdesk_metadata: JsonObject | None | Unset = UNSET
    zohodesk_metadata: JsonObject | None | Unset = UNSET
    close_ticket_metadata: CloseTicketMetadata | None | Unset = UNSET
    chat: Chat | None | Unset = UNSET
    quoted_message: Message | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_id = self.ticket_id

        org_id = self.org_id

        chat_id = self.chat_id

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

        first_assigned_at: None | str | Unset
        if isinstance(self.first_assigned_at, Unset):
            first_assigned_at = UNSET
        elif isinstance(self.first_assigned_at, datetime.datetime):
            first_assigned_at = self.first_assigned_at.isoformat()
        else:
            first_assigned_at = self.first_assigned_at

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        response_time: float | None | Unset
        if isinstance(self.response_time, Unset):
            response_time = UNSET
        else:
            response_time = self.response_time

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        quoted_message_id: None | str | Unset
        if isinstance(self.quoted_message_id, Unset):
            quoted_message_id = UNSET
        else:
            quoted_message_id = self.quoted_message_id

        custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.custom_properties, Unset):
            custom_properties = UNSET
        elif isinstance(self.custom_properties, StringMap):
            custom_properties = self.custom_properties.to_dict()
        else:
            custom_properties = self.custom_properties

        label_ids: dict[str, Any] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, BooleanMap):
            label_ids = self.label_ids.to_dict()
        else:
            label_ids = self.label_ids

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        hubspot_metadata: dict[str, Any] | None | Unset
        if isinstance(self.hubspot_metadata, Unset):
            hubspot_metadata = UNSET
        elif isinstance(self.hubspot_metadata, HubspotMetadata):
            hubspot_metadata = self.hubspot_metadata.to_dict()
        else:
            hubspot_metadata = self.hubspot_metadata

        freshdesk_metadata: dict[str, Any] | None | Unset
        if isinstance(self.freshdesk_metadata, Unset):
            freshdesk_metadata = UNSET
        elif isinstance(self.freshdesk_metadata, JsonObject):
            freshdesk_metadata = self.freshdesk_metadata.to_dict()
        else:
            freshdesk_metadata = self.freshdesk_metadata

        zohodesk_metadata: dict[str, Any] | None | Unset
        if isinstance(self.zohodesk_metadata, Unset):
            zohodesk_metadata = UNSET
        elif isinstance(self.zohodesk_metadata, JsonObject):
            zohodesk_metadata = self.zohodesk_metadata.to_dict()
        else:
            zohodesk_metadata = self.zohodesk_metadata

        close_ticket_metadata: dict[str, Any] | None | Unset
        if isinstance(self.close_ticket_metadata, Unset):
            close_ticket_metadata = UNSET
        elif isinstance(self.close_ticket_metadata, CloseTicketMetadata):
            close_ticket_metadata = self.close_ticket_metadata.to_dict()
        else:
            close_ticket_metadata = self.close_ticket_metadata

        chat: dict[str, Any] | None | Unset
        if isinstance(self.chat, Unset):
            chat = UNSET
        elif isinstance(self.chat, Chat):
            chat = self.chat.to_dict()
        else:
            chat = self.chat

        quoted_message: dict[str, Any] | None | Unset
        if isinstance(self.quoted_message, Unset):
            quoted_message = UNSET
        elif isinstance(self.quoted_message, Message):
            quoted_message = self.quoted_message.to_dict()
        else:
            quoted_message = self.quoted_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
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
        if first_assigned_at is not UNSET:
            field_dict["first_assigned_at"] = first_assigned_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if response_time is not UNSET:
            field_dict["response_time"] = response_time
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if hubspot_metadata is not UNSET:
            field_dict["hubspot_metadata"] = hubspot_metadata
        if freshdesk_metadata is not UNSET:
            field_dict["freshdesk_metadata"] = freshdesk_metadata
        if zohodesk_metadata is not UNSET:
            field_dict["zohodesk_metadata"] = zohodesk_metadata
        if close_ticket_metadata is not UNSET:
            field_dict["close_ticket_metadata"] = close_ticket_metadata
        if chat is not UNSET:
            field_dict["chat"] = chat
        if quoted_message is not UNSET:
            field_dict["quoted_message"] = quoted_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Ticket: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Ticket") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Ticket", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        ticket_id = get("ticket_id", UNSET)

        org_id = get("org_id", UNSET)

        chat_id = get("chat_id", UNSET)

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

        _first_assigned_at = get("first_assigned_at", UNSET)
        first_assigned_at: datetime.datetime | None | Unset
        if _first_assigned_at is None or _first_assigned_at is UNSET:
            first_assigned_at = _first_assigned_at
        else:
            if not (isinstance(_first_assigned_at, (str, int, float))):
                raise TypeError(f"first_assigned_at: unexpected {type(_first_assigned_at).__name__}")
            first_assigned_at_type_0 = parse_timestamp(_first_assigned_at)

            first_assigned_at = first_assigned_at_type_0

        _last_updated_at = get("last_updated_at", UNSET)
        last_updated_at: datetime.datetime | None | Unset
        if _last_updated_at is None or _last_updated_at is UNSET:
            last_updated_at = _last_updated_at
        else:
            if not (isinstance(_last_updated_at, (str, int, float))):
                raise TypeError(f"last_updated_at: unexpected {type(_last_updated_at).__name__}")
            last_updated_at_type_0 = parse_timestamp(_last_updated_at)

            last_updated_at = last_updated_at_type_0

        last_updated_by = get("last_updated_by", UNSET)

        response_time = get("response_time", UNSET)

        is_deleted = get("is_deleted", UNSET)

        quoted_message_id = get("quoted_message_id", UNSET)

        _custom_properties = get("custom_properties", UNSET)
        custom_properties: None | StringMap | Unset
        if _custom_properties is None or _custom_properties is UNSET:
            custom_properties = _custom_properties
        else:
            if not (isinstance(_custom_properties, dict)):
                raise TypeError(f"custom_properties: unexpected {type(_custom_properties).__name__}")
            custom_properties_type_1 = StringMap.from_dict(_custom_properties)

            custom_properties = custom_properties_type_1

        _label_ids = get("label_ids", UNSET)
        label_ids: BooleanMap | None | Unset
        if _label_ids is None or _label_ids is UNSET:
            label_ids = _label_ids
        else:
            if not (isinstance(_label_ids, dict)):
                raise TypeError(f"label_ids: unexpected {type(_label_ids).__name__}")
            label_ids_type_1 = BooleanMap.from_dict(_label_ids)

            label_ids = label_ids_type_1

        _labels = get("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not (isinstance(_labels, list)):
                raise TypeError(f"labels: unexpected {type(_labels).__name__}")
            labels_type_0 = cast(list[str], _labels)

            labels = labels_type_0

        _hubspot_metadata = get("hubspot_metadata", UNSET)
        hubspot_metadata: HubspotMetadata | None | Unset
        if _hubspot_metadata is None or _hubspot_metadata is UNSET:
            hubspot_metadata = _hubspot_metadata
        else:
            if not (isinstance(_hubspot_metadata, dict)):
                raise TypeError(f"hubspot_metadata: unexpected {type(_hubspot_metadata).__name__}")
            hubspot_metadata_type_1 = HubspotMetadata.from_dict(_hubspot_metadata)

            hubspot_metadata = hubspot_metadata_type_1

        _freshdesk_metadata = get("freshdesk_metadata", UNSET)
        freshdesk_metadata: JsonObject | None | Unset
        if _freshdesk_metadata is None or _freshdesk_metadata is UNSET:
            freshdesk_metadata = _freshdesk_metadata
        else:
            if not (isinstance(_freshdesk_metadata, dict)):
                raise TypeError(f"freshdesk_metadata: unexpected {type(_freshdesk_metadata).__name__}")
            freshdesk_metadata_type_1 = JsonObject.from_dict(_freshdesk_metadata)

            freshdesk_metadata = freshdesk_metadata_type_1

        _zohodesk_metadata = get("zohodesk_metadata", UNSET)
        zohodesk_metadata: JsonObject | None | Unset
        if _zohodesk_metadata is None or _zohodesk_metadata is UNSET:
            zohodesk_metadata = _zohodesk_metadata
        else:
            if not (isinstance(_zohodesk_metadata, dict)):
                raise TypeError(f"zohodesk_metadata: unexpected {type(_zohodesk_metadata).__name__}")
            zohodesk_metadata_type_1 = JsonObject.from_dict(_zohodesk_metadata)

            zohodesk_metadata = zohodesk_metadata_type_1

        _close_ticket_metadata = get("close_ticket_metadata", UNSET)
        close_ticket_metadata: CloseTicketMetadata | None | Unset
        if _close_ticket_metadata is None or _close_ticket_metadata is UNSET:
            close_ticket_metadata = _close_ticket_metadata
        else:
            if not (isinstance(_close_ticket_metadata, dict)):
                raise TypeError(f"close_ticket_metadata: unexpected {type(_close_ticket_metadata).__name__}")
            close_ticket_metadata_type_1 = CloseTicketMetadata.from_dict(_close_ticket_metadata)

            close_ticket_metadata = close_ticket_metadata_type_1

        _chat = get("chat", UNSET)
        chat: Chat | None | Unset
        if _chat is None or _chat is UNSET:
            chat = _chat
        else:
            if not (isinstance(_chat, dict)):
                raise TypeError(f"chat: unexpected {type(_chat).__name__}")
            chat_type_1 = Chat.from_dict(_chat)

            chat = chat_type_1

        _quoted_message = get("quoted_message", UNSET)
        quoted_message: Message | None | Unset
        if _quoted_message is None or _quoted_message is UNSET:
            quoted_message = _quoted_message
        else:
            if not (isinstance(_quoted_message, dict)):
                raise TypeError(f"quoted_message: unexpected {type(_quoted_message).__name__}")
            quoted_message_type_1 = Message.from_dict(_quoted_message)

            quoted_message = quoted_message_type_1

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

        ticket.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket

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
