# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    as_float,
    decode_error,
    decode_list,
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_message_body_media import BroadcastMessageBodyMedia
    from ..models.broadcast_message_body_poll import BroadcastMessageBodyPoll
    from ..models.broadcast_message_body_variables_item import BroadcastMessageBodyVariablesItem


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "chat_ids": "chat_ids",
    "message": "message",
    "scheduled_at": "scheduled_at",
    "delay": "delay",
    "media": "media",
    "poll": "poll",
    "reply_to": "reply_to",
    "variables": "variables",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class BroadcastMessageBody:
    chat_ids: list[str]
    """ - Array of all the recipients
    - For groups, enter the chat_id of the group. This will be a string that ends with @g.us
    - For 1-1 chats, enter the country_code + number of the recipient e.g.
    [919537851844@c.us](https://mailto:919537851844@c.us) (The @c.us is optional) """
    message: str | Unset = UNSET
    """ - The text body or caption. You can use basic markdown formatting supported by WhatsApp e.g. * for bold, and
    _ for italic, etc. """
    scheduled_at: str | Unset = UNSET
    """ - UTC date and time when the message should be sent, in ISO 8601 format (YYYY-MM-DDTHH:mm:ss.sssZ). Example:
    2025-02-06T11:21:00Z """
    delay: float | Unset = UNSET
    """ - Time interval between each broadcasted message in seconds. Defaults to `1 second` """
    media: BroadcastMessageBodyMedia | Unset = UNSET
    """ - Required to send a media object. You can send a public URL of the media content, or the base64 data of the
    media
    - Media can be a document, image, video or audio
      - `url` - public URL that hosts the content to be sent
      - `filedata` - Raw bytes of the file, represented in base64
      - `type` - The type of the media. Can be image, video, document or audio
      - `filename` - The filename of the media. Only applicable for document messages """
    poll: BroadcastMessageBodyPoll | Unset = UNSET
    """ - `pollName` - The question or title of the poll
      - `pollOptions` - Raw bytes of the file, represented in base64
      - `options` - Additional options to be sent with the poll
        - `allowMultipleAnswers` - Boolean. When set to true, respondents can select multiple options
        - `pollId` - Optional unique identifier of the poll. Useful when sending it across multiple chats """
    reply_to: str | Unset = UNSET
    """ - To reply to a message, add the message_id in this field """
    variables: list[BroadcastMessageBodyVariablesItem] | Unset = UNSET
    """ - Array of objects where each object maps a `chat_id` to a set of template variables
    - `chat_id` must be a valid recipient (same rules as chat_ids)
    - `values` is an object of key-value pairs used for message templating """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        chat_ids = self.chat_ids
        field_dict["chat_ids"] = chat_ids
        message = self.message
        if not isinstance(message, Unset):
            field_dict["message"] = message
        scheduled_at = self.scheduled_at
        if not isinstance(scheduled_at, Unset):
            field_dict["scheduled_at"] = scheduled_at
        delay = self.delay
        if not isinstance(delay, Unset):
            field_dict["delay"] = delay
        media = self.media
        if not isinstance(media, Unset):
            field_dict["media"] = media.to_dict()
        poll = self.poll
        if not isinstance(poll, Unset):
            field_dict["poll"] = poll.to_dict()
        reply_to = self.reply_to
        if not isinstance(reply_to, Unset):
            field_dict["reply_to"] = reply_to
        variables = self.variables
        if not isinstance(variables, Unset):
            field_dict["variables"] = [item.to_dict() for item in variables]
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
            raise exc.within_model("BroadcastMessageBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastMessageBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "BroadcastMessageBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "chat_ids" not in d:
            raise DecodePathError("chat_ids", "missing required key")
        chat_ids = d["chat_ids"]
        chat_ids = str_list(chat_ids, "chat_ids")

        message = get("message", UNSET)
        if message is not UNSET:
            if not isinstance(message, str):
                raise wrong_type("message", message, "str")

        scheduled_at = get("scheduled_at", UNSET)
        if scheduled_at is not UNSET:
            if not isinstance(scheduled_at, str):
                raise wrong_type("scheduled_at", scheduled_at, "str")

        delay = get("delay", UNSET)
        if delay is not UNSET:
            if delay.__class__ is not float and delay.__class__ is not int:
                delay = as_float(delay, "delay")

        media = get("media", UNSET)
        if media is not UNSET:
            try:
                media = BroadcastMessageBodyMedia._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        poll = get("poll", UNSET)
        if poll is not UNSET:
            try:
                poll = BroadcastMessageBodyPoll._from_dict(poll)
            except DecodePathError as exc:
                raise exc.at("poll") from None

        reply_to = get("reply_to", UNSET)
        if reply_to is not UNSET:
            if not isinstance(reply_to, str):
                raise wrong_type("reply_to", reply_to, "str")

        variables = get("variables", UNSET)
        if variables is not UNSET:
            variables = decode_list(variables, "variables", BroadcastMessageBodyVariablesItem._from_dict)

        broadcast_message_body = cls(
            chat_ids,
            message,
            scheduled_at,
            delay,
            media,
            poll,
            reply_to,
            variables,
        )
        broadcast_message_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return broadcast_message_body

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


from ..models.broadcast_message_body_media import BroadcastMessageBodyMedia  # noqa: E402
from ..models.broadcast_message_body_poll import BroadcastMessageBodyPoll  # noqa: E402
from ..models.broadcast_message_body_variables_item import BroadcastMessageBodyVariablesItem  # noqa: E402
