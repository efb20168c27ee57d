# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.scheduled_repeat_config import ScheduledRepeatConfig


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "chat_id": "chat_id",
    "scheduled_at": "scheduled_at",
    "message": "message",
    "media": "media",
    "is_repeat": "is_repeat",
    "repeat_config": "repeat_config",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class CreateScheduledMessageBody:
    chat_id: str
    scheduled_at: str
    """ When to send it (ISO 8601, UTC). """
    message: str | Unset = UNSET
    """ The text to send. """
    media: JsonObject | Unset = UNSET
    """ A free-form object (integration metadata); kept as it came. """
    is_repeat: bool | Unset = UNSET
    """ Whether it repeats (inferred from the object). """
    repeat_config: ScheduledRepeatConfig | Unset = UNSET
    """ How a scheduled message repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        chat_id = self.chat_id
        field_dict["chat_id"] = chat_id
        scheduled_at = self.scheduled_at
        field_dict["scheduled_at"] = scheduled_at
        message = self.message
        if not isinstance(message, Unset):
            field_dict["message"] = message
        media = self.media
        if not isinstance(media, Unset):
            field_dict["media"] = media.to_dict()
        is_repeat = self.is_repeat
        if not isinstance(is_repeat, Unset):
            field_dict["is_repeat"] = is_repeat
        repeat_config = self.repeat_config
        if not isinstance(repeat_config, Unset):
            field_dict["repeat_config"] = repeat_config.to_dict()
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
            raise exc.within_model("CreateScheduledMessageBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateScheduledMessageBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CreateScheduledMessageBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "chat_id" not in d:
            raise DecodePathError("chat_id", "missing required key")
        chat_id = d["chat_id"]
        if not isinstance(chat_id, str):
            raise wrong_type("chat_id", chat_id, "str")

        if "scheduled_at" not in d:
            raise DecodePathError("scheduled_at", "missing required key")
        scheduled_at = d["scheduled_at"]
        if not isinstance(scheduled_at, str):
            raise wrong_type("scheduled_at", scheduled_at, "str")

        message = get("message", UNSET)
        if message is not UNSET:
            if not isinstance(message, str):
                raise wrong_type("message", message, "str")

        media = get("media", UNSET)
        if media is not UNSET:
            try:
                media = JsonObject._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        is_repeat = get("is_repeat", UNSET)
        if is_repeat is not UNSET:
            if is_repeat.__class__ is not bool:
                raise wrong_type("is_repeat", is_repeat, "bool")

        repeat_config = get("repeat_config", UNSET)
        if repeat_config is not UNSET:
            try:
                repeat_config = ScheduledRepeatConfig._from_dict(repeat_config)
            except DecodePathError as exc:
                raise exc.at("repeat_config") from None

        create_scheduled_message_body = cls(
            chat_id,
            scheduled_at,
            message,
            media,
            is_repeat,
            repeat_config,
        )
        create_scheduled_message_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_scheduled_message_body

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
from ..models.scheduled_repeat_config import ScheduledRepeatConfig  # noqa: E402
