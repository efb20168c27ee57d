# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_info import ChatInfo
    from ..models.ticket_info_attached_messages_item import TicketInfoAttachedMessagesItem
    from ..models.ticket_info_message import TicketInfoMessage
    from ..models.ticket_info_ticket import TicketInfoTicket


T = TypeVar("T", bound="TicketInfo")


@_attrs_define
class TicketInfo:
    chat: ChatInfo | Unset = UNSET
    message: TicketInfoMessage | Unset = UNSET
    ticket: TicketInfoTicket | Unset = UNSET
    attached_messages: list[TicketInfoAttachedMessagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket, Unset):
            ticket = self.ticket.to_dict()

        attached_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_messages, Unset):
            attached_messages = []
            for attached_messages_item_data in self.attached_messages:
                attached_messages_item = attached_messages_item_data.to_dict()
                attached_messages.append(attached_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat is not UNSET:
            field_dict["chat"] = chat
        if message is not UNSET:
            field_dict["message"] = message
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if attached_messages is not UNSET:
            field_dict["attached_messages"] = attached_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("TicketInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_info import ChatInfo  # noqa: PLC0415
        from ..models.ticket_info_attached_messages_item import TicketInfoAttachedMessagesItem  # noqa: PLC0415
        from ..models.ticket_info_message import TicketInfoMessage  # noqa: PLC0415
        from ..models.ticket_info_ticket import TicketInfoTicket  # noqa: PLC0415

        d = dict(src_dict)
        _chat = d.pop("chat", UNSET)
        chat: ChatInfo | Unset
        if isinstance(_chat, Unset):
            chat = UNSET
        else:
            chat = ChatInfo.from_dict(_chat)

        _message = d.pop("message", UNSET)
        message: TicketInfoMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = TicketInfoMessage.from_dict(_message)

        _ticket = d.pop("ticket", UNSET)
        ticket: TicketInfoTicket | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = TicketInfoTicket.from_dict(_ticket)

        _attached_messages = d.pop("attached_messages", UNSET)
        attached_messages: list[TicketInfoAttachedMessagesItem] | Unset = UNSET
        if _attached_messages is not UNSET:
            attached_messages = []
            for attached_messages_item_data in _attached_messages:
                attached_messages_item = TicketInfoAttachedMessagesItem.from_dict(attached_messages_item_data)

                attached_messages.append(attached_messages_item)

        ticket_info = cls(
            chat=chat,
            message=message,
            ticket=ticket,
            attached_messages=attached_messages,
        )

        ticket_info.additional_properties = d
        return ticket_info

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
