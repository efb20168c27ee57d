# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    decode_error,
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_group_body_options import CreateGroupBodyOptions


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "group_name": "group_name",
    "participants": "participants",
    "options": "options",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        group_name = self.group_name
        field_dict["group_name"] = group_name
        participants = self.participants
        field_dict["participants"] = participants
        options = self.options
        if not isinstance(options, Unset):
            field_dict["options"] = options.to_dict()
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
            raise exc.within_model("CreateGroupBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("CreateGroupBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "CreateGroupBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "group_name" not in d:
            raise DecodePathError("group_name", "missing required key")
        group_name = d["group_name"]
        if not isinstance(group_name, str):
            raise wrong_type("group_name", group_name, "str")

        if "participants" not in d:
            raise DecodePathError("participants", "missing required key")
        participants = d["participants"]
        participants = str_list(participants, "participants")

        options = get("options", UNSET)
        if options is not UNSET:
            try:
                options = CreateGroupBodyOptions._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        create_group_body = cls(
            group_name,
            participants,
            options,
        )
        create_group_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return create_group_body

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


from ..models.create_group_body_options import CreateGroupBodyOptions  # noqa: E402
