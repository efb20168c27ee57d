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
    as_float,
    bad_value,
    decode_error,
    decode_list,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.ack import Ack
from ..models.message_type import MessageType

if TYPE_CHECKING:
    from ..models.delivery_info import DeliveryInfo
    from ..models.media import Media
    from ..models.message_flag import MessageFlag
    from ..models.message_key import MessageKey
    from ..models.poll import Poll
    from ..models.poll_results import PollResults
    from ..models.reaction import Reaction
    from ..models.single_message_payload import SingleMessagePayload


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "message_id": "message_id",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "chat_id": "chat_id",
    "message_type": "message_type",
    "media": "media",
    "ack": "ack",
    "author": "author",
    "body": "body",
    "broadcast": "broadcast",
    "broadcast_id": "broadcast_id",
    "delivery_info": "delivery_info",
    "device_type": "device_type",
    "duration": "duration",
    "flag_metadata": "flag_metadata",
    "flag_response_time": "flag_response_time",
    "flag_status": "flag_status",
    "forwarding_score": "forwarding_score",
    "from": "from_",
    "from_me": "from_me",
    "fts": "fts",
    "has_media": "has_media",
    "has_quoted_msg": "has_quoted_msg",
    "has_reaction": "has_reaction",
    "highlight": "highlight",
    "id": "id",
    "interactive": "interactive",
    "invite_v4": "invite_v4",
    "is_deleted": "is_deleted",
    "is_ephemeral": "is_ephemeral",
    "is_forwarded": "is_forwarded",
    "is_gif": "is_gif",
    "is_private_note": "is_private_note",
    "is_starred": "is_starred",
    "is_status": "is_status",
    "links": "links",
    "location": "location",
    "media_key": "media_key",
    "mentioned_ids": "mentioned_ids",
    "message_ticket_id": "message_ticket_id",
    "order_id": "order_id",
    "performed_by": "performed_by",
    "poll_info": "poll_info",
    "poll_results": "poll_results",
    "message_payload": "message_payload",
    "prev_body": "prev_body",
    "quoted_message_id": "quoted_message_id",
    "raw_data": "raw_data",
    "reactions": "reactions",
    "sender_phone": "sender_phone",
    "sent_message_id": "sent_message_id",
    "timestamp": "timestamp",
    "to": "to",
    "token": "token",
    "unique_id": "unique_id",
    "updated_at": "updated_at",
    "vcards": "vcards",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Message:
    """A WhatsApp message (the message object)."""

    message_id: str
    """ `<from_me>_<chat_id>_<unique_id>`, with `_<author>` appended in groups. """
    org_id: str
    org_phone: str
    chat_id: str
    message_type: MessageType
    """ The kind of message. Values outside this list are kept. """
    media: Media | None
    ack: Ack | None = None
    author: str | None = None
    """ The sender, in group chats. """
    body: str | None = None
    broadcast: bool | None = None
    broadcast_id: str | None = None
    delivery_info: DeliveryInfo | None = None
    device_type: str | None = None
    duration: str | None = None
    flag_metadata: MessageFlag | None = None
    flag_response_time: float | None = None
    flag_status: bool | None = None
    forwarding_score: float | None = None
    from_: str | None = None
    from_me: bool | None = None
    fts: Any | None = None
    """ Full-text search vector (server internal). """
    has_media: bool | None = None
    has_quoted_msg: bool | None = None
    has_reaction: bool | None = None
    highlight: float | None = None
    id: MessageKey | None = None
    interactive: Any | None = None
    invite_v4: Any | None = None
    is_deleted: bool | None = None
    is_ephemeral: bool | None = None
    is_forwarded: bool | None = None
    is_gif: bool | None = None
    is_private_note: bool | None = None
    is_starred: bool | None = None
    is_status: bool | None = None
    links: Any | None = None
    location: Any | None = None
    media_key: str | None = None
    mentioned_ids: list[str] | None = None
    message_ticket_id: str | None = None
    order_id: str | None = None
    performed_by: str | None = None
    """ Member email, or `api`. """
    poll_info: Poll | None = None
    poll_results: PollResults | None = None
    message_payload: SingleMessagePayload | None = None
    """ The payload the message was sent with. """
    prev_body: str | None = None
    """ The body before the last edit. """
    quoted_message_id: str | None = None
    raw_data: Any | None = None
    reactions: list[Reaction] | None = None
    sender_phone: str | None = None
    sent_message_id: str | None = None
    """ The queue_id this message was sent with. """
    timestamp: datetime.datetime | None = None
    to: str | None = None
    token: str | None = None
    unique_id: str | None = None
    updated_at: datetime.datetime | None = None
    vcards: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        message_id = self.message_id
        field_dict["message_id"] = message_id
        org_id = self.org_id
        field_dict["org_id"] = org_id
        org_phone = self.org_phone
        field_dict["org_phone"] = org_phone
        chat_id = self.chat_id
        field_dict["chat_id"] = chat_id
        message_type = self.message_type
        field_dict["message_type"] = message_type.value
        media = self.media
        field_dict["media"] = None if media is None else media.to_dict()
        ack = self.ack
        if ack is not None:
            field_dict["ack"] = ack.value
        elif "ack" not in absent:
            field_dict["ack"] = None
        author = self.author
        if author is not None:
            field_dict["author"] = author
        elif "author" not in absent:
            field_dict["author"] = None
        body = self.body
        if body is not None:
            field_dict["body"] = body
        elif "body" not in absent:
            field_dict["body"] = None
        broadcast = self.broadcast
        if broadcast is not None:
            field_dict["broadcast"] = broadcast
        elif "broadcast" not in absent:
            field_dict["broadcast"] = None
        broadcast_id = self.broadcast_id
        if broadcast_id is not None:
            field_dict["broadcast_id"] = broadcast_id
        elif "broadcast_id" not in absent:
            field_dict["broadcast_id"] = None
        delivery_info = self.delivery_info
        if delivery_info is not None:
            field_dict["delivery_info"] = delivery_info.to_dict()
        elif "delivery_info" not in absent:
            field_dict["delivery_info"] = None
        device_type = self.device_type
        if device_type is not None:
            field_dict["device_type"] = device_type
        elif "device_type" not in absent:
            field_dict["device_type"] = None
        duration = self.duration
        if duration is not None:
            field_dict["duration"] = duration
        elif "duration" not in absent:
            field_dict["duration"] = None
        flag_metadata = self.flag_metadata
        if flag_metadata is not None:
            field_dict["flag_metadata"] = flag_metadata.to_dict()
        elif "flag_metadata" not in absent:
            field_dict["flag_metadata"] = None
        flag_response_time = self.flag_response_time
        if flag_response_time is not None:
            field_dict["flag_response_time"] = flag_response_time
        elif "flag_response_time" not in absent:
            field_dict["flag_response_time"] = None
        flag_status = self.flag_status
        if flag_status is not None:
            field_dict["flag_status"] = flag_status
        elif "flag_status" not in absent:
            field_dict["flag_status"] = None
        forwarding_score = self.forwarding_score
        if forwarding_score is not None:
            field_dict["forwarding_score"] = forwarding_score
        elif "forwarding_score" not in absent:
            field_dict["forwarding_score"] = None
        from_ = self.from_
        if from_ is not None:
            field_dict["from"] = from_
        elif "from" not in absent:
            field_dict["from"] = None
        from_me = self.from_me
        if from_me is not None:
            field_dict["from_me"] = from_me
        elif "from_me" not in absent:
            field_dict["from_me"] = None
        fts = self.fts
        if fts is not None:
            field_dict["fts"] = fts
        elif "fts" not in absent:
            field_dict["fts"] = None
        has_media = self.has_media
        if has_media is not None:
            field_dict["has_media"] = has_media
        elif "has_media" not in absent:
            field_dict["has_media"] = None
        has_quoted_msg = self.has_quoted_msg
        if has_quoted_msg is not None:
            field_dict["has_quoted_msg"] = has_quoted_msg
        elif "has_quoted_msg" not in absent:
            field_dict["has_quoted_msg"] = None
        has_reaction = self.has_reaction
        if has_reaction is not None:
            field_dict["has_reaction"] = has_reaction
        elif "has_reaction" not in absent:
            field_dict["has_reaction"] = None
        highlight = self.highlight
        if highlight is not None:
            field_dict["highlight"] = highlight
        elif "highlight" not in absent:
            field_dict["highlight"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id.to_dict()
        elif "id" not in absent:
            field_dict["id"] = None
        interactive = self.interactive
        if interactive is not None:
            field_dict["interactive"] = interactive
        elif "interactive" not in absent:
            field_dict["interactive"] = None
        invite_v4 = self.invite_v4
        if invite_v4 is not None:
            field_dict["invite_v4"] = invite_v4
        elif "invite_v4" not in absent:
            field_dict["invite_v4"] = None
        is_deleted = self.is_deleted
        if is_deleted is not None:
            field_dict["is_deleted"] = is_deleted
        elif "is_deleted" not in absent:
            field_dict["is_deleted"] = None
        is_ephemeral = self.is_ephemeral
        if is_ephemeral is not None:
            field_dict["is_ephemeral"] = is_ephemeral
        elif "is_ephemeral" not in absent:
            field_dict["is_ephemeral"] = None
        is_forwarded = self.is_forwarded
        if is_forwarded is not None:
            field_dict["is_forwarded"] = is_forwarded
        elif "is_forwarded" not in absent:
            field_dict["is_forwarded"] = None
        is_gif = self.is_gif
        if is_gif is not None:
            field_dict["is_gif"] = is_gif
        elif "is_gif" not in absent:
            field_dict["is_gif"] = None
        is_private_note = self.is_private_note
        if is_private_note is not None:
            field_dict["is_private_note"] = is_private_note
        elif "is_private_note" not in absent:
            field_dict["is_private_note"] = None
        is_starred = self.is_starred
        if is_starred is not None:
            field_dict["is_starred"] = is_starred
        elif "is_starred" not in absent:
            field_dict["is_starred"] = None
        is_status = self.is_status
        if is_status is not None:
            field_dict["is_status"] = is_status
        elif "is_status" not in absent:
            field_dict["is_status"] = None
        links = self.links
        if links is not None:
            field_dict["links"] = links
        elif "links" not in absent:
            field_dict["links"] = None
        location = self.location
        if location is not None:
            field_dict["location"] = location
        elif "location" not in absent:
            field_dict["location"] = None
        media_key = self.media_key
        if media_key is not None:
            field_dict["media_key"] = media_key
        elif "media_key" not in absent:
            field_dict["media_key"] = None
        mentioned_ids = self.mentioned_ids
        if mentioned_ids is not None:
            field_dict["mentioned_ids"] = mentioned_ids
        elif "mentioned_ids" not in absent:
            field_dict["mentioned_ids"] = None
        message_ticket_id = self.message_ticket_id
        if message_ticket_id is not None:
            field_dict["message_ticket_id"] = message_ticket_id
        elif "message_ticket_id" not in absent:
            field_dict["message_ticket_id"] = None
        order_id = self.order_id
        if order_id is not None:
            field_dict["order_id"] = order_id
        elif "order_id" not in absent:
            field_dict["order_id"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        poll_info = self.poll_info
        if poll_info is not None:
            field_dict["poll_info"] = poll_info.to_dict()
        elif "poll_info" not in absent:
            field_dict["poll_info"] = None
        poll_results = self.poll_results
        if poll_results is not None:
            field_dict["poll_results"] = poll_results.to_dict()
        elif "poll_results" not in absent:
            field_dict["poll_results"] = None
        message_payload = self.message_payload
        if message_payload is not None:
            field_dict["message_payload"] = message_payload.to_dict()
        elif "message_payload" not in absent:
            field_dict["message_payload"] = None
        prev_body = self.prev_body
        if prev_body is not None:
            field_dict["prev_body"] = prev_body
        elif "prev_body" not in absent:
            field_dict["prev_body"] = None
        quoted_message_id = self.quoted_message_id
        if quoted_message_id is not None:
            field_dict["quoted_message_id"] = quoted_message_id
        elif "quoted_message_id" not in absent:
            field_dict["quoted_message_id"] = None
        raw_data = self.raw_data
        if raw_data is not None:
            field_dict["raw_data"] = raw_data
        elif "raw_data" not in absent:
            field_dict["raw_data"] = None
        reactions = self.reactions
        if reactions is not None:
            field_dict["reactions"] = [item.to_dict() for item in reactions]
        elif "reactions" not in absent:
            field_dict["reactions"] = None
        sender_phone = self.sender_phone
        if sender_phone is not None:
            field_dict["sender_phone"] = sender_phone
        elif "sender_phone" not in absent:
            field_dict["sender_phone"] = None
        sent_message_id = self.sent_message_id
        if sent_message_id is not None:
            field_dict["sent_message_id"] = sent_message_id
        elif "sent_message_id" not in absent:
            field_dict["sent_message_id"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" not in absent:
            field_dict["timestamp"] = None
        to = self.to
        if to is not None:
            field_dict["to"] = to
        elif "to" not in absent:
            field_dict["to"] = None
        token = self.token
        if token is not None:
            field_dict["token"] = token
        elif "token" not in absent:
            field_dict["token"] = None
        unique_id = self.unique_id
        if unique_id is not None:
            field_dict["unique_id"] = unique_id
        elif "unique_id" not in absent:
            field_dict["unique_id"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" not in absent:
            field_dict["updated_at"] = None
        vcards = self.vcards
        if vcards is not None:
            field_dict["vcards"] = vcards
        elif "vcards" not in absent:
            field_dict["vcards"] = None
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
            raise exc.within_model("Message") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Message", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Message")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "message_id" not in d:
            raise DecodePathError("message_id", "missing required key")
        message_id = d["message_id"]
        if not isinstance(message_id, str):
            raise wrong_type("message_id", message_id, "str")

        if "org_id" not in d:
            raise DecodePathError("org_id", "missing required key")
        org_id = d["org_id"]
        if not isinstance(org_id, str):
            raise wrong_type("org_id", org_id, "str")

        if "org_phone" not in d:
            raise DecodePathError("org_phone", "missing required key")
        org_phone = d["org_phone"]
        if not isinstance(org_phone, str):
            raise wrong_type("org_phone", org_phone, "str")

        if "chat_id" not in d:
            raise DecodePathError("chat_id", "missing required key")
        chat_id = d["chat_id"]
        if not isinstance(chat_id, str):
            raise wrong_type("chat_id", chat_id, "str")

        if "message_type" not in d:
            raise DecodePathError("message_type", "missing required key")
        message_type = d["message_type"]
        try:
            message_type = MessageType.decode(message_type)
        except (TypeError, ValueError):
            raise bad_value("message_type", message_type, "MessageType") from None

        if "media" not in d:
            raise DecodePathError("media", "missing required key")
        media = d["media"]
        if media is not None:
            try:
                media = Media._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        ack = get("ack")
        if ack is not None:
            try:
                ack = Ack.decode(ack)
            except (TypeError, ValueError):
                raise bad_value("ack", ack, "Ack") from None

        author = get("author")
        if author is not None:
            if not isinstance(author, str):
                raise wrong_type("author", author, "str")

        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        broadcast = get("broadcast")
        if broadcast is not None:
            if broadcast.__class__ is not bool:
                raise wrong_type("broadcast", broadcast, "bool")

        broadcast_id = get("broadcast_id")
        if broadcast_id is not None:
            if not isinstance(broadcast_id, str):
                raise wrong_type("broadcast_id", broadcast_id, "str")

        delivery_info = get("delivery_info")
        if delivery_info is not None:
            try:
                delivery_info = DeliveryInfo._from_dict(delivery_info)
            except DecodePathError as exc:
                raise exc.at("delivery_info") from None

        device_type = get("device_type")
        if device_type is not None:
            if not isinstance(device_type, str):
                raise wrong_type("device_type", device_type, "str")

        duration = get("duration")
        if duration is not None:
            if not isinstance(duration, str):
                raise wrong_type("duration", duration, "str")

        flag_metadata = get("flag_metadata")
        if flag_metadata is not None:
            try:
                flag_metadata = MessageFlag._from_dict(flag_metadata)
            except DecodePathError as exc:
                raise exc.at("flag_metadata") from None

        flag_response_time = get("flag_response_time")
        if flag_response_time is not None:
            if flag_response_time.__class__ is not float and flag_response_time.__class__ is not int:
                flag_response_time = as_float(flag_response_time, "flag_response_time")

        flag_status = get("flag_status")
        if flag_status is not None:
            if flag_status.__class__ is not bool:
                raise wrong_type("flag_status", flag_status, "bool")

        forwarding_score = get("forwarding_score")
        if forwarding_score is not None:
            if forwarding_score.__class__ is not float and forwarding_score.__class__ is not int:
                forwarding_score = as_float(forwarding_score, "forwarding_score")

        from_ = get("from")
        if from_ is not None:
            if not isinstance(from_, str):
                raise wrong_type("from", from_, "str")

        from_me = get("from_me")
        if from_me is not None:
            if from_me.__class__ is not bool:
                raise wrong_type("from_me", from_me, "bool")

        fts = get("fts")
        has_media = get("has_media")
        if has_media is not None:
            if has_media.__class__ is not bool:
                raise wrong_type("has_media", has_media, "bool")

        has_quoted_msg = get("has_quoted_msg")
        if has_quoted_msg is not None:
            if has_quoted_msg.__class__ is not bool:
                raise wrong_type("has_quoted_msg", has_quoted_msg, "bool")

        has_reaction = get("has_reaction")
        if has_reaction is not None:
            if has_reaction.__class__ is not bool:
                raise wrong_type("has_reaction", has_reaction, "bool")

        highlight = get("highlight")
        if highlight is not None:
            if highlight.__class__ is not float and highlight.__class__ is not int:
                highlight = as_float(highlight, "highlight")

        id = get("id")
        if id is not None:
            try:
                id = MessageKey._from_dict(id)
            except DecodePathError as exc:
                raise exc.at("id") from None

        interactive = get("interactive")
        invite_v4 = get("invite_v4")
        is_deleted = get("is_deleted")
        if is_deleted is not None:
            if is_deleted.__class__ is not bool:
                raise wrong_type("is_deleted", is_deleted, "bool")

        is_ephemeral = get("is_ephemeral")
        if is_ephemeral is not None:
            if is_ephemeral.__class__ is not bool:
                raise wrong_type("is_ephemeral", is_ephemeral, "bool")

        is_forwarded = get("is_forwarded")
        if is_forwarded is not None:
            if is_forwarded.__class__ is not bool:
                raise wrong_type("is_forwarded", is_forwarded, "bool")

        is_gif = get("is_gif")
        if is_gif is not None:
            if is_gif.__class__ is not bool:
                raise wrong_type("is_gif", is_gif, "bool")

        is_private_note = get("is_private_note")
        if is_private_note is not None:
            if is_private_note.__class__ is not bool:
                raise wrong_type("is_private_note", is_private_note, "bool")

        is_starred = get("is_starred")
        if is_starred is not None:
            if is_starred.__class__ is not bool:
                raise wrong_type("is_starred", is_starred, "bool")

        is_status = get("is_status")
        if is_status is not None:
            if is_status.__class__ is not bool:
                raise wrong_type("is_status", is_status, "bool")

        links = get("links")
        location = get("location")
        media_key = get("media_key")
        if media_key is not None:
            if not isinstance(media_key, str):
                raise wrong_type("media_key", media_key, "str")

        mentioned_ids = get("mentioned_ids")
        if mentioned_ids is not None:
            mentioned_ids = str_list(mentioned_ids, "mentioned_ids")

        message_ticket_id = get("message_ticket_id")
        if message_ticket_id is not None:
            if not isinstance(message_ticket_id, str):
                raise wrong_type("message_ticket_id", message_ticket_id, "str")

        order_id = get("order_id")
        if order_id is not None:
            if not isinstance(order_id, str):
                raise wrong_type("order_id", order_id, "str")

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        poll_info = get("poll_info")
        if poll_info is not None:
            try:
                poll_info = Poll._from_dict(poll_info)
            except DecodePathError as exc:
                raise exc.at("poll_info") from None

        poll_results = get("poll_results")
        if poll_results is not None:
            try:
                poll_results = PollResults._from_dict(poll_results)
            except DecodePathError as exc:
                raise exc.at("poll_results") from None

        message_payload = get("message_payload")
        if message_payload is not None:
            try:
                message_payload = SingleMessagePayload._from_dict(message_payload)
            except DecodePathError as exc:
                raise exc.at("message_payload") from None

        prev_body = get("prev_body")
        if prev_body is not None:
            if not isinstance(prev_body, str):
                raise wrong_type("prev_body", prev_body, "str")

        quoted_message_id = get("quoted_message_id")
        if quoted_message_id is not None:
            if not isinstance(quoted_message_id, str):
                raise wrong_type("quoted_message_id", quoted_message_id, "str")

        raw_data = get("raw_data")
        reactions = get("reactions")
        if reactions is not None:
            reactions = decode_list(reactions, "reactions", Reaction._from_dict)

        sender_phone = get("sender_phone")
        if sender_phone is not None:
            if not isinstance(sender_phone, str):
                raise wrong_type("sender_phone", sender_phone, "str")

        sent_message_id = get("sent_message_id")
        if sent_message_id is not None:
            if not isinstance(sent_message_id, str):
                raise wrong_type("sent_message_id", sent_message_id, "str")

        timestamp = get("timestamp")
        if timestamp is not None:
            try:
                timestamp = parse_timestamp(timestamp)
            except (TypeError, ValueError):
                raise bad_value("timestamp", timestamp, "a timestamp") from None

        to = get("to")
        if to is not None:
            if not isinstance(to, str):
                raise wrong_type("to", to, "str")

        token = get("token")
        if token is not None:
            if not isinstance(token, str):
                raise wrong_type("token", token, "str")

        unique_id = get("unique_id")
        if unique_id is not None:
            if not isinstance(unique_id, str):
                raise wrong_type("unique_id", unique_id, "str")

        updated_at = get("updated_at")
        if updated_at is not None:
            try:
                updated_at = parse_timestamp(updated_at)
            except (TypeError, ValueError):
                raise bad_value("updated_at", updated_at, "a timestamp") from None

        vcards = get("vcards")
        if vcards is not None:
            vcards = str_list(vcards, "vcards")

        message = cls(
            message_id,
            org_id,
            org_phone,
            chat_id,
            message_type,
            media,
            ack,
            author,
            body,
            broadcast,
            broadcast_id,
            delivery_info,
            device_type,
            duration,
            flag_metadata,
            flag_response_time,
            flag_status,
            forwarding_score,
            from_,
            from_me,
            fts,
            has_media,
            has_quoted_msg,
            has_reaction,
            highlight,
            id,
            interactive,
            invite_v4,
            is_deleted,
            is_ephemeral,
            is_forwarded,
            is_gif,
            is_private_note,
            is_starred,
            is_status,
            links,
            location,
            media_key,
            mentioned_ids,
            message_ticket_id,
            order_id,
            performed_by,
            poll_info,
            poll_results,
            message_payload,
            prev_body,
            quoted_message_id,
            raw_data,
            reactions,
            sender_phone,
            sent_message_id,
            timestamp,
            to,
            token,
            unique_id,
            updated_at,
            vcards,
        )
        message._absent = absent_keys(_WIRE_KEYS, d)
        message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message

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


from ..models.delivery_info import DeliveryInfo  # noqa: E402
from ..models.media import Media  # noqa: E402
from ..models.message_flag import MessageFlag  # noqa: E402
from ..models.message_key import MessageKey  # noqa: E402
from ..models.poll import Poll  # noqa: E402
from ..models.poll_results import PollResults  # noqa: E402
from ..models.reaction import Reaction  # noqa: E402
from ..models.single_message_payload import SingleMessagePayload  # noqa: E402
