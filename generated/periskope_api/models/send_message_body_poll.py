# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_body_poll_options import SendMessageBodyPollOptions


T = TypeVar("T", bound="SendMessageBodyPoll")


_WIRE_KEYS = frozenset(
    (
        "options",
        "pollName",
        "pollOptions",
    )
)


@_attrs_define
class SendMessageBodyPoll:
    options: SendMessageBodyPollOptions | Unset = UNSET
    """ Additional options to be sent with the poll """
    poll_name: str | Unset = UNSET
    """ The question or title of the poll """
    poll_options: list[str] | Unset = UNSET
    """ Raw bytes of the file, represented in base64 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        poll_name = self.poll_name

        poll_options: list[str] | Unset = UNSET
        if not isinstance(self.poll_options, Unset):
            poll_options = self.poll_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if poll_name is not UNSET:
            field_dict["pollName"] = poll_name
        if poll_options is not UNSET:
            field_dict["pollOptions"] = poll_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SendMessageBodyPoll: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SendMessageBodyPoll") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageBodyPoll", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _options = get("options", UNSET)
        options: SendMessageBodyPollOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SendMessageBodyPollOptions.from_dict(_options)

        poll_name = get("pollName", UNSET)

        poll_options = cast(list[str], get("pollOptions", UNSET))

        send_message_body_poll = cls(
            options,
            poll_name,
            poll_options,
        )

        send_message_body_poll.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_body_poll

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


from ..models.send_message_body_poll_options import SendMessageBodyPollOptions  # noqa: E402
