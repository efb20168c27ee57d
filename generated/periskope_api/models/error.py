# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

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

if TYPE_CHECKING:
    from ..models.error_fields import ErrorFields


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "code": "code",
    "message": "message",
    "status": "status",
    "name": "name",
    "fields": "fields",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Error:
    """The error body of every 4xx/5xx response."""

    code: str | None = None
    message: str | None = None
    status: int | None = None
    name: str | None = None
    fields: ErrorFields | None = None
    """ Field path (e.g. `body.chat_id`) → what is wrong with it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        code = self.code
        if code is not None:
            field_dict["code"] = code
        elif "code" not in absent:
            field_dict["code"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif "message" not in absent:
            field_dict["message"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif "status" not in absent:
            field_dict["status"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif "name" not in absent:
            field_dict["name"] = None
        fields = self.fields
        if fields is not None:
            field_dict["fields"] = fields.to_dict()
        elif "fields" not in absent:
            field_dict["fields"] = None
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
            raise exc.within_model("Error") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Error", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Error")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        code = get("code")
        if code is not None:
            if not isinstance(code, str):
                raise wrong_type("code", code, "str")

        message = get("message")
        if message is not None:
            if not isinstance(message, str):
                raise wrong_type("message", message, "str")

        status = get("status")
        if status is not None:
            if status.__class__ is not int:
                status = as_int(status, "status")

        name = get("name")
        if name is not None:
            if not isinstance(name, str):
                raise wrong_type("name", name, "str")

        fields = get("fields")
        if fields is not None:
            try:
                fields = ErrorFields._from_dict(fields)
            except DecodePathError as exc:
                raise exc.at("fields") from None

        error = cls(
            code,
            message,
            status,
            name,
            fields,
        )
        error._absent = absent_keys(_WIRE_KEYS, d)
        error.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return error

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


from ..models.error_fields import ErrorFields  # noqa: E402
