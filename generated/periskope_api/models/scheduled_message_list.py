# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_message import ScheduledMessage


T = TypeVar("T", bound="ScheduledMessageList")


_WIRE_KEYS = frozenset(
    (
        "scheduled_messages",
        "count",
        "from",
        "to",
    )
)


@_attrs_define
class ScheduledMessageList:
    scheduled_messages: list[ScheduledMessage] | Unset = UNSET
    count: int | None | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scheduled_messages, Unset):
            scheduled_messages = []
            for scheduled_messages_item_data in self.scheduled_messages:
                scheduled_messages_item = scheduled_messages_item_data.to_dict()
                scheduled_messages.append(scheduled_messages_item)

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled_messages is not UNSET:
            field_dict["scheduled_messages"] = scheduled_messages
        if count is not UNSET:
            field_dict["count"] = count
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ScheduledMessageList: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ScheduledMessageList") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ScheduledMessageList", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _scheduled_messages = get("scheduled_messages", UNSET)
        scheduled_messages: list[ScheduledMessage] | Unset = UNSET
        if _scheduled_messages is not UNSET:
            scheduled_messages = []
            for scheduled_messages_item_data in _scheduled_messages:
                scheduled_messages_item = ScheduledMessage.from_dict(scheduled_messages_item_data)

                scheduled_messages.append(scheduled_messages_item)

        count = get("count", UNSET)

        from_ = get("from", UNSET)

        to = get("to", UNSET)

        scheduled_message_list = cls(
            scheduled_messages,
            count,
            from_,
            to,
        )

        scheduled_message_list.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return scheduled_message_list

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


from ..models.scheduled_message import ScheduledMessage  # noqa: E402
