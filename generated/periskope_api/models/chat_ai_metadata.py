# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.chat_ai_metadata_activation_state import ChatAiMetadataActivationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAiMetadata")


_WIRE_KEYS = frozenset(
    (
        "is_active",
        "snooze_until",
        "activation_state",
        "is_agent_allowed",
        "is_flagging_allowed",
    )
)


@_attrs_define
class ChatAiMetadata:
    """The AI agent's state in a chat."""

    is_active: bool | Unset = UNSET
    snooze_until: datetime.datetime | None | Unset = UNSET
    activation_state: ChatAiMetadataActivationState | Unset = UNSET
    is_agent_allowed: bool | Unset = UNSET
    is_flagging_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        snooze_until: None | str | Unset
        if isinstance(self.snooze_until, Unset):
            snooze_until = UNSET
        elif isinstance(self.snooze_until, datetime.datetime):
            snooze_until = self.snooze_until.isoformat()
        else:
            snooze_until = self.snooze_until

        activation_state: str | Unset = UNSET
        if not isinstance(self.activation_state, Unset):
            activation_state = self.activation_state.value

        is_agent_allowed = self.is_agent_allowed

        is_flagging_allowed = self.is_flagging_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if snooze_until is not UNSET:
            field_dict["snooze_until"] = snooze_until
        if activation_state is not UNSET:
            field_dict["activation_state"] = activation_state
        if is_agent_allowed is not UNSET:
            field_dict["is_agent_allowed"] = is_agent_allowed
        if is_flagging_allowed is not UNSET:
            field_dict["is_flagging_allowed"] = is_flagging_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatAiMetadata: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatAiMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAiMetadata", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        is_active = get("is_active", UNSET)

        _snooze_until = get("snooze_until", UNSET)
        snooze_until: datetime.datetime | None | Unset
        if _snooze_until is None or _snooze_until is UNSET:
            snooze_until = _snooze_until
        else:
            if not (isinstance(_snooze_until, (str, int, float))):
                raise TypeError(f"snooze_until: unexpected {type(_snooze_until).__name__}")
            snooze_until_type_0 = parse_timestamp(_snooze_until)

            snooze_until = snooze_until_type_0

        _activation_state = get("activation_state", UNSET)
        activation_state: ChatAiMetadataActivationState | Unset
        if isinstance(_activation_state, Unset):
            activation_state = UNSET
        else:
            activation_state = ChatAiMetadataActivationState.decode(_activation_state)

        is_agent_allowed = get("is_agent_allowed", UNSET)

        is_flagging_allowed = get("is_flagging_allowed", UNSET)

        chat_ai_metadata = cls(
            is_active,
            snooze_until,
            activation_state,
            is_agent_allowed,
            is_flagging_allowed,
        )

        chat_ai_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_ai_metadata

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
