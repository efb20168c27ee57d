# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "chat_id": "chat_id",
    "is_agent_allowed": "is_agent_allowed",
    "is_flagging_allowed": "is_flagging_allowed",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ChatAiSettings:
    """The AI permissions of a chat."""

    chat_id: str | None = None
    is_agent_allowed: bool | None = None
    """ Whether the AI agent may reply to messages. """
    is_flagging_allowed: bool | None = None
    """ Whether AI flagging may flag messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        is_agent_allowed = self.is_agent_allowed
        if is_agent_allowed is not None:
            field_dict["is_agent_allowed"] = is_agent_allowed
        elif "is_agent_allowed" not in absent:
            field_dict["is_agent_allowed"] = None
        is_flagging_allowed = self.is_flagging_allowed
        if is_flagging_allowed is not None:
            field_dict["is_flagging_allowed"] = is_flagging_allowed
        elif "is_flagging_allowed" not in absent:
            field_dict["is_flagging_allowed"] = None
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
            raise exc.within_model("ChatAiSettings") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAiSettings", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ChatAiSettings")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        is_agent_allowed = get("is_agent_allowed")
        if is_agent_allowed is not None:
            if is_agent_allowed.__class__ is not bool:
                raise wrong_type("is_agent_allowed", is_agent_allowed, "bool")

        is_flagging_allowed = get("is_flagging_allowed")
        if is_flagging_allowed is not None:
            if is_flagging_allowed.__class__ is not bool:
                raise wrong_type("is_flagging_allowed", is_flagging_allowed, "bool")

        chat_ai_settings = cls(
            chat_id,
            is_agent_allowed,
            is_flagging_allowed,
        )
        chat_ai_settings._absent = absent_keys(_WIRE_KEYS, d)
        chat_ai_settings.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_ai_settings

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
