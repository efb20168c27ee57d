# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.ack import Ack
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_key import MessageKey


T = TypeVar("T", bound="Reaction")


_WIRE_KEYS = frozenset(
    (
        "reaction_id",
        "message_id",
        "reaction",
        "sender_id",
        "chat_id",
        "org_id",
        "org_phone",
        "ack",
        "timestamp",
        "read",
        "orphan",
        "orphan_reason",
        "unique_id",
        "id",
        "msg_id",
    )
)


@_attrs_define
class Reaction:
    """A reaction to a message."""

    reaction_id: None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    reaction: None | str | Unset = UNSET
    """ The emoji; empty when the reaction was removed. """
    sender_id: None | str | Unset = UNSET
    chat_id: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    ack: Ack | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    read: bool | None | Unset = UNSET
    orphan: float | None | Unset = UNSET
    orphan_reason: None | str | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    id: MessageKey | None | Unset = UNSET
    msg_id: MessageKey | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reaction_id: None | str | Unset
        if isinstance(self.reaction_id, Unset):
            reaction_id = UNSET
        else:
            reaction_id = self.reaction_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        reaction: None | str | Unset
        if isinstance(self.reaction, Unset):
            reaction = UNSET
        else:
            reaction = self.reaction

        sender_id: None | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        org_phone: None | str | Unset
        if isinstance(self.org_phone, Unset):
            org_phone = UNSET
        else:
            org_phone = self.org_phone

        ack: int | None | Unset
        if isinstance(self.ack, Unset):
            ack = UNSET
        elif isinstance(self.ack, Ack):
            ack = self.ack.value
        else:
            ack = self.ack

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        read: bool | None | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        else:
            read = self.read

        orphan: float | None | Unset
        if isinstance(self.orphan, Unset):
            orphan = UNSET
        else:
            orphan = self.orphan

        orphan_reason: None | str | Unset
        if isinstance(self.orphan_reason, Unset):
            orphan_reason = UNSET
        else:
            orphan_reason = self.orphan_reason

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, MessageKey):
            id = self.id.to_dict()
        else:
            id = self.id

        msg_id: dict[str, Any] | None | Unset
        if isinstance(self.msg_id, Unset):
            msg_id = UNSET
        elif isinstance(self.msg_id, MessageKey):
            msg_id = self.msg_id.to_dict()
        else:
            msg_id = self.msg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reaction_id is not UNSET:
            field_dict["reaction_id"] = reaction_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if reaction is not UNSET:
            field_dict["reaction"] = reaction
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if ack is not UNSET:
            field_dict["ack"] = ack
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if read is not UNSET:
            field_dict["read"] = read
        if orphan is not UNSET:
            field_dict["orphan"] = orphan
        if orphan_reason is not UNSET:
            field_dict["orphan_reason"] = orphan_reason
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if id is not UNSET:
            field_dict["id"] = id
        if msg_id is not UNSET:
            field_dict["msg_id"] = msg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Reaction: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Reaction") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Reaction", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        reaction_id = get("reaction_id", UNSET)

        message_id = get("message_id", UNSET)

        reaction = get("reaction", UNSET)

        sender_id = get("sender_id", UNSET)

        chat_id = get("chat_id", UNSET)

        org_id = get("org_id", UNSET)

        org_phone = get("org_phone", UNSET)

        _ack = get("ack", UNSET)
        ack: Ack | None | Unset
        if _ack is None or _ack is UNSET:
            ack = _ack
        else:
            if not (isinstance(_ack, (int, str)) and not isinstance(_ack, bool)):
                raise TypeError(f"ack: unexpected {type(_ack).__name__}")
            ack_type_1 = Ack.decode(_ack)

            ack = ack_type_1

        _timestamp = get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or _timestamp is UNSET:
            timestamp = _timestamp
        else:
            if not (isinstance(_timestamp, (str, int, float))):
                raise TypeError(f"timestamp: unexpected {type(_timestamp).__name__}")
            timestamp_type_0 = parse_timestamp(_timestamp)

            timestamp = timestamp_type_0

        read = get("read", UNSET)

        orphan = get("orphan", UNSET)

        orphan_reason = get("orphan_reason", UNSET)

        unique_id = get("unique_id", UNSET)

        _id = get("id", UNSET)
        id: MessageKey | None | Unset
        if _id is None or _id is UNSET:
            id = _id
        else:
            if not (isinstance(_id, dict)):
                raise TypeError(f"id: unexpected {type(_id).__name__}")
            id_type_1 = MessageKey.from_dict(_id)

            id = id_type_1

        _msg_id = get("msg_id", UNSET)
        msg_id: MessageKey | None | Unset
        if _msg_id is None or _msg_id is UNSET:
            msg_id = _msg_id
        else:
            if not (isinstance(_msg_id, dict)):
                raise TypeError(f"msg_id: unexpected {type(_msg_id).__name__}")
            msg_id_type_1 = MessageKey.from_dict(_msg_id)

            msg_id = msg_id_type_1

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

        reaction.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return reaction

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
