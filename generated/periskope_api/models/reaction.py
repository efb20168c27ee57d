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
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

from ..models.ack import Ack

if TYPE_CHECKING:
    from ..models.message_key import MessageKey


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "reaction_id": "reaction_id",
    "message_id": "message_id",
    "reaction": "reaction",
    "sender_id": "sender_id",
    "chat_id": "chat_id",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "ack": "ack",
    "timestamp": "timestamp",
    "read": "read",
    "orphan": "orphan",
    "orphan_reason": "orphan_reason",
    "unique_id": "unique_id",
    "id": "id",
    "msg_id": "msg_id",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Reaction:
    """A reaction to a message."""

    reaction_id: str | None = None
    message_id: str | None = None
    reaction: str | None = None
    """ The emoji; empty when the reaction was removed. """
    sender_id: str | None = None
    chat_id: str | None = None
    org_id: str | None = None
    org_phone: str | None = None
    ack: Ack | None = None
    timestamp: datetime.datetime | None = None
    read: bool | None = None
    orphan: float | None = None
    orphan_reason: str | None = None
    unique_id: str | None = None
    id: MessageKey | None = None
    msg_id: MessageKey | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        reaction_id = self.reaction_id
        if reaction_id is not None:
            field_dict["reaction_id"] = reaction_id
        elif "reaction_id" not in absent:
            field_dict["reaction_id"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        reaction = self.reaction
        if reaction is not None:
            field_dict["reaction"] = reaction
        elif "reaction" not in absent:
            field_dict["reaction"] = None
        sender_id = self.sender_id
        if sender_id is not None:
            field_dict["sender_id"] = sender_id
        elif "sender_id" not in absent:
            field_dict["sender_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        ack = self.ack
        if ack is not None:
            field_dict["ack"] = ack.value
        elif "ack" not in absent:
            field_dict["ack"] = None
        timestamp = self.timestamp
        if timestamp is not None:
            field_dict["timestamp"] = timestamp.isoformat()
        elif "timestamp" not in absent:
            field_dict["timestamp"] = None
        read = self.read
        if read is not None:
            field_dict["read"] = read
        elif "read" not in absent:
            field_dict["read"] = None
        orphan = self.orphan
        if orphan is not None:
            field_dict["orphan"] = orphan
        elif "orphan" not in absent:
            field_dict["orphan"] = None
        orphan_reason = self.orphan_reason
        if orphan_reason is not None:
            field_dict["orphan_reason"] = orphan_reason
        elif "orphan_reason" not in absent:
            field_dict["orphan_reason"] = None
        unique_id = self.unique_id
        if unique_id is not None:
            field_dict["unique_id"] = unique_id
        elif "unique_id" not in absent:
            field_dict["unique_id"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id.to_dict()
        elif "id" not in absent:
            field_dict["id"] = None
        msg_id = self.msg_id
        if msg_id is not None:
            field_dict["msg_id"] = msg_id.to_dict()
        elif "msg_id" not in absent:
            field_dict["msg_id"] = None
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
            raise exc.within_model("Reaction") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Reaction", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Reaction")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        reaction_id = get("reaction_id")
        if reaction_id is not None:
            if not isinstance(reaction_id, str):
                raise wrong_type("reaction_id", reaction_id, "str")

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        reaction = get("reaction")
        if reaction is not None:
            if not isinstance(reaction, str):
                raise wrong_type("reaction", reaction, "str")

        sender_id = get("sender_id")
        if sender_id is not None:
            if not isinstance(sender_id, str):
                raise wrong_type("sender_id", sender_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        ack = get("ack")
        if ack is not None:
            try:
                ack = Ack.decode(ack)
            except (TypeError, ValueError):
                raise bad_value("ack", ack, "Ack") from None

        timestamp = get("timestamp")
        if timestamp is not None:
            try:
                timestamp = parse_timestamp(timestamp)
            except (TypeError, ValueError):
                raise bad_value("timestamp", timestamp, "a timestamp") from None

        read = get("read")
        if read is not None:
            if read.__class__ is not bool:
                raise wrong_type("read", read, "bool")

        orphan = get("orphan")
        if orphan is not None:
            if orphan.__class__ is not float and orphan.__class__ is not int:
                orphan = as_float(orphan, "orphan")

        orphan_reason = get("orphan_reason")
        if orphan_reason is not None:
            if not isinstance(orphan_reason, str):
                raise wrong_type("orphan_reason", orphan_reason, "str")

        unique_id = get("unique_id")
        if unique_id is not None:
            if not isinstance(unique_id, str):
                raise wrong_type("unique_id", unique_id, "str")

        id = get("id")
        if id is not None:
            try:
                id = MessageKey._from_dict(id)
            except DecodePathError as exc:
                raise exc.at("id") from None

        msg_id = get("msg_id")
        if msg_id is not None:
            try:
                msg_id = MessageKey._from_dict(msg_id)
            except DecodePathError as exc:
                raise exc.at("msg_id") from None

        reaction = cls(
            reaction_id,
            message_id,
            reaction,
            sender_id,
            chat_id,
            org_id,
            org_phone,
            ack,
            timestamp,
            read,
            orphan,
            orphan_reason,
            unique_id,
            id,
            msg_id,
        )
        reaction._absent = absent_keys(_WIRE_KEYS, d)
        reaction.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return reaction

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


from ..models.message_key import MessageKey  # noqa: E402
