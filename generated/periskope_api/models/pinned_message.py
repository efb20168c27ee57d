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

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "message_id": "message_id",
    "pinned_at": "pinned_at",
    "expires_at": "expires_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class PinnedMessage:
    message_id: str | None = None
    pinned_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        pinned_at = self.pinned_at
        if pinned_at is not None:
            field_dict["pinned_at"] = pinned_at.isoformat()
        elif "pinned_at" not in absent:
            field_dict["pinned_at"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at.isoformat()
        elif "expires_at" not in absent:
            field_dict["expires_at"] = None
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
            raise exc.within_model("PinnedMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("PinnedMessage", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "PinnedMessage")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        pinned_at = get("pinned_at")
        if pinned_at is not None:
            try:
                pinned_at = parse_timestamp(pinned_at)
            except (TypeError, ValueError):
                raise bad_value("pinned_at", pinned_at, "a timestamp") from None

        expires_at = get("expires_at")
        if expires_at is not None:
            try:
                expires_at = parse_timestamp(expires_at)
            except (TypeError, ValueError):
                raise bad_value("expires_at", expires_at, "a timestamp") from None

        pinned_message = cls(
            message_id,
            pinned_at,
            expires_at,
        )
        pinned_message._absent = absent_keys(_WIRE_KEYS, d)
        pinned_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return pinned_message

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
