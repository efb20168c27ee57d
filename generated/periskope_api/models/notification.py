# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.group_notification_type import GroupNotificationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_key import MessageKey


T = TypeVar("T", bound="Notification")


_WIRE_KEYS = frozenset(
    (
        "notification_id",
        "org_id",
        "org_phone",
        "chat_id",
        "author",
        "body",
        "type",
        "recipientids",
        "timestamp",
        "metadata",
        "unique_id",
        "id",
    )
)


@_attrs_define
class Notification:
    """A group notification (joins, leaves, setting changes)."""

    notification_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_phone: str | Unset = UNSET
    chat_id: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    type_: GroupNotificationType | None | Unset = UNSET
    recipientids: list[str] | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    id: MessageKey | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        org_id = self.org_id

        org_phone = self.org_phone

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, GroupNotificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        recipientids: list[str] | None | Unset
        if isinstance(self.recipientids, Unset):
            recipientids = UNSET
        elif isinstance(self.recipientids, list):
            recipientids = self.recipientids

        else:
            recipientids = self.recipientids

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        metadata = self.metadata

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, MessageKey):
            id = self.id.to_dict()
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if author is not UNSET:
            field_dict["author"] = author
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_
        if recipientids is not UNSET:
            field_dict["recipientids"] = recipientids
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Notification: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Notification") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Notification", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        notification_id = get("notification_id", UNSET)

        org_id = get("org_id", UNSET)

        org_phone = get("org_phone", UNSET)

        chat_id = get("chat_id", UNSET)

        author = get("author", UNSET)

        body = get("body", UNSET)

        _type_ = get("type", UNSET)
        type_: GroupNotificationType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = GroupNotificationType.decode(_type_)

            type_ = type_type_1

        _recipientids = get("recipientids", UNSET)
        recipientids: list[str] | None | Unset
        if _recipientids is None or _recipientids is UNSET:
            recipientids = _recipientids
        else:
            if not (isinstance(_recipientids, list)):
                raise TypeError(f"recipientids: unexpected {type(_recipientids).__name__}")
            recipientids_type_0 = cast(list[str], _recipientids)

            recipientids = recipientids_type_0

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or _timestamp is UNSET:
            timestamp = _timestamp
        else:
            if not (isinstance(_timestamp, (str, int, float))):
                raise TypeError(f"timestamp: unexpected {type(_timestamp).__name__}")
            timestamp_type_0 = parse_timestamp(_timestamp)

            timestamp = timestamp_type_0

        metadata = get("metadata", UNSET)

        unique_id = get("unique_id", UNSET)

        _id = get("id", UNSET)
        id: MessageKey | None | Unset
        if _id is None or _id is UNSET:
            id = _id
        else:
            if not (isinstance(_id, dict)):
                raise TypeError(f"id: unexpected {type(_id).__name__}")
            id_type_1 = MessageKey.from_dict(_id)

            id = id_type_1

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

        notification.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return notification

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
