# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.task_kind import TaskKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssociation")


_WIRE_KEYS = frozenset(
    (
        "type",
        "message_id",
        "chat_id",
    )
)


@_attrs_define
class TaskAssociation:
    """What the task is about; its keys depend on `type` (other keys are kept)."""

    type_: None | TaskKind | Unset = UNSET
    message_id: str | Unset = UNSET
    chat_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaskKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        message_id = self.message_id

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"TaskAssociation: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("TaskAssociation") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("TaskAssociation", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _type_ = get("type", UNSET)
        type_: None | TaskKind | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = TaskKind.decode(_type_)

            type_ = type_type_1

        message_id = get("message_id", UNSET)

        chat_id = get("chat_id", UNSET)

        task_association = cls(
            type_,
            message_id,
            chat_id,
        )

        task_association.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return task_association

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
