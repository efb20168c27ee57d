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
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_chat_body_custom_properties import UpdateChatBodyCustomProperties


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "assigned_to": "assigned_to",
    "custom_properties": "custom_properties",
    "labels": "labels",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        assigned_to = self.assigned_to
        if not isinstance(assigned_to, Unset):
            field_dict["assigned_to"] = assigned_to
        custom_properties = self.custom_properties
        if not isinstance(custom_properties, Unset):
            field_dict["custom_properties"] = custom_properties.to_dict()
        labels = self.labels
        if not isinstance(labels, Unset):
            field_dict["labels"] = labels
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
            raise exc.within_model("UpdateChatBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateChatBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateChatBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        assigned_to = get("assigned_to", UNSET)
        if assigned_to is not UNSET:
            if not isinstance(assigned_to, str):
                raise wrong_type("assigned_to", assigned_to, "str")

        custom_properties = get("custom_properties", UNSET)
        if custom_properties is not UNSET:
            try:
                custom_properties = UpdateChatBodyCustomProperties._from_dict(custom_properties)
            except DecodePathError as exc:
                raise exc.at("custom_properties") from None

        labels = get("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, str):
                raise wrong_type("labels", labels, "str")

        update_chat_body = cls(
            assigned_to,
            custom_properties,
            labels,
        )
        update_chat_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_chat_body

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


from ..models.update_chat_body_custom_properties import UpdateChatBodyCustomProperties  # noqa: E402
