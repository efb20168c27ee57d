# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_message_body_media import BroadcastMessageBodyMedia
    from ..models.broadcast_message_body_poll import BroadcastMessageBodyPoll
    from ..models.broadcast_message_body_variables_item import BroadcastMessageBodyVariablesItem


T = TypeVar("T", bound="BroadcastMessageBody")


_WIRE_KEYS = frozenset(
    (
        "chat_ids",
        "message",
        "scheduled_at",
        "delay",
        "media",
        "poll",
        "reply_to",
        "variables",
    )
)


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
        chat_ids = self.chat_ids

        message = self.message

        scheduled_at = self.scheduled_at

        delay = self.delay

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        reply_to = self.reply_to

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_ids": chat_ids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if delay is not UNSET:
            field_dict["delay"] = delay
        if media is not UNSET:
            field_dict["media"] = media
        if poll is not UNSET:
            field_dict["poll"] = poll
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"BroadcastMessageBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("BroadcastMessageBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastMessageBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_ids = cast(list[str], d["chat_ids"])

        message = get("message", UNSET)

        scheduled_at = get("scheduled_at", UNSET)

        delay = get("delay", UNSET)

        _media = get("media", UNSET)
        media: BroadcastMessageBodyMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = BroadcastMessageBodyMedia.from_dict(_media)

        _poll = get("poll", UNSET)
        poll: BroadcastMessageBodyPoll | Unset
        if isinstance(_poll, Unset):
            poll = UNSET
        else:
            poll = BroadcastMessageBodyPoll.from_dict(_poll)

        reply_to = get("reply_to", UNSET)

        _variables = get("variables", UNSET)
        variables: list[BroadcastMessageBodyVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = BroadcastMessageBodyVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

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
