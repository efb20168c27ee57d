# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_group_body_options import CreateGroupBodyOptions


T = TypeVar("T", bound="CreateGroupBody")


_WIRE_KEYS = frozenset(
    (
        "group_name",
        "participants",
        "options",
    )
)


@_attrs_define
class CreateGroupBody:
    group_name: str
    """ - Provide the name of the group to be created """
    participants: list[str]
    """ - Provide a list of participants to be added to the group (in country_code + number format).
    - Participants will be directly added to the group if they are in your phone contacts and their privacy settings
    allow it. If not, participants will receive an invite to join the group """
    options: CreateGroupBodyOptions | Unset = UNSET
    """ - Provide additional options while creating a group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        participants = self.participants

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_name": group_name,
                "participants": participants,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateGroupBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateGroupBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateGroupBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        group_name = d["group_name"]

        participants = cast(list[str], d["participants"])

        _options = get("options", UNSET)
        options: CreateGroupBodyOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = CreateGroupBodyOptions.from_dict(_options)

        create_group_body = cls(
            group_name,
            participants,
            options,
        )

        create_group_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_group_body

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


from ..models.create_group_body_options import CreateGroupBodyOptions  # noqa: E402
