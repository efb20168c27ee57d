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
    decode_list,
    from_json,
    int_item,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "allowMultipleAnswers": "allow_multiple_answers",
    "pollId": "poll_id",
    "messageSecret": "message_secret",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class PollOptionsType0:
    allow_multiple_answers: bool | None = None
    poll_id: str | None = None
    message_secret: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        allow_multiple_answers = self.allow_multiple_answers
        if allow_multiple_answers is not None:
            field_dict["allowMultipleAnswers"] = allow_multiple_answers
        elif "allowMultipleAnswers" not in absent:
            field_dict["allowMultipleAnswers"] = None
        poll_id = self.poll_id
        if poll_id is not None:
            field_dict["pollId"] = poll_id
        elif "pollId" not in absent:
            field_dict["pollId"] = None
        message_secret = self.message_secret
        if message_secret is not None:
            field_dict["messageSecret"] = message_secret
        elif "messageSecret" not in absent:
            field_dict["messageSecret"] = None
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
            raise exc.within_model("PollOptionsType0") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("PollOptionsType0", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "PollOptionsType0")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        allow_multiple_answers = get("allowMultipleAnswers")
        if allow_multiple_answers is not None:
            if allow_multiple_answers.__class__ is not bool:
                raise wrong_type("allowMultipleAnswers", allow_multiple_answers, "bool")

        poll_id = get("pollId")
        if poll_id is not None:
            if not isinstance(poll_id, str):
                raise wrong_type("pollId", poll_id, "str")

        message_secret = get("messageSecret")
        if message_secret is not None:
            message_secret = decode_list(message_secret, "messageSecret", int_item)

        poll_options_type_0 = cls(
            allow_multiple_answers,
            poll_id,
            message_secret,
        )
        poll_options_type_0._absent = absent_keys(_WIRE_KEYS, d)
        poll_options_type_0.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return poll_options_type_0

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
