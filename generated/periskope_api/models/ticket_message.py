# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "body": "body",
    "chat_id": "chat_id",
    "org_phone": "org_phone",
    "timestamp": "timestamp",
    "media_path": "media_path",
    "message_id": "message_id",
    "sender_name": "sender_name",
    "performed_by": "performed_by",
    "sender_phone": "sender_phone",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class TicketMessage:
    """A message a ticket was raised from or has attached."""

    body: str | None = None
    chat_id: str | None = None
    org_phone: str | None = None
    timestamp: datetime.datetime | None = None
    media_path: str | None = None
    message_id: str | None = None
    sender_name: str | None = None
    performed_by: str | None = None
    sender_phone: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        body = self.body
        if body is not None:
            field_dict["body"] = body
        elif "body" not in absent:
            field_dict["body"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" not in absent:
            field_dict["timestamp"] = None
        media_path = self.media_path
        if media_path is not None:
            field_dict["media_path"] = media_path
        elif "media_path" not in absent:
            field_dict["media_path"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        sender_name = self.sender_name
        if sender_name is not None:
            field_dict["sender_name"] = sender_name
        elif "sender_name" not in absent:
            field_dict["sender_name"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        sender_phone = self.sender_phone
        if sender_phone is not None:
            field_dict["sender_phone"] = sender_phone
        elif "sender_phone" not in absent:
            field_dict["sender_phone"] = None
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
            raise exc.within_model("TicketMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TicketMessage", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "TicketMessage")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        timestamp = get("timestamp")
        if timestamp is not None:
            try:
                timestamp = parse_timestamp(timestamp)
            except (TypeError, ValueError):
                raise bad_value("timestamp", timestamp, "a timestamp") from None

        media_path = get("media_path")
        if media_path is not None:
            if not isinstance(media_path, str):
                raise wrong_type("media_path", media_path, "str")

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        sender_name = get("sender_name")
        if sender_name is not None:
            if not isinstance(sender_name, str):
                raise wrong_type("sender_name", sender_name, "str")

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        sender_phone = get("sender_phone")
        if sender_phone is not None:
            if not isinstance(sender_phone, str):
                raise wrong_type("sender_phone", sender_phone, "str")

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
        ticket_message._absent = absent_keys(_WIRE_KEYS, d)
        ticket_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return ticket_message

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
