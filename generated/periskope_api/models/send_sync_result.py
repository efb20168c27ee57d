# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="SendSyncResult")


_WIRE_KEYS = frozenset(
    (
        "status",
        "unique_id",
        "message",
    )
)


@_attrs_define
class SendSyncResult:
    """What /message/send-sync answers once the message is sent."""

    status: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    """ The WhatsApp id part of the message_id. """
    message: Message | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        unique_id = self.unique_id

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, Message):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SendSyncResult: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SendSyncResult") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendSyncResult", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        status = get("status", UNSET)

        unique_id = get("unique_id", UNSET)

        _message = get("message", UNSET)
        message: Message | None | Unset
        if _message is None or _message is UNSET:
            message = _message
        else:
            if not (isinstance(_message, dict)):
                raise TypeError(f"message: unexpected {type(_message).__name__}")
            message_type_1 = Message.from_dict(_message)

            message = message_type_1

        send_sync_result = cls(
            status,
            unique_id,
            message,
        )

        send_sync_result.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_sync_result

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


from ..models.message import Message  # noqa: E402
