# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFlag")


_WIRE_KEYS = frozenset(
    (
        "status",
        "response_type",
        "response_id",
        "response_timestamp",
        "response_email",
        "response_phone",
        "flagged_by",
        "flagged_at",
    )
)


@_attrs_define
class MessageFlag:
    status: bool | Unset = UNSET
    response_type: str | Unset = UNSET
    response_id: str | Unset = UNSET
    response_timestamp: datetime.datetime | Unset = UNSET
    response_email: str | Unset = UNSET
    response_phone: str | Unset = UNSET
    flagged_by: str | Unset = UNSET
    flagged_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        response_type = self.response_type

        response_id = self.response_id

        response_timestamp: str | Unset = UNSET
        if not isinstance(self.response_timestamp, Unset):
            response_timestamp = self.response_timestamp.isoformat()

        response_email = self.response_email

        response_phone = self.response_phone

        flagged_by = self.flagged_by

        flagged_at: str | Unset = UNSET
        if not isinstance(self.flagged_at, Unset):
            flagged_at = self.flagged_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if response_type is not UNSET:
            field_dict["response_type"] = response_type
        if response_id is not UNSET:
            field_dict["response_id"] = response_id
        if response_timestamp is not UNSET:
            field_dict["response_timestamp"] = response_timestamp
        if response_email is not UNSET:
            field_dict["response_email"] = response_email
        if response_phone is not UNSET:
            field_dict["response_phone"] = response_phone
        if flagged_by is not UNSET:
            field_dict["flagged_by"] = flagged_by
        if flagged_at is not UNSET:
            field_dict["flagged_at"] = flagged_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MessageFlag: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MessageFlag") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageFlag", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        status = get("status", UNSET)

        response_type = get("response_type", UNSET)

        response_id = get("response_id", UNSET)

        _response_timestamp = get("response_timestamp", UNSET)
        response_timestamp: datetime.datetime | Unset
        if isinstance(_response_timestamp, Unset):
            response_timestamp = UNSET
        else:
            response_timestamp = parse_timestamp(_response_timestamp)

        response_email = get("response_email", UNSET)

        response_phone = get("response_phone", UNSET)

        flagged_by = get("flagged_by", UNSET)

        _flagged_at = get("flagged_at", UNSET)
        flagged_at: datetime.datetime | Unset
        if isinstance(_flagged_at, Unset):
            flagged_at = UNSET
        else:
            flagged_at = parse_timestamp(_flagged_at)

        message_flag = cls(
            status,
            response_type,
            response_id,
            response_timestamp,
            response_email,
            response_phone,
            flagged_by,
            flagged_at,
        )

        message_flag.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_flag

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
