# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAiSettings")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "is_agent_allowed",
        "is_flagging_allowed",
    )
)


@_attrs_define
class ChatAiSettings:
    """The AI permissions of a chat."""

    chat_id: str | Unset = UNSET
    is_agent_allowed: bool | Unset = UNSET
    """ Whether the AI agent may reply to messages. """
    is_flagging_allowed: bool | Unset = UNSET
    """ Whether AI flagging may flag messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        is_agent_allowed = self.is_agent_allowed

        is_flagging_allowed = self.is_flagging_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if is_agent_allowed is not UNSET:
            field_dict["is_agent_allowed"] = is_agent_allowed
        if is_flagging_allowed is not UNSET:
            field_dict["is_flagging_allowed"] = is_flagging_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatAiSettings: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatAiSettings") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAiSettings", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_id = get("chat_id", UNSET)

        is_agent_allowed = get("is_agent_allowed", UNSET)

        is_flagging_allowed = get("is_flagging_allowed", UNSET)

        chat_ai_settings = cls(
            chat_id,
            is_agent_allowed,
            is_flagging_allowed,
        )

        chat_ai_settings.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_ai_settings

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
