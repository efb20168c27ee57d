# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollOptionsType0")


_WIRE_KEYS = frozenset(
    (
        "allowMultipleAnswers",
        "pollId",
        "messageSecret",
    )
)


@_attrs_define
class PollOptionsType0:
    allow_multiple_answers: bool | Unset = UNSET
    poll_id: str | Unset = UNSET
    message_secret: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_multiple_answers = self.allow_multiple_answers

        poll_id = self.poll_id

        message_secret: list[int] | None | Unset
        if isinstance(self.message_secret, Unset):
            message_secret = UNSET
        elif isinstance(self.message_secret, list):
            message_secret = self.message_secret

        else:
            message_secret = self.message_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_multiple_answers is not UNSET:
            field_dict["allowMultipleAnswers"] = allow_multiple_answers
        if poll_id is not UNSET:
            field_dict["pollId"] = poll_id
        if message_secret is not UNSET:
            field_dict["messageSecret"] = message_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"PollOptionsType0: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("PollOptionsType0") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("PollOptionsType0", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        allow_multiple_answers = get("allowMultipleAnswers", UNSET)

        poll_id = get("pollId", UNSET)

        _message_secret = get("messageSecret", UNSET)
        message_secret: list[int] | None | Unset
        if _message_secret is None or _message_secret is UNSET:
            message_secret = _message_secret
        else:
            if not (isinstance(_message_secret, list)):
                raise TypeError(f"messageSecret: unexpected {type(_message_secret).__name__}")
            message_secret_type_0 = cast(list[int], _message_secret)

            message_secret = message_secret_type_0

        poll_options_type_0 = cls(
            allow_multiple_answers,
            poll_id,
            message_secret,
        )

        poll_options_type_0.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return poll_options_type_0

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
