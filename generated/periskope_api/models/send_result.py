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
    as_int,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "queue_id": "queue_id",
    "queue_position": "queue_position",
    "unique_id": "unique_id",
    "hint": "hint",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class SendResult:
    queue_id: str | None = None
    queue_position: int | None = None
    unique_id: str | None = None
    """ The WhatsApp id part of the future message_id (`true_<chat_id>_<unique_id>`). """
    hint: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        queue_id = self.queue_id
        if queue_id is not None:
            field_dict["queue_id"] = queue_id
        elif "queue_id" not in absent:
            field_dict["queue_id"] = None
        queue_position = self.queue_position
        if queue_position is not None:
            field_dict["queue_position"] = queue_position
        elif "queue_position" not in absent:
            field_dict["queue_position"] = None
        unique_id = self.unique_id
        if unique_id is not None:
            field_dict["unique_id"] = unique_id
        elif "unique_id" not in absent:
            field_dict["unique_id"] = None
        hint = self.hint
        if hint is not None:
            field_dict["hint"] = hint
        elif "hint" not in absent:
            field_dict["hint"] = None
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
            raise exc.within_model("SendResult") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendResult", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SendResult")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        queue_id = get("queue_id")
        if queue_id is not None:
            if not isinstance(queue_id, str):
                raise wrong_type("queue_id", queue_id, "str")

        queue_position = get("queue_position")
        if queue_position is not None:
            if queue_position.__class__ is not int:
                queue_position = as_int(queue_position, "queue_position")

        unique_id = get("unique_id")
        if unique_id is not None:
            if not isinstance(unique_id, str):
                raise wrong_type("unique_id", unique_id, "str")

        hint = get("hint")
        if hint is not None:
            if not isinstance(hint, str):
                raise wrong_type("hint", hint, "str")

        send_result = cls(
            queue_id,
            queue_position,
            unique_id,
            hint,
        )
        send_result._absent = absent_keys(_WIRE_KEYS, d)
        send_result.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_result

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
