# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

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

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "log_id": "log_id",
    "org_id": "org_id",
    "chat_id": "chat_id",
    "action": "action",
    "performed_by": "performed_by",
    "type": "type_",
    "old_record": "old_record",
    "new_record": "new_record",
    "timestamp": "timestamp",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ChatAuditLog:
    """One change to a chat."""

    log_id: str | None = None
    org_id: str | None = None
    chat_id: str | None = None
    action: str | None = None
    performed_by: str | None = None
    type_: str | None = None
    old_record: JsonObject | None = None
    new_record: JsonObject | None = None
    timestamp: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        log_id = self.log_id
        if log_id is not None:
            field_dict["log_id"] = log_id
        elif "log_id" not in absent:
            field_dict["log_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        action = self.action
        if action is not None:
            field_dict["action"] = action
        elif "action" not in absent:
            field_dict["action"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_
        elif "type" not in absent:
            field_dict["type"] = None
        old_record = self.old_record
        if old_record is not None:
            field_dict["old_record"] = old_record.to_dict()
        elif "old_record" not in absent:
            field_dict["old_record"] = None
        new_record = self.new_record
        if new_record is not None:
            field_dict["new_record"] = new_record.to_dict()
        elif "new_record" not in absent:
            field_dict["new_record"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" not in absent:
            field_dict["timestamp"] = None
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
            raise exc.within_model("ChatAuditLog") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAuditLog", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ChatAuditLog")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        log_id = get("log_id")
        if log_id is not None:
            if not isinstance(log_id, str):
                raise wrong_type("log_id", log_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        action = get("action")
        if action is not None:
            if not isinstance(action, str):
                raise wrong_type("action", action, "str")

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        type_ = get("type")
        if type_ is not None:
            if not isinstance(type_, str):
                raise wrong_type("type", type_, "str")

        old_record = get("old_record")
        if old_record is not None:
            try:
                old_record = JsonObject._from_dict(old_record)
            except DecodePathError as exc:
                raise exc.at("old_record") from None

        new_record = get("new_record")
        if new_record is not None:
            try:
                new_record = JsonObject._from_dict(new_record)
            except DecodePathError as exc:
                raise exc.at("new_record") from None

        timestamp = get("timestamp")
        if timestamp is not None:
            try:
                timestamp = parse_timestamp(timestamp)
            except (TypeError, ValueError):
                raise bad_value("timestamp", timestamp, "a timestamp") from None

        chat_audit_log = cls(
            log_id,
            org_id,
            chat_id,
            action,
            performed_by,
            type_,
            old_record,
            new_record,
            timestamp,
        )
        chat_audit_log._absent = absent_keys(_WIRE_KEYS, d)
        chat_audit_log.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_audit_log

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


from ..models.json_object import JsonObject  # noqa: E402
