# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageKey")


_WIRE_KEYS = frozenset(
    (
        "from_me",
        "id",
        "remote",
        "serialized",
    )
)


@_attrs_define
class MessageKey:
    """WhatsApp's key of a message or reaction. REST responses spell it `{from_me, id, remote, serialized}`; webhook and
    realtime payloads `{fromMe, id, remote, _serialized}`.

    """

    from_me: bool | Unset = UNSET
    id: str | Unset = UNSET
    remote: str | Unset = UNSET
    serialized: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_me = self.from_me

        id = self.id

        remote = self.remote

        serialized = self.serialized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_me is not UNSET:
            field_dict["from_me"] = from_me
        if id is not UNSET:
            field_dict["id"] = id
        if remote is not UNSET:
            field_dict["remote"] = remote
        if serialized is not UNSET:
            field_dict["serialized"] = serialized

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageKey: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageKey") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageKey", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if "_serialized" in d or "fromMe" in d:
            d = dict(d)
            if "_serialized" in d:
                d.setdefault("serialized", d.pop("_serialized"))
            if "fromMe" in d:
                d.setdefault("from_me", d.pop("fromMe"))
        get = d.get
        from_me = get("from_me", UNSET)

        id = get("id", UNSET)

        remote = get("remote", UNSET)

        serialized = get("serialized", UNSET)

        message_key = cls(
            from_me,
            id,
            remote,
            serialized,
        )

        message_key.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_key

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
