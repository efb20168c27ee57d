# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    author: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    chat_id: None | str | Unset = UNSET
    id: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    notification_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_phone: str | Unset = UNSET
    recipientids: list[str] | None | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        id = self.id

        metadata = self.metadata

        notification_id = self.notification_id

        org_id = self.org_id

        org_phone = self.org_phone

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
        else:
            timestamp = self.timestamp

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if body is not UNSET:
            field_dict["body"] = body
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if recipientids is not UNSET:
            field_dict["recipientids"] = recipientids
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"Notification: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Notification") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("Notification", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_chat_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_id = _parse_chat_id(d.pop("chat_id", UNSET))

        id = d.pop("id", UNSET)

        metadata = d.pop("metadata", UNSET)

        notification_id = d.pop("notification_id", UNSET)

        org_id = d.pop("org_id", UNSET)

        org_phone = d.pop("org_phone", UNSET)

        def _parse_recipientids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"recipientids: unexpected {type(data).__name__}")
            recipientids_type_0 = cast(list[str], data)

            return recipientids_type_0

        recipientids = _parse_recipientids(d.pop("recipientids", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        notification = cls(
            author=author,
            body=body,
            chat_id=chat_id,
            id=id,
            metadata=metadata,
            notification_id=notification_id,
            org_id=org_id,
            org_phone=org_phone,
            recipientids=recipientids,
            timestamp=timestamp,
            type_=type_,
            unique_id=unique_id,
        )

        notification.additional_properties = d
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
