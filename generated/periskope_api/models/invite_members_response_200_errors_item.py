# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_members_response_200_errors_item_error import InviteMembersResponse200ErrorsItemError


T = TypeVar("T", bound="InviteMembersResponse200ErrorsItem")


@_attrs_define
class InviteMembersResponse200ErrorsItem:
    email: None | str | Unset = UNSET
    error: InviteMembersResponse200ErrorsItemError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"InviteMembersResponse200ErrorsItem: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("InviteMembersResponse200ErrorsItem") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("InviteMembersResponse200ErrorsItem", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_members_response_200_errors_item_error import InviteMembersResponse200ErrorsItemError  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _error = d.pop("error", UNSET)
        error: InviteMembersResponse200ErrorsItemError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = InviteMembersResponse200ErrorsItemError.from_dict(_error)

        invite_members_response_200_errors_item = cls(
            email=email,
            error=error,
        )

        invite_members_response_200_errors_item.additional_properties = d
        return invite_members_response_200_errors_item

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
