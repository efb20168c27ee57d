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
    decode_error,
    from_json,
    model_repr,
    str_list,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.poll_options_type_0 import PollOptionsType0


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "pollName": "poll_name",
    "pollOptions": "poll_options",
    "options": "options",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Poll:
    poll_name: str | None = None
    poll_options: list[str] | None = None
    options: PollOptionsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        poll_name = self.poll_name
        if poll_name is not None:
            field_dict["pollName"] = poll_name
        elif "pollName" not in absent:
            field_dict["pollName"] = None
        poll_options = self.poll_options
        if poll_options is not None:
            field_dict["pollOptions"] = poll_options
        elif "pollOptions" not in absent:
            field_dict["pollOptions"] = None
        options = self.options
        if options is not None:
            field_dict["options"] = options.to_dict()
        elif "options" not in absent:
            field_dict["options"] = None
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
            raise exc.within_model("Poll") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Poll", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Poll")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        poll_name = get("pollName")
        if poll_name is not None:
            if not isinstance(poll_name, str):
                raise wrong_type("pollName", poll_name, "str")

        poll_options = get("pollOptions")
        if poll_options is not None:
            poll_options = str_list(poll_options, "pollOptions")

        options = get("options")
        if options is not None:
            try:
                options = PollOptionsType0._from_dict(options)
            except DecodePathError as exc:
                raise exc.at("options") from None

        poll = cls(
            poll_name,
            poll_options,
            options,
        )
        poll._absent = absent_keys(_WIRE_KEYS, d)
        poll.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return poll

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


from ..models.poll_options_type_0 import PollOptionsType0  # noqa: E402
