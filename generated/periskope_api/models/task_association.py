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
    bad_value,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..models.task_kind import TaskKind

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "type": "type_",
    "message_id": "message_id",
    "chat_id": "chat_id",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class TaskAssociation:
    """What the task is about; its keys depend on `type` (other keys are kept)."""

    type_: TaskKind | None = None
    message_id: str | None = None
    chat_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        message_id = self.message_id
        if message_id is not None:
            field_dict["message_id"] = message_id
        elif "message_id" not in absent:
            field_dict["message_id"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
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
            raise exc.within_model("TaskAssociation") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TaskAssociation", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "TaskAssociation")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        type_ = get("type")
        if type_ is not None:
            try:
                type_ = TaskKind.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "TaskKind") from None

        message_id = get("message_id")
        if message_id is not None:
            if not isinstance(message_id, str):
                raise wrong_type("message_id", message_id, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        task_association = cls(
            type_,
            message_id,
            chat_id,
        )
        task_association._absent = absent_keys(_WIRE_KEYS, d)
        task_association.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return task_association

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
