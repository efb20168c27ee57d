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
    bad_value,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..models.message_type import MessageType

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "body": "body",
    "type": "type_",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class MessageQueueJobMessage:
    """What the job sends."""

    body: str | None = None
    type_: MessageType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
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
            raise exc.within_model("MessageQueueJobMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageQueueJobMessage", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "MessageQueueJobMessage")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = MessageType.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "MessageType") from None

        message_queue_job_message = cls(
            body,
            type_,
        )
        message_queue_job_message._absent = absent_keys(_WIRE_KEYS, d)
        message_queue_job_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_queue_job_message

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
