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
    "closed_by": "closed_by",
    "closed_at": "closed_at",
    "closed_message": "closed_message",
    "send_reply_message_id": "send_reply_message_id",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class CloseTicketMetadata:
    closed_by: str | None = None
    closed_at: datetime.datetime | None = None
    closed_message: str | None = None
    send_reply_message_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        closed_by = self.closed_by
        if closed_by is not None:
            field_dict["closed_by"] = closed_by
        elif "closed_by" not in absent:
            field_dict["closed_by"] = None
        closed_at = self.closed_at
        if closed_at is not None:
            field_dict["closed_at"] = closed_at.isoformat()
        elif "closed_at" not in absent:
            field_dict["closed_at"] = None
        closed_message = self.closed_message
        if closed_message is not None:
            field_dict["closed_message"] = closed_message
        elif "closed_message" not in absent:
            field_dict["closed_message"] = None
        send_reply_message_id = self.send_reply_message_id
        if send_reply_message_id is not None:
            field_dict["send_reply_message_id"] = send_reply_message_id
        elif "send_reply_message_id" not in absent:
            field_dict["send_reply_message_id"] = None
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
            raise exc.within_model("CloseTicketMetadata") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CloseTicketMetadata", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CloseTicketMetadata")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        closed_by = get("closed_by")
        if closed_by is not None:
            if not isinstance(closed_by, str):
                raise wrong_type("closed_by", closed_by, "str")

        closed_at = get("closed_at")
        if closed_at is not None:
            try:
                closed_at = parse_timestamp(closed_at)
            except (TypeError, ValueError):
                raise bad_value("closed_at", closed_at, "a timestamp") from None

        closed_message = get("closed_message")
        if closed_message is not None:
            if not isinstance(closed_message, str):
                raise wrong_type("closed_message", closed_message, "str")

        send_reply_message_id = get("send_reply_message_id")
        if send_reply_message_id is not None:
            if not isinstance(send_reply_message_id, str):
                raise wrong_type("send_reply_message_id", send_reply_message_id, "str")

        close_ticket_metadata = cls(
            closed_by,
            closed_at,
            closed_message,
            send_reply_message_id,
        )
        close_ticket_metadata._absent = absent_keys(_WIRE_KEYS, d)
        close_ticket_metadata.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return close_ticket_metadata

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
