# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member
    from ..models.member_invite_error import MemberInviteError


T = TypeVar("T", bound="MemberInviteResult")


_WIRE_KEYS = frozenset(
    (
        "addedMembers",
        "errors",
    )
)


@_attrs_define
class MemberInviteResult:
    added_members: list[Member] | Unset = UNSET
    errors: list[MemberInviteError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added_members, Unset):
            added_members = []
            for added_members_item_data in self.added_members:
                added_members_item = added_members_item_data.to_dict()
                added_members.append(added_members_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_members is not UNSET:
            field_dict["addedMembers"] = added_members
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"MemberInviteResult: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("MemberInviteResult") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("MemberInviteResult", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _added_members = get("addedMembers", UNSET)
        added_members: list[Member] | Unset = UNSET
        if _added_members is not UNSET:
            added_members = []
            for added_members_item_data in _added_members:
                added_members_item = Member.from_dict(added_members_item_data)

                added_members.append(added_members_item)

        _errors = get("errors", UNSET)
        errors: list[MemberInviteError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = MemberInviteError.from_dict(errors_item_data)

                errors.append(errors_item)

        member_invite_result = cls(
            added_members,
            errors,
        )

        member_invite_result.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return member_invite_result

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


from ..models.member import Member  # noqa: E402
from ..models.member_invite_error import MemberInviteError  # noqa: E402
