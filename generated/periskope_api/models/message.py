# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.ack import Ack
from ..models.message_type import MessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_info import DeliveryInfo
    from ..models.media import Media
    from ..models.message_flag import MessageFlag
    from ..models.message_key import MessageKey
    from ..models.poll import Poll
    from ..models.poll_results import PollResults
    from ..models.reaction import Reaction
    from ..models.single_message_payload import SingleMessagePayload


T = TypeVar("T", bound="Message")


_WIRE_KEYS = frozenset(
    (
        "message_id",
        "org_id",
        "org_phone",
        "chat_id",
        "message_type",
        "media",
        "ack",
        "author",
        "body",
        "broadcast",
        "broadcast_id",
        "delivery_info",
        "device_type",
        "duration",
        "flag_metadata",
        "flag_response_time",
        "flag_status",
        "forwarding_score",
        "from",
        "from_me",
        "fts",
        "has_media",
        "has_quoted_msg",
        "has_reaction",
        "highlight",
        "id",
        "interactive",
        "invite_v4",
        "is_deleted",
        "is_ephemeral",
        "is_forwarded",
        "is_gif",
        "is_private_note",
        "is_starred",
        "is_status",
        "links",
        "location",
        "media_key",
        "mentioned_ids",
        "message_ticket_id",
        "order_id",
        "performed_by",
        "poll_info",
        "poll_results",
        "message_payload",
        "prev_body",
        "quoted_message_id",
        "raw_data",
        "reactions",
        "sender_phone",
        "sent_message_id",
        "timestamp",
        "to",
        "token",
        "unique_id",
        "updated_at",
        "vcards",
    )
)


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
    ack: Ack | None | Unset = UNSET
    author: None | str | Unset = UNSET
    """ The sender, in group chats. """
    body: None | str | Unset = UNSET
    broadcast: bool | None | Unset = UNSET
    broadcast_id: None | str | Unset = UNSET
    delivery_info: DeliveryInfo | None | Unset = UNSET
    device_type: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    flag_metadata: MessageFlag | None | Unset = UNSET
    flag_response_time: float | None | Unset = UNSET
    flag_status: bool | None | Unset = UNSET
    forwarding_score: float | None | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_me: bool | None | Unset = UNSET
    fts: Any | Unset = UNSET
    """ Full-text search vector (server internal). """
    has_media: bool | None | Unset = UNSET
    has_quoted_msg: bool | None | Unset = UNSET
    has_reaction: bool | None | Unset = UNSET
    highlight: float | None | Unset = UNSET
    id: MessageKey | None | Unset = UNSET
    interactive: Any | Unset = UNSET
    invite_v4: Any | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    is_ephemeral: bool | None | Unset = UNSET
    is_forwarded: bool | None | Unset = UNSET
    is_gif: bool | None | Unset = UNSET
    is_private_note: bool | None | Unset = UNSET
    is_starred: bool | None | Unset = UNSET
    is_status: bool | None | Unset = UNSET
    links: Any | Unset = UNSET
    location: Any | Unset = UNSET
    media_key: None | str | Unset = UNSET
    mentioned_ids: list[str] | None | Unset = UNSET
    message_ticket_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    performed_by: None | str | Unset = UNSET
    """ Member email, or `api`. """
    poll_info: None | Poll | Unset = UNSET
    poll_results: None | PollResults | Unset = UNSET
    message_payload: None | SingleMessagePayload | Unset = UNSET
    """ The payload the message was sent with. """
    prev_body: None | str | Unset = UNSET
    """ The body before the last edit. """
    quoted_message_id: None | str | Unset = UNSET
    raw_data: Any | Unset = UNSET
    reactions: list[Reaction] | None | Unset = UNSET
    sender_phone: None | str | Unset = UNSET
    sent_message_id: None | str | Unset = UNSET
    """ The queue_id this message was sent with. """
    timestamp: datetime.datetime | None | Unset = UNSET
    to: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    vcards: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        org_id = self.org_id

        org_phone = self.org_phone

        chat_id = self.chat_id

        message_type = self.message_type.value

        media: dict[str, Any] | None
        if isinstance(self.media, Media):
            media = self.media.to_dict()
        else:
            media = self.media

        ack: int | None | Unset
        if isinstance(self.ack, Unset):
            ack = UNSET
        elif isinstance(self.ack, Ack):
            ack = self.ack.value
        else:
            ack = self.ack

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        broadcast: bool | None | Unset
        if isinstance(self.broadcast, Unset):
            broadcast = UNSET
        else:
            broadcast = self.broadcast

        broadcast_id: None | str | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        delivery_info: dict[str, Any] | None | Unset
        if isinstance(self.delivery_info, Unset):
            delivery_info = UNSET
        elif isinstance(self.delivery_info, DeliveryInfo):
            delivery_info = self.delivery_info.to_dict()
        else:
            delivery_info = self.delivery_info

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        else:
            device_type = self.device_type

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        flag_metadata: dict[str, Any] | None | Unset
        if isinstance(self.flag_metadata, Unset):
            flag_metadata = UNSET
        elif isinstance(self.flag_metadata, MessageFlag):
            flag_metadata = self.flag_metadata.to_dict()
        else:
            flag_metadata = self.flag_metadata

        flag_response_time: float | None | Unset
        if isinstance(self.flag_response_time, Unset):
            flag_response_time = UNSET
        else:
            flag_response_time = self.flag_response_time

        flag_status: bool | None | Unset
        if isinstance(self.flag_status, Unset):
            flag_status = UNSET
        else:
            flag_status = self.flag_status

        forwarding_score: float | None | Unset
        if isinstance(self.forwarding_score, Unset):
            forwarding_score = UNSET
        else:
            forwarding_score = self.forwarding_score

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_me: bool | None | Unset
        if isinstance(self.from_me, Unset):
            from_me = UNSET
        else:
            from_me = self.from_me

        fts = self.fts

        has_media: bool | None | Unset
        if isinstance(self.has_media, Unset):
            has_media = UNSET
        else:
            has_media = self.has_media

        has_quoted_msg: bool | None | Unset
        if isinstance(self.has_quoted_msg, Unset):
            has_quoted_msg = UNSET
        else:
            has_quoted_msg = self.has_quoted_msg

        has_reaction: bool | None | Unset
        if isinstance(self.has_reaction, Unset):
            has_reaction = UNSET
        else:
            has_reaction = self.has_reaction

        highlight: float | None | Unset
        if isinstance(self.highlight, Unset):
            highlight = UNSET
        else:
            highlight = self.highlight

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, MessageKey):
            id = self.id.to_dict()
        else:
            id = self.id

        interactive = self.interactive

        invite_v4 = self.invite_v4

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        is_ephemeral: bool | None | Unset
        if isinstance(self.is_ephemeral, Unset):
            is_ephemeral = UNSET
        else:
            is_ephemeral = self.is_ephemeral

        is_forwarded: bool | None | Unset
        if isinstance(self.is_forwarded, Unset):
            is_forwarded = UNSET
        else:
            is_forwarded = self.is_forwarded

        is_gif: bool | None | Unset
        if isinstance(self.is_gif, Unset):
            is_gif = UNSET
        else:
            is_gif = self.is_gif

        is_private_note: bool | None | Unset
        if isinstance(self.is_private_note, Unset):
            is_private_note = UNSET
        else:
            is_private_note = self.is_private_note

        is_starred: bool | None | Unset
        if isinstance(self.is_starred, Unset):
            is_starred = UNSET
        else:
            is_starred = self.is_starred

        is_status: bool | None | Unset
        if isinstance(self.is_status, Unset):
            is_status = UNSET
        else:
            is_status = self.is_status

        links = self.links

        location = self.location

        media_key: None | str | Unset
        if isinstance(self.media_key, Unset):
            media_key = UNSET
        else:
            media_key = self.media_key

        mentioned_ids: list[str] | None | Unset
        if isinstance(self.mentioned_ids, Unset):
            mentioned_ids = UNSET
        elif isinstance(self.mentioned_ids, list):
            mentioned_ids = self.mentioned_ids

        else:
            mentioned_ids = self.mentioned_ids

        message_ticket_id: None | str | Unset
        if isinstance(self.message_ticket_id, Unset):
            message_ticket_id = UNSET
        else:
            message_ticket_id = self.message_ticket_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        performed_by: None | str | Unset
        if isinstance(self.performed_by, Unset):
            performed_by = UNSET
        else:
            performed_by = self.performed_by

        poll_info: dict[str, Any] | None | Unset
        if isinstance(self.poll_info, Unset):
            poll_info = UNSET
        elif isinstance(self.poll_info, Poll):
            poll_info = self.poll_info.to_dict()
        else:
            poll_info = self.poll_info

        poll_results: dict[str, Any] | None | Unset
        if isinstance(self.poll_results, Unset):
            poll_results = UNSET
        elif isinstance(self.poll_results, PollResults):
            poll_results = self.poll_results.to_dict()
        else:
            poll_results = self.poll_results

        message_payload: dict[str, Any] | None | Unset
        if isinstance(self.message_payload, Unset):
            message_payload = UNSET
        elif isinstance(self.message_payload, SingleMessagePayload):
            message_payload = self.message_payload.to_dict()
        else:
            message_payload = self.message_payload

        prev_body: None | str | Unset
        if isinstance(self.prev_body, Unset):
            prev_body = UNSET
        else:
            prev_body = self.prev_body

        quoted_message_id: None | str | Unset
        if isinstance(self.quoted_message_id, Unset):
            quoted_message_id = UNSET
        else:
            quoted_message_id = self.quoted_message_id

        raw_data = self.raw_data

        reactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.reactions, Unset):
            reactions = UNSET
        elif isinstance(self.reactions, list):
            reactions = []
            for reactions_type_0_item_data in self.reactions:
                reactions_type_0_item = reactions_type_0_item_data.to_dict()
                reactions.append(reactions_type_0_item)

        else:
            reactions = self.reactions

        sender_phone: None | str | Unset
        if isinstance(self.sender_phone, Unset):
            sender_phone = UNSET
        else:
            sender_phone = self.sender_phone

        sent_message_id: None | str | Unset
        if isinstance(self.sent_message_id, Unset):
            sent_message_id = UNSET
        else:
            sent_message_id = self.sent_message_id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        vcards: list[str] | None | Unset
        if isinstance(self.vcards, Unset):
            vcards = UNSET
        elif isinstance(self.vcards, list):
            vcards = self.vcards

        else:
            vcards = self.vcards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "org_id": org_id,
                "org_phone": org_phone,
                "chat_id": chat_id,
                "message_type": message_type,
                "media": media,
            }
        )
        if ack is not UNSET:
            field_dict["ack"] = ack
        if author is not UNSET:
            field_dict["author"] = author
        if body is not UNSET:
            field_dict["body"] = body
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if delivery_info is not UNSET:
            field_dict["delivery_info"] = delivery_info
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if flag_metadata is not UNSET:
            field_dict["flag_metadata"] = flag_metadata
        if flag_response_time is not UNSET:
            field_dict["flag_response_time"] = flag_response_time
        if flag_status is not UNSET:
            field_dict["flag_status"] = flag_status
        if forwarding_score is not UNSET:
            field_dict["forwarding_score"] = forwarding_score
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_me is not UNSET:
            field_dict["from_me"] = from_me
        if fts is not UNSET:
            field_dict["fts"] = fts
        if has_media is not UNSET:
            field_dict["has_media"] = has_media
        if has_quoted_msg is not UNSET:
            field_dict["has_quoted_msg"] = has_quoted_msg
        if has_reaction is not UNSET:
            field_dict["has_reaction"] = has_reaction
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
        if id is not UNSET:
            field_dict["id"] = id
        if interactive is not UNSET:
            field_dict["interactive"] = interactive
        if invite_v4 is not UNSET:
            field_dict["invite_v4"] = invite_v4
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_ephemeral is not UNSET:
            field_dict["is_ephemeral"] = is_ephemeral
        if is_forwarded is not UNSET:
            field_dict["is_forwarded"] = is_forwarded
        if is_gif is not UNSET:
            field_dict["is_gif"] = is_gif
        if is_private_note is not UNSET:
            field_dict["is_private_note"] = is_private_note
        if is_starred is not UNSET:
            field_dict["is_starred"] = is_starred
        if is_status is not UNSET:
            field_dict["is_status"] = is_status
        if links is not UNSET:
            field_dict["links"] = links
        if location is not UNSET:
            field_dict["location"] = location
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if mentioned_ids is not UNSET:
            field_dict["mentioned_ids"] = mentioned_ids
        if message_ticket_id is not UNSET:
            field_dict["message_ticket_id"] = message_ticket_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if poll_info is not UNSET:
            field_dict["poll_info"] = poll_info
        if poll_results is not UNSET:
            field_dict["poll_results"] = poll_results
        if message_payload is not UNSET:
            field_dict["message_payload"] = message_payload
        if prev_body is not UNSET:
            field_dict["prev_body"] = prev_body
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if raw_data is not UNSET:
            field_dict["raw_data"] = raw_data
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if sender_phone is not UNSET:
            field_dict["sender_phone"] = sender_phone
        if sent_message_id is not UNSET:
            field_dict["sent_message_id"] = sent_message_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if to is not UNSET:
            field_dict["to"] = to
        if token is not UNSET:
            field_dict["token"] = token
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if vcards is not UNSET:
            field_dict["vcards"] = vcards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Message: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Message") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Message", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        message_id = d["message_id"]

        org_id = d["org_id"]

        org_phone = d["org_phone"]

        chat_id = d["chat_id"]

        message_type = MessageType.decode(d["message_type"])

        _media = d["media"]
        media: Media | None
        if _media is None:
            media = _media
        else:
            if not (isinstance(_media, dict)):
                raise TypeError(f"media: unexpected {type(_media).__name__}")
            media_type_1 = Media.from_dict(_media)

            media = media_type_1

        _ack = get("ack", UNSET)
        ack: Ack | None | Unset
        if _ack is None or _ack is UNSET:
            ack = _ack
        else:
            if not (isinstance(_ack, (int, str)) and not isinstance(_ack, bool)):
                raise TypeError(f"ack: unexpected {type(_ack).__name__}")
            ack_type_1 = Ack.decode(_ack)

            ack = ack_type_1

        author = get("author", UNSET)

        body = get("body", UNSET)

        broadcast = get("broadcast", UNSET)

        broadcast_id = get("broadcast_id", UNSET)

        _delivery_info = get("delivery_info", UNSET)
        delivery_info: DeliveryInfo | None | Unset
        if _delivery_info is None or _delivery_info is UNSET:
            delivery_info = _delivery_info
        else:
            if not (isinstance(_delivery_info, dict)):
                raise TypeError(f"delivery_info: unexpected {type(_delivery_info).__name__}")
            delivery_info_type_1 = DeliveryInfo.from_dict(_delivery_info)

            delivery_info = delivery_info_type_1

        device_type = get("device_type", UNSET)

        duration = get("duration", UNSET)

        _flag_metadata = get("flag_metadata", UNSET)
        flag_metadata: MessageFlag | None | Unset
        if _flag_metadata is None or _flag_metadata is UNSET:
            flag_metadata = _flag_metadata
        else:
            if not (isinstance(_flag_metadata, dict)):
                raise TypeError(f"flag_metadata: unexpected {type(_flag_metadata).__name__}")
            flag_metadata_type_1 = MessageFlag.from_dict(_flag_metadata)

            flag_metadata = flag_metadata_type_1

        flag_response_time = get("flag_response_time", UNSET)

        flag_status = get("flag_status", UNSET)

        forwarding_score = get("forwarding_score", UNSET)

        from_ = get("from", UNSET)

        from_me = get("from_me", UNSET)

        fts = get("fts", UNSET)

        has_media = get("has_media", UNSET)

        has_quoted_msg = get("has_quoted_msg", UNSET)

        has_reaction = get("has_reaction", UNSET)

        highlight = get("highlight", UNSET)

        _id = get("id", UNSET)
        id: MessageKey | None | Unset
        if _id is None or _id is UNSET:
            id = _id
        else:
            if not (isinstance(_id, dict)):
                raise TypeError(f"id: unexpected {type(_id).__name__}")
            id_type_1 = MessageKey.from_dict(_id)

            id = id_type_1

        interactive = get("interactive", UNSET)

        invite_v4 = get("invite_v4", UNSET)

        is_deleted = get("is_deleted", UNSET)

        is_ephemeral = get("is_ephemeral", UNSET)

        is_forwarded = get("is_forwarded", UNSET)

        is_gif = get("is_gif", UNSET)

        is_private_note = get("is_private_note", UNSET)

        is_starred = get("is_starred", UNSET)

        is_status = get("is_status", UNSET)

        links = get("links", UNSET)

        location = get("location", UNSET)

        media_key = get("media_key", UNSET)

        _mentioned_ids = get("mentioned_ids", UNSET)
        mentioned_ids: list[str] | None | Unset
        if _mentioned_ids is None or _mentioned_ids is UNSET:
            mentioned_ids = _mentioned_ids
        else:
            if not (isinstance(_mentioned_ids, list)):
                raise TypeError(f"mentioned_ids: unexpected {type(_mentioned_ids).__name__}")
            mentioned_ids_type_0 = cast(list[str], _mentioned_ids)

            mentioned_ids = mentioned_ids_type_0

        message_ticket_id = get("message_ticket_id", UNSET)

        order_id = get("order_id", UNSET)

        performed_by = get("performed_by", UNSET)

        _poll_info = get("poll_info", UNSET)
        poll_info: None | Poll | Unset
        if _poll_info is None or _poll_info is UNSET:
            poll_info = _poll_info
        else:
            if not (isinstance(_poll_info, dict)):
                raise TypeError(f"poll_info: unexpected {type(_poll_info).__name__}")
            poll_info_type_1 = Poll.from_dict(_poll_info)

            poll_info = poll_info_type_1

        _poll_results = get("poll_results", UNSET)
        poll_results: None | PollResults | Unset
        if _poll_results is None or _poll_results is UNSET:
            poll_results = _poll_results
        else:
            if not (isinstance(_poll_results, dict)):
                raise TypeError(f"poll_results: unexpected {type(_poll_results).__name__}")
            poll_results_type_1 = PollResults.from_dict(_poll_results)

            poll_results = poll_results_type_1

        _message_payload = get("message_payload", UNSET)
        message_payload: None | SingleMessagePayload | Unset
        if _message_payload is None or _message_payload is UNSET:
            message_payload = _message_payload
        else:
            if not (isinstance(_message_payload, dict)):
                raise TypeError(f"message_payload: unexpected {type(_message_payload).__name__}")
            message_payload_type_1 = SingleMessagePayload.from_dict(_message_payload)

            message_payload = message_payload_type_1

        prev_body = get("prev_body", UNSET)

        quoted_message_id = get("quoted_message_id", UNSET)

        raw_data = get("raw_data", UNSET)

        _reactions = get("reactions", UNSET)
        reactions: list[Reaction] | None | Unset
        if _reactions is None or _reactions is UNSET:
            reactions = _reactions
        else:
            if not (isinstance(_reactions, list)):
                raise TypeError(f"reactions: unexpected {type(_reactions).__name__}")
            reactions_type_0 = []
            _reactions_type_0 = _reactions
            for reactions_type_0_item_data in _reactions_type_0:
                reactions_type_0_item = Reaction.from_dict(reactions_type_0_item_data)

                reactions_type_0.append(reactions_type_0_item)

            reactions = reactions_type_0

        sender_phone = get("sender_phone", UNSET)

        sent_message_id = get("sent_message_id", UNSET)

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or _timestamp is UNSET:
            timestamp = _timestamp
        else:
            if not (isinstance(_timestamp, (str, int, float))):
                raise TypeError(f"timestamp: unexpected {type(_timestamp).__name__}")
            timestamp_type_0 = parse_timestamp(_timestamp)

            timestamp = timestamp_type_0

        to = get("to", UNSET)

        token = get("token", UNSET)

        unique_id = get("unique_id", UNSET)

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not (isinstance(_updated_at, (str, int, float))):
                raise TypeError(f"updated_at: unexpected {type(_updated_at).__name__}")
            updated_at_type_0 = parse_timestamp(_updated_at)

            updated_at = updated_at_type_0

        _vcards = get("vcards", UNSET)
        vcards: list[str] | None | Unset
        if _vcards is None or _vcards is UNSET:
            vcards = _vcards
        else:
            if not (isinstance(_vcards, list)):
                raise TypeError(f"vcards: unexpected {type(_vcards).__name__}")
            vcards_type_0 = cast(list[str], _vcards)

            vcards = vcards_type_0

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

        message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message

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
