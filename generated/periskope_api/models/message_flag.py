# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
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
    parse_timestamp,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "status": "status",
    "response_type": "response_type",
    "response_id": "response_id",
    "response_timestamp": "response_timestamp",
    "response_email": "response_email",
    "response_phone": "response_phone",
    "flagged_by": "flagged_by",
    "flagged_at": "flagged_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class MessageFlag:
    status: bool | None = None
    response_type: str | None = None
    response_id: str | None = None
    response_timestamp: datetime.datetime | None = None
    response_email: str | None = None
    response_phone: str | None = None
    flagged_by: str | None = None
    flagged_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif "status" not in absent:
            field_dict["status"] = None
        response_type = self.response_type
        if response_type is not None:
            field_dict["response_type"] = response_type
        elif "response_type" not in absent:
            field_dict["response_type"] = None
        response_id = self.response_id
        if response_id is not None:
            field_dict["response_id"] = response_id
        elif "response_id" not in absent:
            field_dict["response_id"] = None
        response_timestamp = self.response_timestamp
        if response_timestamp is not None:
            field_dict["response_timestamp"] = response_timestamp.isoformat()
        elif "response_timestamp" not in absent:
            field_dict["response_timestamp"] = None
        response_email = self.response_email
        if response_email is not None:
            field_dict["response_email"] = response_email
        elif "response_email" not in absent:
            field_dict["response_email"] = None
        response_phone = self.response_phone
        if response_phone is not None:
            field_dict["response_phone"] = response_phone
        elif "response_phone" not in absent:
            field_dict["response_phone"] = None
        flagged_by = self.flagged_by
        if flagged_by is not None:
            field_dict["flagged_by"] = flagged_by
        elif "flagged_by" not in absent:
            field_dict["flagged_by"] = None
        flagged_at = self.flagged_at
        if flagged_at is not None:
            field_dict["flagged_at"] = flagged_at.isoformat()
        elif "flagged_at" not in absent:
            field_dict["flagged_at"] = None
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
            raise exc.within_model("MessageFlag") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MessageFlag", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "MessageFlag")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        status = get("status")
        if status is not None:
            if status.__class__ is not bool:
                raise wrong_type("status", status, "bool")

        response_type = get("response_type")
        if response_type is not None:
            if not isinstance(response_type, str):
                raise wrong_type("response_type", response_type, "str")

        response_id = get("response_id")
        if response_id is not None:
            if not isinstance(response_id, str):
                raise wrong_type("response_id", response_id, "str")

        response_timestamp = get("response_timestamp")
        if response_timestamp is not None:
            try:
                response_timestamp = parse_timestamp(response_timestamp)
            except (TypeError, ValueError):
                raise bad_value("response_timestamp", response_timestamp, "a timestamp") from None

        response_email = get("response_email")
        if response_email is not None:
            if not isinstance(response_email, str):
                raise wrong_type("response_email", response_email, "str")

        response_phone = get("response_phone")
        if response_phone is not None:
            if not isinstance(response_phone, str):
                raise wrong_type("response_phone", response_phone, "str")

        flagged_by = get("flagged_by")
        if flagged_by is not None:
            if not isinstance(flagged_by, str):
                raise wrong_type("flagged_by", flagged_by, "str")

        flagged_at = get("flagged_at")
        if flagged_at is not None:
            try:
                flagged_at = parse_timestamp(flagged_at)
            except (TypeError, ValueError):
                raise bad_value("flagged_at", flagged_at, "a timestamp") from None

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
        message_flag._absent = absent_keys(_WIRE_KEYS, d)
        message_flag.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return message_flag

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
