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
    from ..models.ticket_details import TicketDetails
    from ..models.ticket_message import TicketMessage


T = TypeVar("T", bound="TicketInfo")


_WIRE_KEYS = frozenset(
    (
        "ticket",
        "chat",
        "message",
        "attached_messages",
    )
)


@_attrs_define
class TicketInfo:
    """A ticket with its chat and messages (get, create and update; the `ticket.*` webhook payload)."""

    ticket: None | TicketDetails | Unset = UNSET
    chat: ChatInfo | None | Unset = UNSET
    message: None | TicketMessage | Unset = UNSET
    attached_messages: list[TicketMessage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket: dict[str, Any] | None | Unset
        if isinstance(self.ticket, Unset):
            ticket = UNSET
        elif isinstance(self.ticket, TicketDetails):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket

        chat: dict[str, Any] | None | Unset
        if isinstance(self.chat, Unset):
            chat = UNSET
        elif isinstance(self.chat, ChatInfo):
            chat = self.chat.to_dict()
        else:
            chat = self.chat

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, TicketMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        attached_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.attached_messages, Unset):
            attached_messages = UNSET
        elif isinstance(self.attached_messages, list):
            attached_messages = []
            for attached_messages_type_0_item_data in self.attached_messages:
                attached_messages_type_0_item = attached_messages_type_0_item_data.to_dict()
                attached_messages.append(attached_messages_type_0_item)

        else:
            attached_messages = self.attached_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket
        if chat is not UNSET:
            field_dict["chat"] = chat
        if message is not UNSET:
            field_dict["message"] = message
        if attached_messages is not UNSET:
            field_dict["attached_messages"] = attached_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _ticket = get("ticket", UNSET)
        ticket: None | TicketDetails | Unset
        if _ticket is None or _ticket is UNSET:
            ticket = _ticket
        else:
            if not (isinstance(_ticket, dict)):
                raise TypeError(f"ticket: unexpected {type(_ticket).__name__}")
            ticket_type_1 = TicketDetails.from_dict(_ticket)

            ticket = ticket_type_1

        _chat = get("chat", UNSET)
        chat: ChatInfo | None | Unset
        if _chat is None or _chat is UNSET:
            chat = _chat
        else:
            if not (isinstance(_chat, dict)):
                raise TypeError(f"chat: unexpected {type(_chat).__name__}")
            chat_type_1 = ChatInfo.from_dict(_chat)

            chat = chat_type_1

        _message = get("message", UNSET)
        message: None | TicketMessage | Unset
        if _message is None or _message is UNSET:
            message = _message
        else:
            if not (isinstance(_message, dict)):
                raise TypeError(f"message: unexpected {type(_message).__name__}")
            message_type_1 = TicketMessage.from_dict(_message)

            message = message_type_1

        _attached_messages = get("attached_messages", UNSET)
        attached_messages: list[TicketMessage] | None | Unset
        if _attached_messages is None or _attached_messages is UNSET:
            attached_messages = _attached_messages
        else:
            if not (isinstance(_attached_messages, list)):
                raise TypeError(f"attached_messages: unexpected {type(_attached_messages).__name__}")
            attached_messages_type_0 = []
            _attached_messages_type_0 = _attached_messages
            for attached_messages_type_0_item_data in _attached_messages_type_0:
                attached_messages_type_0_item = TicketMessage.from_dict(attached_messages_type_0_item_data)

                attached_messages_type_0.append(attached_messages_type_0_item)

            attached_messages = attached_messages_type_0

        ticket_info = cls(
            ticket,
            chat,
            message,
            attached_messages,
        )

        ticket_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
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


from ..models.chat_info import ChatInfo  # noqa: E402
from ..models.ticket_details import TicketDetails  # noqa: E402
from ..models.ticket_message import TicketMessage  # noqa: E402
