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
    from ..models.scheduled_message_payload import ScheduledMessagePayload
    from ..models.scheduled_repeat_config import ScheduledRepeatConfig


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "scheduled_id": "scheduled_id",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "chat_id": "chat_id",
    "message_payload": "message_payload",
    "scheduled_at": "scheduled_at",
    "is_repeat": "is_repeat",
    "repeat_config": "repeat_config",
    "status": "status",
    "skip_next": "skip_next",
    "paused_at": "paused_at",
    "updated_at": "updated_at",
    "performed_by": "performed_by",
    "created_at": "created_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ScheduledMessage:
    """A message scheduled for later, once or repeating."""

    scheduled_id: str | None = None
    org_id: str | None = None
    org_phone: str | None = None
    chat_id: str | None = None
    message_payload: ScheduledMessagePayload | None = None
    scheduled_at: datetime.datetime | None = None
    is_repeat: bool | None = None
    repeat_config: ScheduledRepeatConfig | None = None
    status: str | None = None
    skip_next: bool | None = None
    """ Whether the next run is skipped. """
    paused_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    performed_by: str | None = None
    """ Member email, or `api`. """
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        scheduled_id = self.scheduled_id
        if scheduled_id is not None:
            field_dict["scheduled_id"] = scheduled_id
        elif "scheduled_id" not in absent:
            field_dict["scheduled_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        message_payload = self.message_payload
        if message_payload is not None:
            field_dict["message_payload"] = message_payload.to_dict()
        elif "message_payload" not in absent:
            field_dict["message_payload"] = None
        scheduled_at = self.scheduled_at
        if scheduled_at is not None:
            field_dict["scheduled_at"] = scheduled_at.isoformat()
        elif "scheduled_at" not in absent:
            field_dict["scheduled_at"] = None
        is_repeat = self.is_repeat
        if is_repeat is not None:
            field_dict["is_repeat"] = is_repeat
        elif "is_repeat" not in absent:
            field_dict["is_repeat"] = None
        repeat_config = self.repeat_config
        if repeat_config is not None:
            field_dict["repeat_config"] = repeat_config.to_dict()
        elif "repeat_config" not in absent:
            field_dict["repeat_config"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif "status" not in absent:
            field_dict["status"] = None
        skip_next = self.skip_next
        if skip_next is not None:
            field_dict["skip_next"] = skip_next
        elif "skip_next" not in absent:
            field_dict["skip_next"] = None
        paused_at = self.paused_at
        if paused_at is not None:
            field_dict["paused_at"] = paused_at.isoformat()
        elif "paused_at" not in absent:
            field_dict["paused_at"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" not in absent:
            field_dict["updated_at"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
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
            raise exc.within_model("ScheduledMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledMessage", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ScheduledMessage")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        scheduled_id = get("scheduled_id")
        if scheduled_id is not None:
            if not isinstance(scheduled_id, str):
                raise wrong_type("scheduled_id", scheduled_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        message_payload = get("message_payload")
        if message_payload is not None:
            try:
                message_payload = ScheduledMessagePayload._from_dict(message_payload)
            except DecodePathError as exc:
                raise exc.at("message_payload") from None

        scheduled_at = get("scheduled_at")
        if scheduled_at is not None:
            try:
                scheduled_at = parse_timestamp(scheduled_at)
            except (TypeError, ValueError):
                raise bad_value("scheduled_at", scheduled_at, "a timestamp") from None

        is_repeat = get("is_repeat")
        if is_repeat is not None:
            if is_repeat.__class__ is not bool:
                raise wrong_type("is_repeat", is_repeat, "bool")

        repeat_config = get("repeat_config")
        if repeat_config is not None:
            try:
                repeat_config = ScheduledRepeatConfig._from_dict(repeat_config)
            except DecodePathError as exc:
                raise exc.at("repeat_config") from None

        status = get("status")
        if status is not None:
            if not isinstance(status, str):
                raise wrong_type("status", status, "str")

        skip_next = get("skip_next")
        if skip_next is not None:
            if skip_next.__class__ is not bool:
                raise wrong_type("skip_next", skip_next, "bool")

        paused_at = get("paused_at")
        if paused_at is not None:
            try:
                paused_at = parse_timestamp(paused_at)
            except (TypeError, ValueError):
                raise bad_value("paused_at", paused_at, "a timestamp") from None

        updated_at = get("updated_at")
        if updated_at is not None:
            try:
                updated_at = parse_timestamp(updated_at)
            except (TypeError, ValueError):
                raise bad_value("updated_at", updated_at, "a timestamp") from None

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

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
        scheduled_message._absent = absent_keys(_WIRE_KEYS, d)
        scheduled_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_message

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


from ..models.scheduled_message_payload import ScheduledMessagePayload  # noqa: E402
from ..models.scheduled_repeat_config import ScheduledRepeatConfig  # noqa: E402
