# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ChatAuditLog")


_WIRE_KEYS = frozenset(
    (
        "log_id",
        "org_id",
        "chat_id",
        "action",
        "performed_by",
        "type",
        "old_record",
        "new_record",
        "timestamp",
    )
)


@_attrs_define
class ChatAuditLog:
    """One change to a chat."""

    log_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    action: str | Unset = UNSET
    performed_by: str | Unset = UNSET
    type_: str | Unset = UNSET
    old_record: JsonObject | None | Unset = UNSET
    new_record: JsonObject | None | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        org_id = self.org_id

        chat_id = self.chat_id

        action = self.action

        performed_by = self.performed_by

        type_ = self.type_

        old_record: dict[str, Any] | None | Unset
        if isinstance(self.old_record, Unset):
            old_record = UNSET
        elif isinstance(self.old_record, JsonObject):
            old_record = self.old_record.to_dict()
        else:
            old_record = self.old_record

        new_record: dict[str, Any] | None | Unset
        if isinstance(self.new_record, Unset):
            new_record = UNSET
        elif isinstance(self.new_record, JsonObject):
            new_record = self.new_record.to_dict()
        else:
            new_record = self.new_record

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_id is not UNSET:
            field_dict["log_id"] = log_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if action is not UNSET:
            field_dict["action"] = action
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if type_ is not UNSET:
            field_dict["type"] = type_
        if old_record is not UNSET:
            field_dict["old_record"] = old_record
        if new_record is not UNSET:
            field_dict["new_record"] = new_record
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatAuditLog: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatAuditLog") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatAuditLog", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        log_id = get("log_id", UNSET)

        org_id = get("org_id", UNSET)

        chat_id = get("chat_id", UNSET)

        action = get("action", UNSET)

        performed_by = get("performed_by", UNSET)

        type_ = get("type", UNSET)

        _old_record = get("old_record", UNSET)
        old_record: JsonObject | None | Unset
        if _old_record is None or _old_record is UNSET:
            old_record = _old_record
        else:
            if not (isinstance(_old_record, dict)):
                raise TypeError(f"old_record: unexpected {type(_old_record).__name__}")
            old_record_type_1 = JsonObject.from_dict(_old_record)

            old_record = old_record_type_1

        _new_record = get("new_record", UNSET)
        new_record: JsonObject | None | Unset
        if _new_record is None or _new_record is UNSET:
            new_record = _new_record
        else:
            if not (isinstance(_new_record, dict)):
                raise TypeError(f"new_record: unexpected {type(_new_record).__name__}")
            new_record_type_1 = JsonObject.from_dict(_new_record)

            new_record = new_record_type_1

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_timestamp(_timestamp)

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

        chat_audit_log.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_audit_log

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
