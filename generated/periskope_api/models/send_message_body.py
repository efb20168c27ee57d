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
    from ..models.send_message_body_media import SendMessageBodyMedia
    from ..models.send_message_body_options import SendMessageBodyOptions
    from ..models.send_message_body_poll import SendMessageBodyPoll


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
class SendMessageBody:
    chat_id: str
    """ - For groups, enter the chat_id of the group. This will be a string that ends with `@g.us`
    - For 1-1 chats, enter the country_code + number of the recipient e.g.
    [919537851844@c.us](https://mailto:919537851844@c.us) (The `@c.us` is optional) """
    message: str | Unset = UNSET
    """ The text body or caption. You can use basic markdown formatting supported by WhatsApp e.g. * for bold, and _
    for italic, etc. """
    media: SendMessageBodyMedia | Unset = UNSET
    """ Media object containing file information and content

    Note: You must specify either `filedata` or `url` """
    reply_to: str | Unset = UNSET
    """ To reply to a message, add the message_id in this field """
    poll: SendMessageBodyPoll | Unset = UNSET
    options: SendMessageBodyOptions | Unset = UNSET
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
            raise exc.within_model("SendMessageBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SendMessageBody")

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
                media = SendMessageBodyMedia._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        reply_to = get("reply_to", UNSET)
        if reply_to is not UNSET:
            if not isinstance(reply_to, str):
                raise wrong_type("reply_to", reply_to, "str")

        poll = get("poll", UNSET)
        if poll is not UNSET:
            try:
                poll = SendMessageBodyPoll._from_dict(poll)
            except DecodePathError as exc:
                raise exc.at("poll") from None

        options = get("options", UNSET)
        if options is not UNSET:
            try:
                options = SendMessageBodyOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        send_message_body = cls(
            chat_id,
            message,
            media,
            reply_to,
            poll,
            options,
        )
        send_message_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_body

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


from ..models.send_message_body_media import SendMessageBodyMedia  # noqa: E402
from ..models.send_message_body_options import SendMessageBodyOptions  # noqa: E402
from ..models.send_message_body_poll import SendMessageBodyPoll  # noqa: E402
