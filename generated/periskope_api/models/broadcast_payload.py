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
    "message_type": "message_type",
    "performed_by": "performed_by",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class BroadcastPayload:
    """What the broadcast sends."""

    body: str | None = None
    message_type: MessageType | None = None
    """ The kind of message. Values outside this list are kept. """
    performed_by: str | None = None
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
        message_type = self.message_type
        if message_type is not None:
            field_dict["message_type"] = message_type.value
        elif "message_type" not in absent:
            field_dict["message_type"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
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
            raise exc.within_model("BroadcastPayload") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastPayload", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "BroadcastPayload")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        message_type = get("message_type")
        if message_type is not None:
            try:
                message_type = MessageType.decode(message_type)
            except (TypeError, ValueError):
                raise bad_value("message_type", message_type, "MessageType") from None

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        broadcast_payload = cls(
            body,
            message_type,
            performed_by,
        )
        broadcast_payload._absent = absent_keys(_WIRE_KEYS, d)
        broadcast_payload.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return broadcast_payload

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
