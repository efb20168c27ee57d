# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.ticket_status import TicketStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat import Chat
    from ..models.message import Message
    from ..models.ticket_freshdesk_metadata import TicketFreshdeskMetadata
    from ..models.ticket_hubspot_metadata_type_0 import TicketHubspotMetadataType0
    from ..models.ticket_label_ids import TicketLabelIds


T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    assigned_by: None | str | Unset = UNSET
    assignee: None | str | Unset = UNSET
    chat_id: str | Unset = UNSET
    closed_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_properties: Any | Unset = UNSET
    due_date: None | str | Unset = UNSET
    first_assigned_at: None | str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    last_updated_at: str | Unset = UNSET
    last_updated_by: None | str | Unset = UNSET
    org_id: str | Unset = UNSET
    priority: float | None | Unset = UNSET
    quoted_message_id: None | str | Unset = UNSET
    raised_by: None | str | Unset = UNSET
    response_time: float | None | Unset = UNSET
    status: TicketStatus | Unset = UNSET
    subject: str | Unset = UNSET
    ticket_id: str | Unset = UNSET
    zohodesk_metadata: Any | Unset = UNSET
    label_ids: TicketLabelIds | Unset = UNSET
    hubspot_metadata: None | TicketHubspotMetadataType0 | Unset = UNSET
    freshdesk_metadata: TicketFreshdeskMetadata | Unset = UNSET
    close_ticket_metadata: Any | Unset = UNSET
    chat: Chat | Unset = UNSET
    quoted_message: Message | Unset = UNSET
    """ A WhatsApp message (the message object). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ticket_hubspot_metadata_type_0 import TicketHubspotMetadataType0  # noqa: PLC0415

        assigned_by: None | str | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        else:
            assigned_by = self.assigned_by

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        chat_id = self.chat_id

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        created_at = self.created_at

        custom_properties = self.custom_properties

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        first_assigned_at: None | str | Unset
        if isinstance(self.first_assigned_at, Unset):
            first_assigned_at = UNSET
        else:
            first_assigned_at = self.first_assigned_at

        is_deleted = self.is_deleted

        last_updated_at = self.last_updated_at

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        org_id = self.org_id

        priority: float | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        quoted_message_id: None | str | Unset
        if isinstance(self.quoted_message_id, Unset):
            quoted_message_id = UNSET
        else:
            quoted_message_id = self.quoted_message_id

        raised_by: None | str | Unset
        if isinstance(self.raised_by, Unset):
            raised_by = UNSET
        else:
            raised_by = self.raised_by

        response_time: float | None | Unset
        if isinstance(self.response_time, Unset):
            response_time = UNSET
        else:
            response_time = self.response_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject = self.subject

        ticket_id = self.ticket_id

        zohodesk_metadata = self.zohodesk_metadata

        label_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids.to_dict()

        hubspot_metadata: dict[str, Any] | None | Unset
        if isinstance(self.hubspot_metadata, Unset):
            hubspot_metadata = UNSET
        elif isinstance(self.hubspot_metadata, TicketHubspotMetadataType0):
            hubspot_metadata = self.hubspot_metadata.to_dict()
        else:
            hubspot_metadata = self.hubspot_metadata

        freshdesk_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freshdesk_metadata, Unset):
            freshdesk_metadata = self.freshdesk_metadata.to_dict()

        close_ticket_metadata = self.close_ticket_metadata

        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        quoted_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quoted_message, Unset):
            quoted_message = self.quoted_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if first_assigned_at is not UNSET:
            field_dict["first_assigned_at"] = first_assigned_at
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by
        if response_time is not UNSET:
            field_dict["response_time"] = response_time
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if zohodesk_metadata is not UNSET:
            field_dict["zohodesk_metadata"] = zohodesk_metadata
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if hubspot_metadata is not UNSET:
            field_dict["hubspot_metadata"] = hubspot_metadata
        if freshdesk_metadata is not UNSET:
            field_dict["freshdesk_metadata"] = freshdesk_metadata
        if close_ticket_metadata is not UNSET:
            field_dict["close_ticket_metadata"] = close_ticket_metadata
        if chat is not UNSET:
            field_dict["chat"] = chat
        if quoted_message is not UNSET:
            field_dict["quoted_message"] = quoted_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"Ticket: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Ticket") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("Ticket", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat import Chat  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415
        from ..models.ticket_freshdesk_metadata import TicketFreshdeskMetadata  # noqa: PLC0415
        from ..models.ticket_hubspot_metadata_type_0 import TicketHubspotMetadataType0  # noqa: PLC0415
        from ..models.ticket_label_ids import TicketLabelIds  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_assigned_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_by = _parse_assigned_by(d.pop("assigned_by", UNSET))

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        chat_id = d.pop("chat_id", UNSET)

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        created_at = d.pop("created_at", UNSET)

        custom_properties = d.pop("custom_properties", UNSET)

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_first_assigned_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_assigned_at = _parse_first_assigned_at(d.pop("first_assigned_at", UNSET))

        is_deleted = d.pop("is_deleted", UNSET)

        last_updated_at = d.pop("last_updated_at", UNSET)

        def _parse_last_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_updated_by = _parse_last_updated_by(d.pop("last_updated_by", UNSET))

        org_id = d.pop("org_id", UNSET)

        def _parse_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_quoted_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quoted_message_id = _parse_quoted_message_id(d.pop("quoted_message_id", UNSET))

        def _parse_raised_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raised_by = _parse_raised_by(d.pop("raised_by", UNSET))

        def _parse_response_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        response_time = _parse_response_time(d.pop("response_time", UNSET))

        _status = d.pop("status", UNSET)
        status: TicketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketStatus(_status)

        subject = d.pop("subject", UNSET)

        ticket_id = d.pop("ticket_id", UNSET)

        zohodesk_metadata = d.pop("zohodesk_metadata", UNSET)

        _label_ids = d.pop("label_ids", UNSET)
        label_ids: TicketLabelIds | Unset
        if isinstance(_label_ids, Unset):
            label_ids = UNSET
        else:
            label_ids = TicketLabelIds.from_dict(_label_ids)

        def _parse_hubspot_metadata(data: object) -> None | TicketHubspotMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"hubspot_metadata: unexpected {type(data).__name__}")
            hubspot_metadata_type_0 = TicketHubspotMetadataType0.from_dict(data)

            return hubspot_metadata_type_0

        hubspot_metadata = _parse_hubspot_metadata(d.pop("hubspot_metadata", UNSET))

        _freshdesk_metadata = d.pop("freshdesk_metadata", UNSET)
        freshdesk_metadata: TicketFreshdeskMetadata | Unset
        if isinstance(_freshdesk_metadata, Unset):
            freshdesk_metadata = UNSET
        else:
            freshdesk_metadata = TicketFreshdeskMetadata.from_dict(_freshdesk_metadata)

        close_ticket_metadata = d.pop("close_ticket_metadata", UNSET)

        _chat = d.pop("chat", UNSET)
        chat: Chat | Unset
        if isinstance(_chat, Unset):
            chat = UNSET
        else:
            chat = Chat.from_dict(_chat)

        _quoted_message = d.pop("quoted_message", UNSET)
        quoted_message: Message | Unset
        if isinstance(_quoted_message, Unset):
            quoted_message = UNSET
        else:
            quoted_message = Message.from_dict(_quoted_message)

        ticket = cls(
            assigned_by=assigned_by,
            assignee=assignee,
            chat_id=chat_id,
            closed_at=closed_at,
            created_at=created_at,
            custom_properties=custom_properties,
            due_date=due_date,
            first_assigned_at=first_assigned_at,
            is_deleted=is_deleted,
            last_updated_at=last_updated_at,
            last_updated_by=last_updated_by,
            org_id=org_id,
            priority=priority,
            quoted_message_id=quoted_message_id,
            raised_by=raised_by,
            response_time=response_time,
            status=status,
            subject=subject,
            ticket_id=ticket_id,
            zohodesk_metadata=zohodesk_metadata,
            label_ids=label_ids,
            hubspot_metadata=hubspot_metadata,
            freshdesk_metadata=freshdesk_metadata,
            close_ticket_metadata=close_ticket_metadata,
            chat=chat,
            quoted_message=quoted_message,
        )

        ticket.additional_properties = d
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
