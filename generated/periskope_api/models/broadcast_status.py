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
    as_float,
    as_int,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.broadcast_state import BroadcastState

if TYPE_CHECKING:
    from ..models.broadcast_payload import BroadcastPayload


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "broadcast_id": "broadcast_id",
    "org_id": "org_id",
    "message_payload": "message_payload",
    "broadcast_status": "broadcast_status",
    "created_at": "created_at",
    "scheduled_at": "scheduled_at",
    "performed_at": "performed_at",
    "performed_by": "performed_by",
    "total_chats": "total_chats",
    "sent_chats": "sent_chats",
    "failed_chats": "failed_chats",
    "pending_chats": "pending_chats",
    "total_member_count": "total_member_count",
    "total_delivered_count": "total_delivered_count",
    "total_read_count": "total_read_count",
    "delivered_percentage": "delivered_percentage",
    "read_percentage": "read_percentage",
    "logs": "logs",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class BroadcastStatus:
    """A broadcast's progress, delivery and read counts."""

    broadcast_id: str | None = None
    org_id: str | None = None
    message_payload: BroadcastPayload | None = None
    broadcast_status: BroadcastState | None = None
    created_at: datetime.datetime | None = None
    scheduled_at: datetime.datetime | None = None
    performed_at: datetime.datetime | None = None
    performed_by: str | None = None
    """ Member id, or `api`. """
    total_chats: int | None = None
    sent_chats: int | None = None
    failed_chats: int | None = None
    pending_chats: int | None = None
    total_member_count: int | None = None
    total_delivered_count: int | None = None
    total_read_count: int | None = None
    delivered_percentage: float | None = None
    read_percentage: float | None = None
    logs: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        broadcast_id = self.broadcast_id
        if broadcast_id is not None:
            field_dict["broadcast_id"] = broadcast_id
        elif "broadcast_id" not in absent:
            field_dict["broadcast_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        message_payload = self.message_payload
        if message_payload is not None:
            field_dict["message_payload"] = message_payload.to_dict()
        elif "message_payload" not in absent:
            field_dict["message_payload"] = None
        broadcast_status = self.broadcast_status
        if broadcast_status is not None:
            field_dict["broadcast_status"] = broadcast_status.value
        elif "broadcast_status" not in absent:
            field_dict["broadcast_status"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        scheduled_at = self.scheduled_at
        if scheduled_at is not None:
            field_dict["scheduled_at"] = scheduled_at.isoformat()
        elif "scheduled_at" not in absent:
            field_dict["scheduled_at"] = None
        performed_at = self.performed_at
        if performed_at is not None:
            field_dict["performed_at"] = performed_at.isoformat()
        elif "performed_at" not in absent:
            field_dict["performed_at"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        total_chats = self.total_chats
        if total_chats is not None:
            field_dict["total_chats"] = total_chats
        elif "total_chats" not in absent:
            field_dict["total_chats"] = None
        sent_chats = self.sent_chats
        if sent_chats is not None:
            field_dict["sent_chats"] = sent_chats
        elif "sent_chats" not in absent:
            field_dict["sent_chats"] = None
        failed_chats = self.failed_chats
        if failed_chats is not None:
            field_dict["failed_chats"] = failed_chats
        elif "failed_chats" not in absent:
            field_dict["failed_chats"] = None
        pending_chats = self.pending_chats
        if pending_chats is not None:
            field_dict["pending_chats"] = pending_chats
        elif "pending_chats" not in absent:
            field_dict["pending_chats"] = None
        total_member_count = self.total_member_count
        if total_member_count is not None:
            field_dict["total_member_count"] = total_member_count
        elif "total_member_count" not in absent:
            field_dict["total_member_count"] = None
        total_delivered_count = self.total_delivered_count
        if total_delivered_count is not None:
            field_dict["total_delivered_count"] = total_delivered_count
        elif "total_delivered_count" not in absent:
            field_dict["total_delivered_count"] = None
        total_read_count = self.total_read_count
        if total_read_count is not None:
            field_dict["total_read_count"] = total_read_count
        elif "total_read_count" not in absent:
            field_dict["total_read_count"] = None
        delivered_percentage = self.delivered_percentage
        if delivered_percentage is not None:
            field_dict["delivered_percentage"] = delivered_percentage
        elif "delivered_percentage" not in absent:
            field_dict["delivered_percentage"] = None
        read_percentage = self.read_percentage
        if read_percentage is not None:
            field_dict["read_percentage"] = read_percentage
        elif "read_percentage" not in absent:
            field_dict["read_percentage"] = None
        logs = self.logs
        if logs is not None:
            field_dict["logs"] = logs
        elif "logs" not in absent:
            field_dict["logs"] = None
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
            raise exc.within_model("BroadcastStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastStatus", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "BroadcastStatus")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        broadcast_id = get("broadcast_id")
        if broadcast_id is not None:
            if not isinstance(broadcast_id, str):
                raise wrong_type("broadcast_id", broadcast_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        message_payload = get("message_payload")
        if message_payload is not None:
            try:
                message_payload = BroadcastPayload._from_dict(message_payload)
            except DecodePathError as exc:
                raise exc.at("message_payload") from None

        broadcast_status = get("broadcast_status")
        if broadcast_status is not None:
            try:
                broadcast_status = BroadcastState.decode(broadcast_status)
            except (TypeError, ValueError):
                raise bad_value("broadcast_status", broadcast_status, "BroadcastState") from None

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        scheduled_at = get("scheduled_at")
        if scheduled_at is not None:
            try:
                scheduled_at = parse_timestamp(scheduled_at)
            except (TypeError, ValueError):
                raise bad_value("scheduled_at", scheduled_at, "a timestamp") from None

        performed_at = get("performed_at")
        if performed_at is not None:
            try:
                performed_at = parse_timestamp(performed_at)
            except (TypeError, ValueError):
                raise bad_value("performed_at", performed_at, "a timestamp") from None

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        total_chats = get("total_chats")
        if total_chats is not None:
            if total_chats.__class__ is not int:
                total_chats = as_int(total_chats, "total_chats")

        sent_chats = get("sent_chats")
        if sent_chats is not None:
            if sent_chats.__class__ is not int:
                sent_chats = as_int(sent_chats, "sent_chats")

        failed_chats = get("failed_chats")
        if failed_chats is not None:
            if failed_chats.__class__ is not int:
                failed_chats = as_int(failed_chats, "failed_chats")

        pending_chats = get("pending_chats")
        if pending_chats is not None:
            if pending_chats.__class__ is not int:
                pending_chats = as_int(pending_chats, "pending_chats")

        total_member_count = get("total_member_count")
        if total_member_count is not None:
            if total_member_count.__class__ is not int:
                total_member_count = as_int(total_member_count, "total_member_count")

        total_delivered_count = get("total_delivered_count")
        if total_delivered_count is not None:
            if total_delivered_count.__class__ is not int:
                total_delivered_count = as_int(total_delivered_count, "total_delivered_count")

        total_read_count = get("total_read_count")
        if total_read_count is not None:
            if total_read_count.__class__ is not int:
                total_read_count = as_int(total_read_count, "total_read_count")

        delivered_percentage = get("delivered_percentage")
        if delivered_percentage is not None:
            if delivered_percentage.__class__ is not float and delivered_percentage.__class__ is not int:
                delivered_percentage = as_float(delivered_percentage, "delivered_percentage")

        read_percentage = get("read_percentage")
        if read_percentage is not None:
            if read_percentage.__class__ is not float and read_percentage.__class__ is not int:
                read_percentage = as_float(read_percentage, "read_percentage")

        logs = get("logs")
        if logs is not None:
            logs = str_list(logs, "logs")

        broadcast_status = cls(
            broadcast_id,
            org_id,
            message_payload,
            broadcast_status,
            created_at,
            scheduled_at,
            performed_at,
            performed_by,
            total_chats,
            sent_chats,
            failed_chats,
            pending_chats,
            total_member_count,
            total_delivered_count,
            total_read_count,
            delivered_percentage,
            read_percentage,
            logs,
        )
        broadcast_status._absent = absent_keys(_WIRE_KEYS, d)
        broadcast_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return broadcast_status

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


from ..models.broadcast_payload import BroadcastPayload  # noqa: E402
