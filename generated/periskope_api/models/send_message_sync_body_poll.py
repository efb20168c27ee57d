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
    str_list,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_sync_body_poll_options import SendMessageSyncBodyPollOptions


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "pollName": "poll_name",
    "pollOptions": "poll_options",
    "options": "options",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class SendMessageSyncBodyPoll:
    """A poll to send (inferred from /message/send)."""

    poll_name: str | Unset = UNSET
    poll_options: list[str] | Unset = UNSET
    options: SendMessageSyncBodyPollOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        poll_name = self.poll_name
        if not isinstance(poll_name, Unset):
            field_dict["pollName"] = poll_name
        poll_options = self.poll_options
        if not isinstance(poll_options, Unset):
            field_dict["pollOptions"] = poll_options
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
            raise exc.within_model("SendMessageSyncBodyPoll") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageSyncBodyPoll", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SendMessageSyncBodyPoll")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        poll_name = get("pollName", UNSET)
        if poll_name is not UNSET:
            if not isinstance(poll_name, str):
                raise wrong_type("pollName", poll_name, "str")

        poll_options = get("pollOptions", UNSET)
        if poll_options is not UNSET:
            poll_options = str_list(poll_options, "pollOptions")

        options = get("options", UNSET)
        if options is not UNSET:
            try:
                options = SendMessageSyncBodyPollOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        send_message_sync_body_poll = cls(
            poll_name,
            poll_options,
            options,
        )
        send_message_sync_body_poll.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_sync_body_poll

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


from ..models.send_message_sync_body_poll_options import SendMessageSyncBodyPollOptions  # noqa: E402
