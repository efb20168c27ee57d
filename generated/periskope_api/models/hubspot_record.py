# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

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

from ..models.hubspot_record_type import HubspotRecordType

if TYPE_CHECKING:
    from ..models.hubspot_record_properties import HubspotRecordProperties


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "createdAt": "created_at",
    "archived": "archived",
    "id": "id",
    "type": "type_",
    "properties": "properties",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class HubspotRecord:
    """A HubSpot CRM record (company, contact or ticket), as HubSpot describes it."""

    created_at: datetime.datetime | None = None
    archived: bool | None = None
    id: str | None = None
    type_: HubspotRecordType | None = None
    properties: HubspotRecordProperties | None = None
    """ Property group → its properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        created_at = self.created_at
        if created_at is not None:
            field_dict["createdAt"] = created_at.isoformat()
        elif "createdAt" not in absent:
            field_dict["createdAt"] = None
        archived = self.archived
        if archived is not None:
            field_dict["archived"] = archived
        elif "archived" not in absent:
            field_dict["archived"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        properties = self.properties
        if properties is not None:
            field_dict["properties"] = properties.to_dict()
        elif "properties" not in absent:
            field_dict["properties"] = None
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
            raise exc.within_model("HubspotRecord") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("HubspotRecord", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "HubspotRecord")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        created_at = get("createdAt")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("createdAt", created_at, "a timestamp") from None

        archived = get("archived")
        if archived is not None:
            if archived.__class__ is not bool:
                raise wrong_type("archived", archived, "bool")

        id = get("id")
        if id is not None:
            if not isinstance(id, str):
                raise wrong_type("id", id, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = HubspotRecordType.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "HubspotRecordType") from None

        properties = get("properties")
        if properties is not None:
            try:
                properties = HubspotRecordProperties._from_dict(properties)
            except DecodePathError as exc:
                raise exc.at("properties") from None

        hubspot_record = cls(
            created_at,
            archived,
            id,
            type_,
            properties,
        )
        hubspot_record._absent = absent_keys(_WIRE_KEYS, d)
        hubspot_record.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return hubspot_record

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


from ..models.hubspot_record_properties import HubspotRecordProperties  # noqa: E402
