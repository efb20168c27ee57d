# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_sync_body_media import SendMessageSyncBodyMedia
    from ..models.send_message_sync_body_options import SendMessageSyncBodyOptions
    from ..models.send_message_sync_body_poll import SendMessageSyncBodyPoll


T = TypeVar("T", bound="SendMessageSyncBody")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "message",
        "media",
        "reply_to",
        "poll",
        "options",
    )
)


@_attrs_define
class SendMessageSyncBody:
    chat_id: str
    """ A person (`919537851844@c.us`) or a group (`...@g.us`). """
    message: str | Unset = UNSET
    """ The text, or the media caption (inferred from /message/send). """
    media: SendMessageSyncBodyMedia | Unset = UNSET
    """ The attachment: `url` or base64 `filedata` (inferred from /message/send). """
    reply_to: str | Unset = UNSET
    """ The message_id to reply to (inferred from /message/send). """
    poll: SendMessageSyncBodyPoll | Unset = UNSET
    """ A poll to send (inferred from /message/send). """
    options: SendMessageSyncBodyOptions | Unset = UNSET
    """ Sending options (inferred from /message/send). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        message = self.message

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        reply_to = self.reply_to

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if media is not UNSET:
            field_dict["media"] = media
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if poll is not UNSET:
            field_dict["poll"] = poll
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SendMessageSyncBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SendMessageSyncBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageSyncBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_id = d["chat_id"]

        message = get("message", UNSET)

        _media = get("media", UNSET)
        media: SendMessageSyncBodyMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = SendMessageSyncBodyMedia.from_dict(_media)

        reply_to = get("reply_to", UNSET)

        _poll = get("poll", UNSET)
        poll: SendMessageSyncBodyPoll | Unset
        if isinstance(_poll, Unset):
            poll = UNSET
        else:
            poll = SendMessageSyncBodyPoll.from_dict(_poll)

        _options = get("options", UNSET)
        options: SendMessageSyncBodyOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SendMessageSyncBodyOptions.from_dict(_options)

        send_message_sync_body = cls(
            chat_id,
            message,
            media,
            reply_to,
            poll,
            options,
        )

        send_message_sync_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_sync_body

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


from ..models.send_message_sync_body_media import SendMessageSyncBodyMedia  # noqa: E402
from ..models.send_message_sync_body_options import SendMessageSyncBodyOptions  # noqa: E402
from ..models.send_message_sync_body_poll import SendMessageSyncBodyPoll  # noqa: E402
