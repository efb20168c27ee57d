# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.hubspot_record_type import HubspotRecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hubspot_record_properties import HubspotRecordProperties


T = TypeVar("T", bound="HubspotRecord")


_WIRE_KEYS = frozenset(
    (
        "createdAt",
        "archived",
        "id",
        "type",
        "properties",
    )
)


@_attrs_define
class HubspotRecord:
    """A HubSpot CRM record (company, contact or ticket), as HubSpot describes it."""

    created_at: datetime.datetime | Unset = UNSET
    archived: bool | Unset = UNSET
    id: str | Unset = UNSET
    type_: HubspotRecordType | Unset = UNSET
    properties: HubspotRecordProperties | Unset = UNSET
    """ Property group → its properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        archived = self.archived

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if archived is not UNSET:
            field_dict["archived"] = archived
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"HubspotRecord: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("HubspotRecord") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("HubspotRecord", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _created_at = get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        archived = get("archived", UNSET)

        id = get("id", UNSET)

        _type_ = get("type", UNSET)
        type_: HubspotRecordType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = HubspotRecordType.decode(_type_)

        _properties = get("properties", UNSET)
        properties: HubspotRecordProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = HubspotRecordProperties.from_dict(_properties)

        hubspot_record = cls(
            created_at,
            archived,
            id,
            type_,
            properties,
        )

        hubspot_record.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return hubspot_record

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
