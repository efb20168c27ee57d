# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

T = TypeVar("T", bound="UpdateMemberAccessBody")


_WIRE_KEYS = frozenset(
    (
        "emails",
        "labels",
        "orgPhones",
    )
)


@_attrs_define
class UpdateMemberAccessBody:
    emails: list[str]
    labels: list[str] | None
    """ Label names (e.g., ["Important", "Urgent"]), not label IDs """
    org_phones: list[str] | None
    """ Phone numbers without @c.us suffix (e.g., ["918824248940"]) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        labels: list[str] | None
        if isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        org_phones: list[str] | None
        if isinstance(self.org_phones, list):
            org_phones = self.org_phones

        else:
            org_phones = self.org_phones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "labels": labels,
                "orgPhones": org_phones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateMemberAccessBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateMemberAccessBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateMemberAccessBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        emails = cast(list[str], d["emails"])

        _labels = d["labels"]
        labels: list[str] | None
        if _labels is None:
            labels = _labels
        else:
            if not (isinstance(_labels, list)):
                raise TypeError(f"labels: unexpected {type(_labels).__name__}")
            labels_type_0 = cast(list[str], _labels)

            labels = labels_type_0

        _org_phones = d["orgPhones"]
        org_phones: list[str] | None
        if _org_phones is None:
            org_phones = _org_phones
        else:
            if not (isinstance(_org_phones, list)):
                raise TypeError(f"orgPhones: unexpected {type(_org_phones).__name__}")
            org_phones_type_0 = cast(list[str], _org_phones)

            org_phones = org_phones_type_0

        update_member_access_body = cls(
            emails,
            labels,
            org_phones,
        )

        update_member_access_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_member_access_body

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
