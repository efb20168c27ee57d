# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_chat_body_custom_properties import UpdateChatBodyCustomProperties


T = TypeVar("T", bound="UpdateChatBody")


_WIRE_KEYS = frozenset(
    (
        "assigned_to",
        "custom_properties",
        "labels",
    )
)


@_attrs_define
class UpdateChatBody:
    assigned_to: str | Unset = UNSET
    """ - Update the assignee of the chat. The assignee must be a valid email address of a user in the organization
    """
    custom_properties: UpdateChatBodyCustomProperties | Unset = UNSET
    """ - A record (key-value pair) of the property name or property id as keys, along with the updated value """
    labels: str | Unset = UNSET
    """ - A comma-separated list of labels to be assigned to the chat. All labels are case-insensitive.
    - If any label currently does not exist, it will be created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_to = self.assigned_to

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = self.custom_properties.to_dict()

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateChatBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateChatBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateChatBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        assigned_to = get("assigned_to", UNSET)

        _custom_properties = get("custom_properties", UNSET)
        custom_properties: UpdateChatBodyCustomProperties | Unset
        if isinstance(_custom_properties, Unset):
            custom_properties = UNSET
        else:
            custom_properties = UpdateChatBodyCustomProperties.from_dict(_custom_properties)

        labels = get("labels", UNSET)

        update_chat_body = cls(
            assigned_to,
            custom_properties,
            labels,
        )

        update_chat_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_chat_body

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


from ..models.update_chat_body_custom_properties import UpdateChatBodyCustomProperties  # noqa: E402
