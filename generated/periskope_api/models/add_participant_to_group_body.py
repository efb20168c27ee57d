# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddParticipantToGroupBody")


_WIRE_KEYS = frozenset(
    (
        "participants",
        "force_add_participants",
    )
)


@_attrs_define
class AddParticipantToGroupBody:
    participants: list[str]
    """ - Provide a list of participants to be added to the group (in country_code + number format).
    - Participants will be directly added to the group if they are in your phone contacts and their privacy settings
    allow it. If not, participants will receive an invite to join the group """
    force_add_participants: bool | Unset = UNSET
    """ - When set to true, participants will be added to the group even if they are not in your phone contacts.
    Note: If their privacy settings do not allow it, they will not be added to the group.
    - Default false """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participants = self.participants

        force_add_participants = self.force_add_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participants": participants,
            }
        )
        if force_add_participants is not UNSET:
            field_dict["force_add_participants"] = force_add_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"AddParticipantToGroupBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("AddParticipantToGroupBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("AddParticipantToGroupBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        participants = cast(list[str], d["participants"])

        force_add_participants = get("force_add_participants", UNSET)

        add_participant_to_group_body = cls(
            participants,
            force_add_participants,
        )

        add_participant_to_group_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return add_participant_to_group_body

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
