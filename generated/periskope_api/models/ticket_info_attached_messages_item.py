# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketInfoAttachedMessagesItem")


@_attrs_define
class TicketInfoAttachedMessagesItem:
    body: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    org_phone: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    media_path: str | Unset = UNSET
    message_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    performed_by: str | Unset = UNSET
    sender_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        chat_id = self.chat_id

        org_phone = self.org_phone

        timestamp = self.timestamp

        media_path = self.media_path

        message_id = self.message_id

        sender_name = self.sender_name

        performed_by = self.performed_by

        sender_phone = self.sender_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if media_path is not UNSET:
            field_dict["media_path"] = media_path
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if sender_phone is not UNSET:
            field_dict["sender_phone"] = sender_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketInfoAttachedMessagesItem: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketInfoAttachedMessagesItem") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("TicketInfoAttachedMessagesItem", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        chat_id = d.pop("chat_id", UNSET)

        org_phone = d.pop("org_phone", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        media_path = d.pop("media_path", UNSET)

        message_id = d.pop("message_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        performed_by = d.pop("performed_by", UNSET)

        sender_phone = d.pop("sender_phone", UNSET)

        ticket_info_attached_messages_item = cls(
            body=body,
            chat_id=chat_id,
            org_phone=org_phone,
            timestamp=timestamp,
            media_path=media_path,
            message_id=message_id,
            sender_name=sender_name,
            performed_by=performed_by,
            sender_phone=sender_phone,
        )

        ticket_info_attached_messages_item.additional_properties = d
        return ticket_info_attached_messages_item

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
