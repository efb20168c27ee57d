# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

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
    str_list,
    to_json,
    wrong_type,
)

from ..models.group_notification_type import GroupNotificationType

if TYPE_CHECKING:
    from ..models.message_key import MessageKey


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "notification_id": "notification_id",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "chat_id": "chat_id",
    "author": "author",
    "body": "body",
    "type": "type_",
    "recipientids": "recipientids",
    "timestamp": "timestamp",
    "metadata": "metadata",
    "unique_id": "unique_id",
    "id": "id",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Notification:
    """A group notification (joins, leaves, setting changes)."""

    notification_id: str | None = None
    org_id: str | None = None
    org_phone: str | None = None
    chat_id: str | None = None
    author: str | None = None
    body: str | None = None
    type_: GroupNotificationType | None = None
    recipientids: list[str] | None = None
    timestamp: datetime.datetime | None = None
    metadata: Any | None = None
    unique_id: str | None = None
    id: MessageKey | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        notification_id = self.notification_id
        if notification_id is not None:
            field_dict["notification_id"] = notification_id
        elif "notification_id" not in absent:
            field_dict["notification_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        author = self.author
        if author is not None:
            field_dict["author"] = author
        elif "author" not in absent:
            field_dict["author"] = None
        body = self.body
        if body is not None:
            field_dict["body"] = body
        elif "body" not in absent:
            field_dict["body"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        recipientids = self.recipientids
        if recipientids is not None:
            field_dict["recipientids"] = recipientids
        elif "recipientids" not in absent:
            field_dict["recipientids"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" not in absent:
            field_dict["timestamp"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata
        elif "metadata" not in absent:
            field_dict["metadata"] = None
        unique_id = self.unique_id
        if unique_id is not None:
            field_dict["unique_id"] = unique_id
        elif "unique_id" not in absent:
            field_dict["unique_id"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id.to_dict()
        elif "id" not in absent:
            field_dict["id"] = None
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
            raise exc.within_model("Notification") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Notification", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Notification")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        notification_id = get("notification_id")
        if notification_id is not None:
            if not isinstance(notification_id, str):
                raise wrong_type("notification_id", notification_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        author = get("author")
        if author is not None:
            if not isinstance(author, str):
                raise wrong_type("author", author, "str")

        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = GroupNotificationType.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "GroupNotificationType") from None

        recipientids = get("recipientids")
        if recipientids is not None:
            recipientids = str_list(recipientids, "recipientids")

        timestamp = get("timestamp")
        if timestamp is not None:
            try:
                timestamp = parse_timestamp(timestamp)
            except (TypeError, ValueError):
                raise bad_value("timestamp", timestamp, "a timestamp") from None

        metadata = get("metadata")
        unique_id = get("unique_id")
        if unique_id is not None:
            if not isinstance(unique_id, str):
                raise wrong_type("unique_id", unique_id, "str")

        id = get("id")
        if id is not None:
            try:
                id = MessageKey._from_dict(id)
            except DecodePathError as exc:
                raise exc.at("id") from None

        notification = cls(
            notification_id,
            org_id,
            org_phone,
            chat_id,
            author,
            body,
            type_,
            recipientids,
            timestamp,
            metadata,
            unique_id,
            id,
        )
        notification._absent = absent_keys(_WIRE_KEYS, d)
        notification.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return notification

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


from ..models.message_key import MessageKey  # noqa: E402
