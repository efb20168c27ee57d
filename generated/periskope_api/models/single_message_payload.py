# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.single_message_payload_message_type import SingleMessagePayloadMessageType
from ..models.single_message_payload_quoted_message_type import SingleMessagePayloadQuotedMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media import Media
    from ..models.poll import Poll
    from ..models.single_message_payload_location import SingleMessagePayloadLocation
    from ..models.single_message_payload_options import SingleMessagePayloadOptions


T = TypeVar("T", bound="SingleMessagePayload")


_WIRE_KEYS = frozenset(
    (
        "message_type",
        "body",
        "contact_ids",
        "location",
        "quoted_message_id",
        "quoted_message_type",
        "broadcast_id",
        "performed_by",
        "options",
        "chat_id",
        "job_id",
        "priority",
        "scheduled_id",
        "media",
        "poll",
    )
)


@_attrs_define
class SingleMessagePayload:
    message_type: SingleMessagePayloadMessageType | Unset = UNSET
    body: str | Unset = UNSET
    contact_ids: list[str] | Unset = UNSET
    location: SingleMessagePayloadLocation | Unset = UNSET
    quoted_message_id: str | Unset = UNSET
    quoted_message_type: SingleMessagePayloadQuotedMessageType | Unset = UNSET
    broadcast_id: str | Unset = UNSET
    performed_by: str | Unset = UNSET
    options: SingleMessagePayloadOptions | Unset = UNSET
    chat_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    priority: float | Unset = UNSET
    scheduled_id: str | Unset = UNSET
    media: Media | None | Unset = UNSET
    poll: None | Poll | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type.value

        body = self.body

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        quoted_message_id = self.quoted_message_id

        quoted_message_type: str | Unset = UNSET
        if not isinstance(self.quoted_message_type, Unset):
            quoted_message_type = self.quoted_message_type.value

        broadcast_id = self.broadcast_id

        performed_by = self.performed_by

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        chat_id = self.chat_id

        job_id = self.job_id

        priority = self.priority

        scheduled_id = self.scheduled_id

        media: dict[str, Any] | None | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, Media):
            media = self.media.to_dict()
        else:
            media = self.media

        poll: dict[str, Any] | None | Unset
        if isinstance(self.poll, Unset):
            poll = UNSET
        elif isinstance(self.poll, Poll):
            poll = self.poll.to_dict()
        else:
            poll = self.poll

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if body is not UNSET:
            field_dict["body"] = body
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if location is not UNSET:
            field_dict["location"] = location
        if quoted_message_id is not UNSET:
            field_dict["quoted_message_id"] = quoted_message_id
        if quoted_message_type is not UNSET:
            field_dict["quoted_message_type"] = quoted_message_type
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if performed_by is not UNSET:
            field_dict["performed_by"] = performed_by
        if options is not UNSET:
            field_dict["options"] = options
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if scheduled_id is not UNSET:
            field_dict["scheduled_id"] = scheduled_id
        if media is not UNSET:
            field_dict["media"] = media
        if poll is not UNSET:
            field_dict["poll"] = poll

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SingleMessagePayload: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SingleMessagePayload") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SingleMessagePayload", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _message_type = get("message_type", UNSET)
        message_type: SingleMessagePayloadMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = SingleMessagePayloadMessageType.decode(_message_type)

        body = get("body", UNSET)

        contact_ids = cast(list[str], get("contact_ids", UNSET))

        _location = get("location", UNSET)
        location: SingleMessagePayloadLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = SingleMessagePayloadLocation.from_dict(_location)

        quoted_message_id = get("quoted_message_id", UNSET)

        _quoted_message_type = get("quoted_message_type", UNSET)
        quoted_message_type: SingleMessagePayloadQuotedMessageType | Unset
        if isinstance(_quoted_message_type, Unset):
            quoted_message_type = UNSET
        else:
            quoted_message_type = SingleMessagePayloadQuotedMessageType.decode(_quoted_message_type)

        broadcast_id = get("broadcast_id", UNSET)

        performed_by = get("performed_by", UNSET)

        _options = get("options", UNSET)
        options: SingleMessagePayloadOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SingleMessagePayloadOptions.from_dict(_options)

        chat_id = get("chat_id", UNSET)

        job_id = get("job_id", UNSET)

        priority = get("priority", UNSET)

        scheduled_id = get("scheduled_id", UNSET)

        _media = get("media", UNSET)
        media: Media | None | Unset
        if _media is None or _media is UNSET:
            media = _media
        else:
            if not (isinstance(_media, dict)):
                raise TypeError(f"media: unexpected {type(_media).__name__}")
            media_type_1 = Media.from_dict(_media)

            media = media_type_1

        _poll = get("poll", UNSET)
        poll: None | Poll | Unset
        if _poll is None or _poll is UNSET:
            poll = _poll
        else:
            if not (isinstance(_poll, dict)):
                raise TypeError(f"poll: unexpected {type(_poll).__name__}")
            poll_type_1 = Poll.from_dict(_poll)

            poll = poll_type_1

        single_message_payload = cls(
            message_type,
            body,
            contact_ids,
            location,
            quoted_message_id,
            quoted_message_type,
            broadcast_id,
            performed_by,
            options,
            chat_id,
            job_id,
            priority,
            scheduled_id,
            media,
            poll,
        )

        single_message_payload.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return single_message_payload

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


from ..models.media import Media  # noqa: E402
from ..models.poll import Poll  # noqa: E402
from ..models.single_message_payload_location import SingleMessagePayloadLocation  # noqa: E402
from ..models.single_message_payload_options import SingleMessagePayloadOptions  # noqa: E402
