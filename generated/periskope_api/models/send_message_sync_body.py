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
    from ..models.send_message_sync_body_media import SendMessageSyncBodyMedia
    from ..models.send_message_sync_body_options import SendMessageSyncBodyOptions
    from ..models.send_message_sync_body_poll import SendMessageSyncBodyPoll


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "chat_id": "chat_id",
    "message": "message",
    "media": "media",
    "reply_to": "reply_to",
    "poll": "poll",
    "options": "options",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        chat_id = self.chat_id
        field_dict["chat_id"] = chat_id
        message = self.message
        if not isinstance(message, Unset):
            field_dict["message"] = message
        media = self.media
        if not isinstance(media, Unset):
            field_dict["media"] = media.to_dict()
        reply_to = self.reply_to
        if not isinstance(reply_to, Unset):
            field_dict["reply_to"] = reply_to
        poll = self.poll
        if not isinstance(poll, Unset):
            field_dict["poll"] = poll.to_dict()
        options = self.options
        if not isinstance(options, Unset):
            field_dict["options"] = options.to_dict()
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
            raise exc.within_model("SendMessageSyncBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageSyncBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SendMessageSyncBody")

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

        message = get("message", UNSET)
        if message is not UNSET:
            if not isinstance(message, str):
                raise wrong_type("message", message, "str")

        media = get("media", UNSET)
        if media is not UNSET:
            try:
                media = SendMessageSyncBodyMedia._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        reply_to = get("reply_to", UNSET)
        if reply_to is not UNSET:
            if not isinstance(reply_to, str):
                raise wrong_type("reply_to", reply_to, "str")

        poll = get("poll", UNSET)
        if poll is not UNSET:
            try:
                poll = SendMessageSyncBodyPoll._from_dict(poll)
            except DecodePathError as exc:
                raise exc.at("poll") from None

        options = get("options", UNSET)
        if options is not UNSET:
            try:
                options = SendMessageSyncBodyOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

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


from ..models.send_message_sync_body_media import SendMessageSyncBodyMedia  # noqa: E402
from ..models.send_message_sync_body_options import SendMessageSyncBodyOptions  # noqa: E402
from ..models.send_message_sync_body_poll import SendMessageSyncBodyPoll  # noqa: E402
