# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatusMessage")


_WIRE_KEYS = frozenset(
    (
        "body",
        "type",
        "quoted_message_id",
    )
)


@_attrs_define
class MessageStatusMessage:
    """What was sent."""

    body: None | str | Unset = UNSET
    type_: MessageType | None | Unset = UNSET
    quoted_message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MessageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        quoted_message_id: None | str | Unset
        if isinstance(self.quoted_message_id, Unset):
            quoted_message_id = UNSET
        else:
            quoted_message_id = self.quoted_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageStatusMessage: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageStatusMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageStatusMessage", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        body = get("body", UNSET)

        _type_ = get("type", UNSET)
        type_: MessageType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = MessageType.decode(_type_)

            type_ = type_type_1

        quoted_message_id = get("quoted_message_id", UNSET)

        message_status_message = cls(
            body,
            type_,
            quoted_message_id,
        )

        message_status_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_status_message

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
