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
    decode_list,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.notification import Notification


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "from": "from_",
    "to": "to",
    "count": "count",
    "notifictions": "notifictions",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class NotificationList:
    from_: int | None = None
    to: int | None = None
    count: int | None = None
    notifictions: list[Notification] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        from_ = self.from_
        if from_ is not None:
            field_dict["from"] = from_
        elif "from" not in absent:
            field_dict["from"] = None
        to = self.to
        if to is not None:
            field_dict["to"] = to
        elif "to" not in absent:
            field_dict["to"] = None
        count = self.count
        if count is not None:
            field_dict["count"] = count
        elif "count" not in absent:
            field_dict["count"] = None
        notifictions = self.notifictions
        if notifictions is not None:
            field_dict["notifictions"] = [item.to_dict() for item in notifictions]
        elif "notifictions" not in absent:
            field_dict["notifictions"] = None
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
            raise exc.within_model("NotificationList") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("NotificationList", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "NotificationList")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        from_ = get("from")
        if from_ is not None:
            if from_.__class__ is not int:
                from_ = as_int(from_, "from")

        to = get("to")
        if to is not None:
            if to.__class__ is not int:
                to = as_int(to, "to")

        count = get("count")
        if count is not None:
            if count.__class__ is not int:
                count = as_int(count, "count")

        notifictions = get("notifictions")
        if notifictions is not None:
            notifictions = decode_list(notifictions, "notifictions", Notification._from_dict)

        notification_list = cls(
            from_,
            to,
            count,
            notifictions,
        )
        notification_list._absent = absent_keys(_WIRE_KEYS, d)
        notification_list.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return notification_list

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


from ..models.notification import Notification  # noqa: E402
