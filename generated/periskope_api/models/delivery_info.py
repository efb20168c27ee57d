# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_times import ReceiptTimes


T = TypeVar("T", bound="DeliveryInfo")


_WIRE_KEYS = frozenset(
    (
        "delivered",
        "read",
        "pending",
        "delivered_count",
        "read_count",
    )
)


@_attrs_define
class DeliveryInfo:
    """Per-recipient delivery and read receipts."""

    delivered: None | ReceiptTimes | Unset = UNSET
    read: None | ReceiptTimes | Unset = UNSET
    pending: list[str] | Unset = UNSET
    delivered_count: int | Unset = UNSET
    read_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered: dict[str, Any] | None | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        elif isinstance(self.delivered, ReceiptTimes):
            delivered = self.delivered.to_dict()
        else:
            delivered = self.delivered

        read: dict[str, Any] | None | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        elif isinstance(self.read, ReceiptTimes):
            read = self.read.to_dict()
        else:
            read = self.read

        pending: list[str] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = self.pending

        delivered_count = self.delivered_count

        read_count = self.read_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if read is not UNSET:
            field_dict["read"] = read
        if pending is not UNSET:
            field_dict["pending"] = pending
        if delivered_count is not UNSET:
            field_dict["delivered_count"] = delivered_count
        if read_count is not UNSET:
            field_dict["read_count"] = read_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"DeliveryInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("DeliveryInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("DeliveryInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _delivered = get("delivered", UNSET)
        delivered: None | ReceiptTimes | Unset
        if _delivered is None or _delivered is UNSET:
            delivered = _delivered
        else:
            if not (isinstance(_delivered, dict)):
                raise TypeError(f"delivered: unexpected {type(_delivered).__name__}")
            delivered_type_1 = ReceiptTimes.from_dict(_delivered)

            delivered = delivered_type_1

        _read = get("read", UNSET)
        read: None | ReceiptTimes | Unset
        if _read is None or _read is UNSET:
            read = _read
        else:
            if not (isinstance(_read, dict)):
                raise TypeError(f"read: unexpected {type(_read).__name__}")
            read_type_1 = ReceiptTimes.from_dict(_read)

            read = read_type_1

        pending = cast(list[str], get("pending", UNSET))

        delivered_count = get("delivered_count", UNSET)

        read_count = get("read_count", UNSET)

        delivery_info = cls(
            delivered,
            read,
            pending,
            delivered_count,
            read_count,
        )

        delivery_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return delivery_info

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
