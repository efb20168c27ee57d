# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantResult")


_WIRE_KEYS = frozenset(
    (
        "is_success",
        "message",
        "code",
        "isInviteV4Sent",
    )
)


@_attrs_define
class ParticipantResult:
    is_success: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    code: int | None | Unset = UNSET
    is_invite_v4_sent: bool | None | Unset = UNSET
    """ An invite was sent instead (the participant could not be added directly). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        is_invite_v4_sent: bool | None | Unset
        if isinstance(self.is_invite_v4_sent, Unset):
            is_invite_v4_sent = UNSET
        else:
            is_invite_v4_sent = self.is_invite_v4_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if is_invite_v4_sent is not UNSET:
            field_dict["isInviteV4Sent"] = is_invite_v4_sent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ParticipantResult: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ParticipantResult") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ParticipantResult", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        is_success = get("is_success", UNSET)

        message = get("message", UNSET)

        code = get("code", UNSET)

        is_invite_v4_sent = get("isInviteV4Sent", UNSET)

        participant_result = cls(
            is_success,
            message,
            code,
            is_invite_v4_sent,
        )

        participant_result.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return participant_result

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
