# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMessage")


_WIRE_KEYS = frozenset(
    (
        "body",
        "chat_id",
        "org_phone",
        "timestamp",
        "media_path",
        "message_id",
        "sender_name",
        "performed_by",
        "sender_phone",
    )
)


@_attrs_define
class TicketMessage:
    """A message a ticket was raised from or has attached."""

    body: None | str | Unset = UNSET
    chat_id: str | Unset = UNSET
    org_phone: str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    media_path: None | str | Unset = UNSET
    message_id: str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    performed_by: None | str | Unset = UNSET
    sender_phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        chat_id = self.chat_id

        org_phone = self.org_phone

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        media_path: None | str | Unset
        if isinstance(self.media_path, Unset):
            media_path = UNSET
        else:
            media_path = self.media_path

        message_id = self.message_id

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        performed_by: None | str | Unset
        if isinstance(self.performed_by, Unset):
            performed_by = UNSET
        else:
            performed_by = self.performed_by

        sender_phone: None | str | Unset
        if isinstance(self.sender_phone, Unset):
            sender_phone = UNSET
        else:
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"TicketMessage: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TicketMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketMessage", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        body = get("body", UNSET)

        chat_id = get("chat_id", UNSET)

        org_phone = get("org_phone", UNSET)

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or _timestamp is UNSET:
            timestamp = _timestamp
        else:
            if not (isinstance(_timestamp, (str, int, float))):
                raise TypeError(f"timestamp: unexpected {type(_timestamp).__name__}")
            timestamp_type_0 = parse_timestamp(_timestamp)

            timestamp = timestamp_type_0

        media_path = get("media_path", UNSET)

        message_id = get("message_id", UNSET)

        sender_name = get("sender_name", UNSET)

        performed_by = get("performed_by", UNSET)

        sender_phone = get("sender_phone", UNSET)

        ticket_message = cls(
            body,
            chat_id,
            org_phone,
            timestamp,
            media_path,
            message_id,
            sender_name,
            performed_by,
            sender_phone,
        )

        ticket_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket_message

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
