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
    "id": "id",
    "scheduled_id": "scheduled_id",
    "chat_id": "chat_id",
    "sent_message_id": "sent_message_id",
    "message_id": "message_id",
    "is_success": "is_success",
    "remarks": "remarks",
    "delivered_at": "delivered_at",
    "created_at": "created_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ScheduledOccurrence:
    """One run of a scheduled message."""

    id: str | None = None
    scheduled_id: str | None = None
    chat_id: str | None = None
    sent_message_id: str | None = None
    """ The queue_id of the message this run sent. """
    message_id: str | None = None
    is_success: bool | None = None
    remarks: str | None = None
    delivered_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        scheduled_id = self.scheduled_id
        if scheduled_id is not None:
            field_dict["scheduled_id"] = scheduled_id
        elif "scheduled_id" not in absent:
            field_dict["scheduled_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        sent_message_id = self.sent_message_id
        if sent_message_id is not None:
            field_dict["sent_message_id"] = sent_message_id
        elif "sent_message_id" not in absent:
            field_dict["sent_message_id"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        is_success = self.is_success
        if is_success is not None:
            field_dict["is_success"] = is_success
        elif "is_success" not in absent:
            field_dict["is_success"] = None
        remarks = self.remarks
        if remarks is not None:
            field_dict["remarks"] = remarks
        elif "remarks" not in absent:
            field_dict["remarks"] = None
        delivered_at = self.delivered_at
        if delivered_at is not None:
            field_dict["delivered_at"] = delivered_at.isoformat()
        elif "delivered_at" not in absent:
            field_dict["delivered_at"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
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
            raise exc.within_model("ScheduledOccurrence") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledOccurrence", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ScheduledOccurrence")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        id = get("id")
        if id is not None:
            if not isinstance(id, str):
                raise wrong_type("id", id, "str")

        scheduled_id = get("scheduled_id")
        if scheduled_id is not None:
            if not isinstance(scheduled_id, str):
                raise wrong_type("scheduled_id", scheduled_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        sent_message_id = get("sent_message_id")
        if sent_message_id is not None:
            if not isinstance(sent_message_id, str):
                raise wrong_type("sent_message_id", sent_message_id, "str")

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        is_success = get("is_success")
        if is_success is not None:
            if is_success.__class__ is not bool:
                raise wrong_type("is_success", is_success, "bool")

        remarks = get("remarks")
        if remarks is not None:
            if not isinstance(remarks, str):
                raise wrong_type("remarks", remarks, "str")

        delivered_at = get("delivered_at")
        if delivered_at is not None:
            try:
                delivered_at = parse_timestamp(delivered_at)
            except (TypeError, ValueError):
                raise bad_value("delivered_at", delivered_at, "a timestamp") from None

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        scheduled_occurrence = cls(
            id,
            scheduled_id,
            chat_id,
            sent_message_id,
            message_id,
            is_success,
            remarks,
            delivered_at,
            created_at,
        )
        scheduled_occurrence._absent = absent_keys(_WIRE_KEYS, d)
        scheduled_occurrence.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_occurrence

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
