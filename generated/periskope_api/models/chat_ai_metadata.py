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

from ..models.chat_ai_metadata_activation_state import ChatAiMetadataActivationState

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "is_active": "is_active",
    "snooze_until": "snooze_until",
    "activation_state": "activation_state",
    "is_agent_allowed": "is_agent_allowed",
    "is_flagging_allowed": "is_flagging_allowed",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ChatAiMetadata:
    """The AI agent's state in a chat."""

    is_active: bool | None = None
    snooze_until: datetime.datetime | None = None
    activation_state: ChatAiMetadataActivationState | None = None
    is_agent_allowed: bool | None = None
    is_flagging_allowed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        is_active = self.is_active
        if is_active is not None:
            field_dict["is_active"] = is_active
        elif "is_active" not in absent:
            field_dict["is_active"] = None
        snooze_until = self.snooze_until
        if snooze_until is not None:
            field_dict["snooze_until"] = snooze_until.isoformat()
        elif "snooze_until" not in absent:
            field_dict["snooze_until"] = None
        activation_state = self.activation_state
        if activation_state is not None:
            field_dict["activation_state"] = activation_state.value
        elif "activation_state" not in absent:
            field_dict["activation_state"] = None
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
            raise exc.within_model("ChatAiMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAiMetadata", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ChatAiMetadata")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        is_active = get("is_active")
        if is_active is not None:
            if is_active.__class__ is not bool:
                raise wrong_type("is_active", is_active, "bool")

        snooze_until = get("snooze_until")
        if snooze_until is not None:
            try:
                snooze_until = parse_timestamp(snooze_until)
            except (TypeError, ValueError):
                raise bad_value("snooze_until", snooze_until, "a timestamp") from None

        activation_state = get("activation_state")
        if activation_state is not None:
            try:
                activation_state = ChatAiMetadataActivationState.decode(activation_state)
            except (TypeError, ValueError):
                raise bad_value("activation_state", activation_state, "ChatAiMetadataActivationState") from None

        is_agent_allowed = get("is_agent_allowed")
        if is_agent_allowed is not None:
            if is_agent_allowed.__class__ is not bool:
                raise wrong_type("is_agent_allowed", is_agent_allowed, "bool")

        is_flagging_allowed = get("is_flagging_allowed")
        if is_flagging_allowed is not None:
            if is_flagging_allowed.__class__ is not bool:
                raise wrong_type("is_flagging_allowed", is_flagging_allowed, "bool")

        chat_ai_metadata = cls(
            is_active,
            snooze_until,
            activation_state,
            is_agent_allowed,
            is_flagging_allowed,
        )
        chat_ai_metadata._absent = absent_keys(_WIRE_KEYS, d)
        chat_ai_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_ai_metadata

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
