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
    from ..models.scheduled_message_payload import ScheduledMessagePayload
    from ..models.scheduled_repeat_config import ScheduledRepeatConfig


T = TypeVar("T", bound="ScheduledMessage")


_WIRE_KEYS = frozenset(
    (
        "scheduled_id",
        "org_id",
        "org_phone",
        "chat_id",
        "message_payload",
        "scheduled_at",
        "is_repeat",
        "repeat_config",
        "status",
        "skip_next",
        "paused_at",
        "updated_at",
        "performed_by",
        "created_at",
    )
)


@_attrs_define
class ScheduledMessage:
    """A message scheduled for later, once or repeating."""

    scheduled_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_phone: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    message_payload: None | ScheduledMessagePayload | Unset = UNSET
    scheduled_at: datetime.datetime | Unset = UNSET
    is_repeat: bool | Unset = UNSET
    repeat_config: None | ScheduledRepeatConfig | Unset = UNSET
    status: str | Unset = UNSET
    skip_next: bool | Unset = UNSET
    """ Whether the next run is skipped. """
    paused_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    performed_by: str | Unset = UNSET
    """ Member email, or `api`. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_id = self.scheduled_id

        org_id = self.org_id

        org_phone = self.org_phone

        chat_id = self.chat_id

        message_payload: dict[str, Any] | None | Unset
        if isinstance(self.message_payload, Unset):
            message_payload = UNSET
        elif isinstance(self.message_payload, ScheduledMessagePayload):
            message_payload = self.message_payload.to_dict()
        else:
            message_payload = self.message_payload

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        is_repeat = self.is_repeat

        repeat_config: dict[str, Any] | None | Unset
        if isinstance(self.repeat_config, Unset):
            repeat_config = UNSET
        elif isinstance(self.repeat_config, ScheduledRepeatConfig):
            repeat_config = self.repeat_config.to_dict()
        else:
            repeat_config = self.repeat_config

        status = self.status

        skip_next = self.skip_next

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        elif isinstance(self.paused_at, datetime.datetime):
            paused_at = self.paused_at.isoformat()
        else:
            paused_at = self.paused_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        performed_by = self.performed_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled_id is not UNSET:
            field_dict["scheduled_id"] = scheduled_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if message_payload is not UNSET:
            field_dict["message_payload"] = message_payload
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if is_repeat is not UNSET:
            field_dict["is_repeat"] = is_repeat
        if repeat_config is not UNSET:
            field_dict["repeat_config"] = repeat_config
        if status is not UNSET:
            field_dict["status"] = status
        if skip_next is not UNSET:
            field_dict["skip_next"] = skip_next
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ScheduledMessage: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ScheduledMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledMessage", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        scheduled_id = get("scheduled_id", UNSET)

        org_id = get("org_id", UNSET)

        org_phone = get("org_phone", UNSET)

        chat_id = get("chat_id", UNSET)

        _message_payload = get("message_payload", UNSET)
        message_payload: None | ScheduledMessagePayload | Unset
        if _message_payload is None or _message_payload is UNSET:
            message_payload = _message_payload
        else:
            if not (isinstance(_message_payload, dict)):
                raise TypeError(f"message_payload: unexpected {type(_message_payload).__name__}")
            message_payload_type_1 = ScheduledMessagePayload.from_dict(_message_payload)

            message_payload = message_payload_type_1

        _scheduled_at = get("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = parse_timestamp(_scheduled_at)

        is_repeat = get("is_repeat", UNSET)

        _repeat_config = get("repeat_config", UNSET)
        repeat_config: None | ScheduledRepeatConfig | Unset
        if _repeat_config is None or _repeat_config is UNSET:
            repeat_config = _repeat_config
        else:
            if not (isinstance(_repeat_config, dict)):
                raise TypeError(f"repeat_config: unexpected {type(_repeat_config).__name__}")
            repeat_config_type_1 = ScheduledRepeatConfig.from_dict(_repeat_config)

            repeat_config = repeat_config_type_1

        status = get("status", UNSET)

        skip_next = get("skip_next", UNSET)

        _paused_at = get("paused_at", UNSET)
        paused_at: datetime.datetime | None | Unset
        if _paused_at is None or _paused_at is UNSET:
            paused_at = _paused_at
        else:
            if not (isinstance(_paused_at, (str, int, float))):
                raise TypeError(f"paused_at: unexpected {type(_paused_at).__name__}")
            paused_at_type_0 = parse_timestamp(_paused_at)

            paused_at = paused_at_type_0

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not (isinstance(_updated_at, (str, int, float))):
                raise TypeError(f"updated_at: unexpected {type(_updated_at).__name__}")
            updated_at_type_0 = parse_timestamp(_updated_at)

            updated_at = updated_at_type_0

        performed_by = get("performed_by", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        scheduled_message = cls(
            scheduled_id,
            org_id,
            org_phone,
            chat_id,
            message_payload,
            scheduled_at,
            is_repeat,
            repeat_config,
            status,
            skip_next,
            paused_at,
            updated_at,
            performed_by,
            created_at,
        )

        scheduled_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_message

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


from ..models.scheduled_message_payload import ScheduledMessagePayload  # noqa: E402
from ..models.scheduled_repeat_config import ScheduledRepeatConfig  # noqa: E402
