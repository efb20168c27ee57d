# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.broadcast_state import BroadcastState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_payload import BroadcastPayload


T = TypeVar("T", bound="BroadcastStatus")


_WIRE_KEYS = frozenset(
    (
        "broadcast_id",
        "org_id",
        "message_payload",
        "broadcast_status",
        "created_at",
        "scheduled_at",
        "performed_at",
        "performed_by",
        "total_chats",
        "sent_chats",
        "failed_chats",
        "pending_chats",
        "total_member_count",
        "total_delivered_count",
        "total_read_count",
        "delivered_percentage",
        "read_percentage",
        "logs",
    )
)


@_attrs_define
class BroadcastStatus:
    """A broadcast's progress, delivery and read counts."""

    broadcast_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    message_payload: BroadcastPayload | None | Unset = UNSET
    broadcast_status: BroadcastState | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    performed_at: datetime.datetime | None | Unset = UNSET
    performed_by: str | Unset = UNSET
    """ Member id, or `api`. """
    total_chats: int | Unset = UNSET
    sent_chats: int | Unset = UNSET
    failed_chats: int | Unset = UNSET
    pending_chats: int | Unset = UNSET
    total_member_count: int | Unset = UNSET
    total_delivered_count: int | None | Unset = UNSET
    total_read_count: int | None | Unset = UNSET
    delivered_percentage: float | Unset = UNSET
    read_percentage: float | Unset = UNSET
    logs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast_id = self.broadcast_id

        org_id = self.org_id

        message_payload: dict[str, Any] | None | Unset
        if isinstance(self.message_payload, Unset):
            message_payload = UNSET
        elif isinstance(self.message_payload, BroadcastPayload):
            message_payload = self.message_payload.to_dict()
        else:
            message_payload = self.message_payload

        broadcast_status: None | str | Unset
        if isinstance(self.broadcast_status, Unset):
            broadcast_status = UNSET
        elif isinstance(self.broadcast_status, BroadcastState):
            broadcast_status = self.broadcast_status.value
        else:
            broadcast_status = self.broadcast_status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        performed_at: None | str | Unset
        if isinstance(self.performed_at, Unset):
            performed_at = UNSET
        elif isinstance(self.performed_at, datetime.datetime):
            performed_at = self.performed_at.isoformat()
        else:
            performed_at = self.performed_at

        performed_by = self.performed_by

        total_chats = self.total_chats

        sent_chats = self.sent_chats

        failed_chats = self.failed_chats

        pending_chats = self.pending_chats

        total_member_count = self.total_member_count

        total_delivered_count: int | None | Unset
        if isinstance(self.total_delivered_count, Unset):
            total_delivered_count = UNSET
        else:
            total_delivered_count = self.total_delivered_count

        total_read_count: int | None | Unset
        if isinstance(self.total_read_count, Unset):
            total_read_count = UNSET
        else:
            total_read_count = self.total_read_count

        delivered_percentage = self.delivered_percentage

        read_percentage = self.read_percentage

        logs: list[str] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if message_payload is not UNSET:
            field_dict["message_payload"] = message_payload
        if broadcast_status is not UNSET:
            field_dict["broadcast_status"] = broadcast_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if performed_at is not UNSET:
            field_dict["performed_at"] = performed_at
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if total_chats is not UNSET:
            field_dict["total_chats"] = total_chats
        if sent_chats is not UNSET:
            field_dict["sent_chats"] = sent_chats
        if failed_chats is not UNSET:
            field_dict["failed_chats"] = failed_chats
        if pending_chats is not UNSET:
            field_dict["pending_chats"] = pending_chats
        if total_member_count is not UNSET:
            field_dict["total_member_count"] = total_member_count
        if total_delivered_count is not UNSET:
            field_dict["total_delivered_count"] = total_delivered_count
        if total_read_count is not UNSET:
            field_dict["total_read_count"] = total_read_count
        if delivered_percentage is not UNSET:
            field_dict["delivered_percentage"] = delivered_percentage
        if read_percentage is not UNSET:
            field_dict["read_percentage"] = read_percentage
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"BroadcastStatus: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("BroadcastStatus") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastStatus", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        broadcast_id = get("broadcast_id", UNSET)

        org_id = get("org_id", UNSET)

        _message_payload = get("message_payload", UNSET)
        message_payload: BroadcastPayload | None | Unset
        if _message_payload is None or _message_payload is UNSET:
            message_payload = _message_payload
        else:
            if not (isinstance(_message_payload, dict)):
                raise TypeError(f"message_payload: unexpected {type(_message_payload).__name__}")
            message_payload_type_1 = BroadcastPayload.from_dict(_message_payload)

            message_payload = message_payload_type_1

        _broadcast_status = get("broadcast_status", UNSET)
        broadcast_status: BroadcastState | None | Unset
        if _broadcast_status is None or _broadcast_status is UNSET:
            broadcast_status = _broadcast_status
        else:
            if not (isinstance(_broadcast_status, str)):
                raise TypeError(f"broadcast_status: unexpected {type(_broadcast_status).__name__}")
            broadcast_status_type_1 = BroadcastState.decode(_broadcast_status)

            broadcast_status = broadcast_status_type_1

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _scheduled_at = get("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | None | Unset
        if _scheduled_at is None or _scheduled_at is UNSET:
            scheduled_at = _scheduled_at
        else:
            if not (isinstance(_scheduled_at, (str, int, float))):
                raise TypeError(f"scheduled_at: unexpected {type(_scheduled_at).__name__}")
            scheduled_at_type_0 = parse_timestamp(_scheduled_at)

            scheduled_at = scheduled_at_type_0

        _performed_at = get("performed_at", UNSET)
        performed_at: datetime.datetime | None | Unset
        if _performed_at is None or _performed_at is UNSET:
            performed_at = _performed_at
        else:
            if not (isinstance(_performed_at, (str, int, float))):
                raise TypeError(f"performed_at: unexpected {type(_performed_at).__name__}")
            performed_at_type_0 = parse_timestamp(_performed_at)

            performed_at = performed_at_type_0

        performed_by = get("performed_by", UNSET)

        total_chats = get("total_chats", UNSET)

        sent_chats = get("sent_chats", UNSET)

        failed_chats = get("failed_chats", UNSET)

        pending_chats = get("pending_chats", UNSET)

        total_member_count = get("total_member_count", UNSET)

        total_delivered_count = get("total_delivered_count", UNSET)

        total_read_count = get("total_read_count", UNSET)

        delivered_percentage = get("delivered_percentage", UNSET)

        read_percentage = get("read_percentage", UNSET)

        logs = cast(list[str], get("logs", UNSET))

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

        broadcast_status.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return broadcast_status

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
