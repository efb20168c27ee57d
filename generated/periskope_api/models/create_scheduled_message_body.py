# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.scheduled_repeat_config import ScheduledRepeatConfig


T = TypeVar("T", bound="CreateScheduledMessageBody")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "scheduled_at",
        "message",
        "media",
        "is_repeat",
        "repeat_config",
    )
)


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
        chat_id = self.chat_id

        scheduled_at = self.scheduled_at

        message = self.message

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        is_repeat = self.is_repeat

        repeat_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat_config, Unset):
            repeat_config = self.repeat_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "scheduled_at": scheduled_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if media is not UNSET:
            field_dict["media"] = media
        if is_repeat is not UNSET:
            field_dict["is_repeat"] = is_repeat
        if repeat_config is not UNSET:
            field_dict["repeat_config"] = repeat_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateScheduledMessageBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateScheduledMessageBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateScheduledMessageBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_id = d["chat_id"]

        scheduled_at = d["scheduled_at"]

        message = get("message", UNSET)

        _media = get("media", UNSET)
        media: JsonObject | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = JsonObject.from_dict(_media)

        is_repeat = get("is_repeat", UNSET)

        _repeat_config = get("repeat_config", UNSET)
        repeat_config: ScheduledRepeatConfig | Unset
        if isinstance(_repeat_config, Unset):
            repeat_config = UNSET
        else:
            repeat_config = ScheduledRepeatConfig.from_dict(_repeat_config)

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
