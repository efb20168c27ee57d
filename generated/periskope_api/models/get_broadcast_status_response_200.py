# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_broadcast_status_response_200_message_payload import GetBroadcastStatusResponse200MessagePayload


T = TypeVar("T", bound="GetBroadcastStatusResponse200")


@_attrs_define
class GetBroadcastStatusResponse200:
    broadcast_id: str | Unset = UNSET
    """ Unique identifier for the broadcast message """
    org_id: str | Unset = UNSET
    """ Organization identifier that owns the broadcast """
    message_payload: GetBroadcastStatusResponse200MessagePayload | Unset = UNSET
    """ Container for the broadcast message content and metadata """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the broadcast was created """
    total_chats: float | Unset = UNSET
    """ Total number of chat instances targeted by this broadcast """
    sent_chats: float | Unset = UNSET
    """ Number of chats where the broadcast has been successfully sent """
    failed_chats: float | Unset = UNSET
    """ Number of chats where the broadcast failed to send """
    pending_chats: float | Unset = UNSET
    """ Number of chats where the broadcast is queued but not yet sent """
    total_delivered_count: float | None | Unset = UNSET
    """ Total count of broadcast messages delivered to recipients """
    total_read_count: float | None | Unset = UNSET
    """ Total count of broadcast messages that have been read by recipients """
    performed_by: str | Unset = UNSET
    """ Identifier of the user or system that initiated the broadcast """
    performed_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the broadcast was executed """
    scheduled_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the broadcast is scheduled to be sent """
    broadcast_status: None | str | Unset = UNSET
    """ Current status of the broadcast (pending, in-progress, completed, failed, etc.) """
    total_member_count: float | Unset = UNSET
    """ Total number of members eligible to receive this broadcast """
    delivered_percentage: float | Unset = UNSET
    """ Percentage of messages successfully delivered to recipients """
    read_percentage: float | Unset = UNSET
    """ Percentage of delivered messages that have been read by recipients """
    logs: list[str] | Unset = UNSET
    """ List of log entries related to the broadcast's execution """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast_id = self.broadcast_id

        org_id = self.org_id

        message_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_payload, Unset):
            message_payload = self.message_payload.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        total_chats = self.total_chats

        sent_chats = self.sent_chats

        failed_chats = self.failed_chats

        pending_chats = self.pending_chats

        total_delivered_count: float | None | Unset
        if isinstance(self.total_delivered_count, Unset):
            total_delivered_count = UNSET
        else:
            total_delivered_count = self.total_delivered_count

        total_read_count: float | None | Unset
        if isinstance(self.total_read_count, Unset):
            total_read_count = UNSET
        else:
            total_read_count = self.total_read_count

        performed_by = self.performed_by

        performed_at: None | str | Unset
        if isinstance(self.performed_at, Unset):
            performed_at = UNSET
        elif isinstance(self.performed_at, datetime.datetime):
            performed_at = self.performed_at.isoformat()
        else:
            performed_at = self.performed_at

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        broadcast_status: None | str | Unset
        if isinstance(self.broadcast_status, Unset):
            broadcast_status = UNSET
        else:
            broadcast_status = self.broadcast_status

        total_member_count = self.total_member_count

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if total_chats is not UNSET:
            field_dict["total_chats"] = total_chats
        if sent_chats is not UNSET:
            field_dict["sent_chats"] = sent_chats
        if failed_chats is not UNSET:
            field_dict["failed_chats"] = failed_chats
        if pending_chats is not UNSET:
            field_dict["pending_chats"] = pending_chats
        if total_delivered_count is not UNSET:
            field_dict["total_delivered_count"] = total_delivered_count
        if total_read_count is not UNSET:
            field_dict["total_read_count"] = total_read_count
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if performed_at is not UNSET:
            field_dict["performed_at"] = performed_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if broadcast_status is not UNSET:
            field_dict["broadcast_status"] = broadcast_status
        if total_member_count is not UNSET:
            field_dict["total_member_count"] = total_member_count
        if delivered_percentage is not UNSET:
            field_dict["delivered_percentage"] = delivered_percentage
        if read_percentage is not UNSET:
            field_dict["read_percentage"] = read_percentage
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"GetBroadcastStatusResponse200: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("GetBroadcastStatusResponse200") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("GetBroadcastStatusResponse200", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_broadcast_status_response_200_message_payload import (
            GetBroadcastStatusResponse200MessagePayload,  # noqa: PLC0415
        )

        d = dict(src_dict)
        broadcast_id = d.pop("broadcast_id", UNSET)

        org_id = d.pop("org_id", UNSET)

        _message_payload = d.pop("message_payload", UNSET)
        message_payload: GetBroadcastStatusResponse200MessagePayload | Unset
        if isinstance(_message_payload, Unset):
            message_payload = UNSET
        else:
            message_payload = GetBroadcastStatusResponse200MessagePayload.from_dict(_message_payload)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        total_chats = d.pop("total_chats", UNSET)

        sent_chats = d.pop("sent_chats", UNSET)

        failed_chats = d.pop("failed_chats", UNSET)

        pending_chats = d.pop("pending_chats", UNSET)

        def _parse_total_delivered_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_delivered_count = _parse_total_delivered_count(d.pop("total_delivered_count", UNSET))

        def _parse_total_read_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_read_count = _parse_total_read_count(d.pop("total_read_count", UNSET))

        performed_by = d.pop("performed_by", UNSET)

        def _parse_performed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (str, int, float))):
                raise TypeError(f"performed_at: unexpected {type(data).__name__}")
            performed_at_type_0 = parse_timestamp(data)

            return performed_at_type_0

        performed_at = _parse_performed_at(d.pop("performed_at", UNSET))

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = parse_timestamp(_scheduled_at)

        def _parse_broadcast_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        broadcast_status = _parse_broadcast_status(d.pop("broadcast_status", UNSET))

        total_member_count = d.pop("total_member_count", UNSET)

        delivered_percentage = d.pop("delivered_percentage", UNSET)

        read_percentage = d.pop("read_percentage", UNSET)

        logs = cast(list[str], d.pop("logs", UNSET))

        get_broadcast_status_response_200 = cls(
            broadcast_id=broadcast_id,
            org_id=org_id,
            message_payload=message_payload,
            created_at=created_at,
            total_chats=total_chats,
            sent_chats=sent_chats,
            failed_chats=failed_chats,
            pending_chats=pending_chats,
            total_delivered_count=total_delivered_count,
            total_read_count=total_read_count,
            performed_by=performed_by,
            performed_at=performed_at,
            scheduled_at=scheduled_at,
            broadcast_status=broadcast_status,
            total_member_count=total_member_count,
            delivered_percentage=delivered_percentage,
            read_percentage=read_percentage,
            logs=logs,
        )

        get_broadcast_status_response_200.additional_properties = d
        return get_broadcast_status_response_200

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
