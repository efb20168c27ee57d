# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "success": "success",
    "message": "message",
    "scheduled_id": "scheduled_id",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class DeletedScheduledMessage:
    success: bool | None = None
    message: str | None = None
    scheduled_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        success = self.success
        if success is not None:
            field_dict["success"] = success
        elif "success" not in absent:
            field_dict["success"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif "message" not in absent:
            field_dict["message"] = None
        scheduled_id = self.scheduled_id
        if scheduled_id is not None:
            field_dict["scheduled_id"] = scheduled_id
        elif "scheduled_id" not in absent:
            field_dict["scheduled_id"] = None
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
            raise exc.within_model("DeletedScheduledMessage") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("DeletedScheduledMessage", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "DeletedScheduledMessage")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        success = get("success")
        if success is not None:
            if success.__class__ is not bool:
                raise wrong_type("success", success, "bool")

        message = get("message")
        if message is not None:
            if not isinstance(message, str):
                raise wrong_type("message", message, "str")

        scheduled_id = get("scheduled_id")
        if scheduled_id is not None:
            if not isinstance(scheduled_id, str):
                raise wrong_type("scheduled_id", scheduled_id, "str")

        deleted_scheduled_message = cls(
            success,
            message,
            scheduled_id,
        )
        deleted_scheduled_message._absent = absent_keys(_WIRE_KEYS, d)
        deleted_scheduled_message.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return deleted_scheduled_message

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
