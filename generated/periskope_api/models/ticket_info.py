# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    decode_error,
    decode_list,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.chat_info import ChatInfo
    from ..models.ticket_details import TicketDetails
    from ..models.ticket_message import TicketMessage


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "ticket": "ticket",
    "chat": "chat",
    "message": "message",
    "attached_messages": "attached_messages",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class TicketInfo:
    """A ticket with its chat and messages (get, create and update; the `ticket.*` webhook payload)."""

    ticket: TicketDetails | None = None
    chat: ChatInfo | None = None
    message: TicketMessage | None = None
    attached_messages: list[TicketMessage] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        ticket = self.ticket
        if ticket is not None:
            field_dict["ticket"] = ticket.to_dict()
        elif "ticket" not in absent:
            field_dict["ticket"] = None
        chat = self.chat
        if chat is not None:
            field_dict["chat"] = chat.to_dict()
        elif "chat" not in absent:
            field_dict["chat"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message.to_dict()
        elif "message" not in absent:
            field_dict["message"] = None
        attached_messages = self.attached_messages
        if attached_messages is not None:
            field_dict["attached_messages"] = [item.to_dict() for item in attached_messages]
        elif "attached_messages" not in absent:
            field_dict["attached_messages"] = None
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
            raise exc.within_model("TicketInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketInfo", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "TicketInfo")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        ticket = get("ticket")
        if ticket is not None:
            try:
                ticket = TicketDetails._from_dict(ticket)
            except DecodePathError as exc:
                raise exc.at("ticket") from None

        chat = get("chat")
        if chat is not None:
            try:
                chat = ChatInfo._from_dict(chat)
            except DecodePathError as exc:
                raise exc.at("chat") from None

        message = get("message")
        if message is not None:
            try:
                message = TicketMessage._from_dict(message)
            except DecodePathError as exc:
                raise exc.at("message") from None

        attached_messages = get("attached_messages")
        if attached_messages is not None:
            attached_messages = decode_list(attached_messages, "attached_messages", TicketMessage._from_dict)

        ticket_info = cls(
            ticket,
            chat,
            message,
            attached_messages,
        )
        ticket_info._absent = absent_keys(_WIRE_KEYS, d)
        ticket_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket_info

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


from ..models.chat_info import ChatInfo  # noqa: E402
from ..models.ticket_details import TicketDetails  # noqa: E402
from ..models.ticket_message import TicketMessage  # noqa: E402
