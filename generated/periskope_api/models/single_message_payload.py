# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

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
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

from ..models.single_message_payload_message_type import SingleMessagePayloadMessageType
from ..models.single_message_payload_quoted_message_type import SingleMessagePayloadQuotedMessageType

if TYPE_CHECKING:
    from ..models.media import Media
    from ..models.poll import Poll
    from ..models.single_message_payload_location import SingleMessagePayloadLocation
    from ..models.single_message_payload_options import SingleMessagePayloadOptions


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "message_type": "message_type",
    "body": "body",
    "contact_ids": "contact_ids",
    "location": "location",
    "quoted_message_id": "quoted_message_id",
    "quoted_message_type": "quoted_message_type",
    "broadcast_id": "broadcast_id",
    "performed_by": "performed_by",
    "options": "options",
    "chat_id": "chat_id",
    "job_id": "job_id",
    "priority": "priority",
    "scheduled_id": "scheduled_id",
    "media": "media",
    "poll": "poll",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class SingleMessagePayload:
    message_type: SingleMessagePayloadMessageType | None = None
    body: str | None = None
    contact_ids: list[str] | None = None
    location: SingleMessagePayloadLocation | None = None
    quoted_message_id: str | None = None
    quoted_message_type: SingleMessagePayloadQuotedMessageType | None = None
    broadcast_id: str | None = None
    performed_by: str | None = None
    options: SingleMessagePayloadOptions | None = None
    chat_id: str | None = None
    job_id: str | None = None
    priority: float | None = None
    scheduled_id: str | None = None
    media: Media | None = None
    poll: Poll | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        message_type = self.message_type
        if message_type is not None:
            field_dict["message_type"] = message_type.value
        elif "message_type" not in absent:
            field_dict["message_type"] = None
        body = self.body
        if body is not None:
            field_dict["body"] = body
        elif "body" not in absent:
            field_dict["body"] = None
        contact_ids = self.contact_ids
        if contact_ids is not None:
            field_dict["contact_ids"] = contact_ids
        elif "contact_ids" not in absent:
            field_dict["contact_ids"] = None
        location = self.location
        if location is not None:
            field_dict["location"] = location.to_dict()
        elif "location" not in absent:
            field_dict["location"] = None
        quoted_message_id = self.quoted_message_id
        if quoted_message_id is not None:
            field_dict["quoted_message_id"] = quoted_message_id
        elif "quoted_message_id" not in absent:
            field_dict["quoted_message_id"] = None
        quoted_message_type = self.quoted_message_type
        if quoted_message_type is not None:
            field_dict["quoted_message_type"] = quoted_message_type.value
        elif "quoted_message_type" not in absent:
            field_dict["quoted_message_type"] = None
        broadcast_id = self.broadcast_id
        if broadcast_id is not None:
            field_dict["broadcast_id"] = broadcast_id
        elif "broadcast_id" not in absent:
            field_dict["broadcast_id"] = None
        performed_by = self.performed_by
        if performed_by is not None:
            field_dict["performed_by"] = performed_by
        elif "performed_by" not in absent:
            field_dict["performed_by"] = None
        options = self.options
        if options is not None:
            field_dict["options"] = options.to_dict()
        elif "options" not in absent:
            field_dict["options"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        job_id = self.job_id
        if job_id is not None:
            field_dict["job_id"] = job_id
        elif "job_id" not in absent:
            field_dict["job_id"] = None
        priority = self.priority
        if priority is not None:
            field_dict["priority"] = priority
        elif "priority" not in absent:
            field_dict["priority"] = None
        scheduled_id = self.scheduled_id
        if scheduled_id is not None:
            field_dict["scheduled_id"] = scheduled_id
        elif "scheduled_id" not in absent:
            field_dict["scheduled_id"] = None
        media = self.media
        if media is not None:
            field_dict["media"] = media.to_dict()
        elif "media" not in absent:
            field_dict["media"] = None
        poll = self.poll
        if poll is not None:
            field_dict["poll"] = poll.to_dict()
        elif "poll" not in absent:
            field_dict["poll"] = None
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
            raise exc.within_model("SingleMessagePayload") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SingleMessagePayload", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SingleMessagePayload")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        message_type = get("message_type")
        if message_type is not None:
            try:
                message_type = SingleMessagePayloadMessageType.decode(message_type)
            except (TypeError, ValueError):
                raise bad_value("message_type", message_type, "SingleMessagePayloadMessageType") from None

        body = get("body")
        if body is not None:
            if not isinstance(body, str):
                raise wrong_type("body", body, "str")

        contact_ids = get("contact_ids")
        if contact_ids is not None:
            contact_ids = str_list(contact_ids, "contact_ids")

        location = get("location")
        if location is not None:
            try:
                location = SingleMessagePayloadLocation._from_dict(location)
            except DecodePathError as exc:
                raise exc.at("location") from None

        quoted_message_id = get("quoted_message_id")
        if quoted_message_id is not None:
            if not isinstance(quoted_message_id, str):
                raise wrong_type("quoted_message_id", quoted_message_id, "str")

        quoted_message_type = get("quoted_message_type")
        if quoted_message_type is not None:
            try:
                quoted_message_type = SingleMessagePayloadQuotedMessageType.decode(quoted_message_type)
            except (TypeError, ValueError):
                raise bad_value(
                    "quoted_message_type", quoted_message_type, "SingleMessagePayloadQuotedMessageType"
                ) from None

        broadcast_id = get("broadcast_id")
        if broadcast_id is not None:
            if not isinstance(broadcast_id, str):
                raise wrong_type("broadcast_id", broadcast_id, "str")

        performed_by = get("performed_by")
        if performed_by is not None:
            if not isinstance(performed_by, str):
                raise wrong_type("performed_by", performed_by, "str")

        options = get("options")
        if options is not None:
            try:
                options = SingleMessagePayloadOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        job_id = get("job_id")
        if job_id is not None:
            if not isinstance(job_id, str):
                raise wrong_type("job_id", job_id, "str")

        priority = get("priority")
        if priority is not None:
            if priority.__class__ is not float and priority.__class__ is not int:
                priority = as_float(priority, "priority")

        scheduled_id = get("scheduled_id")
        if scheduled_id is not None:
            if not isinstance(scheduled_id, str):
                raise wrong_type("scheduled_id", scheduled_id, "str")

        media = get("media")
        if media is not None:
            try:
                media = Media._from_dict(media)
            except DecodePathError as exc:
                raise exc.at("media") from None

        poll = get("poll")
        if poll is not None:
            try:
                poll = Poll._from_dict(poll)
            except DecodePathError as exc:
                raise exc.at("poll") from None

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
        single_message_payload._absent = absent_keys(_WIRE_KEYS, d)
        single_message_payload.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return single_message_payload

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


from ..models.media import Media  # noqa: E402
from ..models.poll import Poll  # noqa: E402
from ..models.single_message_payload_location import SingleMessagePayloadLocation  # noqa: E402
from ..models.single_message_payload_options import SingleMessagePayloadOptions  # noqa: E402
