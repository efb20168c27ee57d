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
    str_list,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.receipt_times import ReceiptTimes


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "delivered": "delivered",
    "read": "read",
    "pending": "pending",
    "delivered_count": "delivered_count",
    "read_count": "read_count",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class DeliveryInfo:
    """Per-recipient delivery and read receipts."""

    delivered: ReceiptTimes | None = None
    read: ReceiptTimes | None = None
    pending: list[str] | None = None
    delivered_count: int | None = None
    read_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        delivered = self.delivered
        if delivered is not None:
            field_dict["delivered"] = delivered.to_dict()
        elif "delivered" not in absent:
            field_dict["delivered"] = None
        read = self.read
        if read is not None:
            field_dict["read"] = read.to_dict()
        elif "read" not in absent:
            field_dict["read"] = None
        pending = self.pending
        if pending is not None:
            field_dict["pending"] = pending
        elif "pending" not in absent:
            field_dict["pending"] = None
        delivered_count = self.delivered_count
        if delivered_count is not None:
            field_dict["delivered_count"] = delivered_count
        elif "delivered_count" not in absent:
            field_dict["delivered_count"] = None
        read_count = self.read_count
        if read_count is not None:
            field_dict["read_count"] = read_count
        elif "read_count" not in absent:
            field_dict["read_count"] = None
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
            raise exc.within_model("DeliveryInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("DeliveryInfo", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "DeliveryInfo")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        delivered = get("delivered")
        if delivered is not None:
            try:
                delivered = ReceiptTimes._from_dict(delivered)
            except DecodePathError as exc:
                raise exc.at("delivered") from None

        read = get("read")
        if read is not None:
            try:
                read = ReceiptTimes._from_dict(read)
            except DecodePathError as exc:
                raise exc.at("read") from None

        pending = get("pending")
        if pending is not None:
            pending = str_list(pending, "pending")

        delivered_count = get("delivered_count")
        if delivered_count is not None:
            if delivered_count.__class__ is not int:
                delivered_count = as_int(delivered_count, "delivered_count")

        read_count = get("read_count")
        if read_count is not None:
            if read_count.__class__ is not int:
                read_count = as_int(read_count, "read_count")

        delivery_info = cls(
            delivered,
            read,
            pending,
            delivered_count,
            read_count,
        )
        delivery_info._absent = absent_keys(_WIRE_KEYS, d)
        delivery_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return delivery_info

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


from ..models.receipt_times import ReceiptTimes  # noqa: E402
