# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.broadcast_message_body_variables_item_values import BroadcastMessageBodyVariablesItemValues


T = TypeVar("T", bound="BroadcastMessageBodyVariablesItem")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "values",
    )
)


@_attrs_define
class BroadcastMessageBodyVariablesItem:
    chat_id: str
    """ the target chat where these values apply """
    values: BroadcastMessageBodyVariablesItemValues
    """ key-value pair of variable names and their values for specific chat_id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_id": chat_id,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"BroadcastMessageBodyVariablesItem: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("BroadcastMessageBodyVariablesItem") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("BroadcastMessageBodyVariablesItem", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_id = d["chat_id"]

        values = BroadcastMessageBodyVariablesItemValues.from_dict(d["values"])

        broadcast_message_body_variables_item = cls(
            chat_id,
            values,
        )

        broadcast_message_body_variables_item.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return broadcast_message_body_variables_item

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


from ..models.broadcast_message_body_variables_item_values import BroadcastMessageBodyVariablesItemValues  # noqa: E402
