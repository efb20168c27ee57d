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
    as_float,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "width": "width",
    "height": "height",
    "ar": "ar",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class MediaDimensions:
    width: float | None = None
    height: float | None = None
    ar: float | None = None
    """ aspect ratio """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        width = self.width
        if width is not None:
            field_dict["width"] = width
        elif "width" not in absent:
            field_dict["width"] = None
        height = self.height
        if height is not None:
            field_dict["height"] = height
        elif "height" not in absent:
            field_dict["height"] = None
        ar = self.ar
        if ar is not None:
            field_dict["ar"] = ar
        elif "ar" not in absent:
            field_dict["ar"] = None
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
            raise exc.within_model("MediaDimensions") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MediaDimensions", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "MediaDimensions")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        width = get("width")
        if width is not None:
            if width.__class__ is not float and width.__class__ is not int:
                width = as_float(width, "width")

        height = get("height")
        if height is not None:
            if height.__class__ is not float and height.__class__ is not int:
                height = as_float(height, "height")

        ar = get("ar")
        if ar is not None:
            if ar.__class__ is not float and ar.__class__ is not int:
                ar = as_float(ar, "ar")

        media_dimensions = cls(
            width,
            height,
            ar,
        )
        media_dimensions._absent = absent_keys(_WIRE_KEYS, d)
        media_dimensions.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return media_dimensions

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
