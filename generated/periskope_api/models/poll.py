# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.poll_options_type_0 import PollOptionsType0


T = TypeVar("T", bound="Poll")


_WIRE_KEYS = frozenset(
    (
        "pollName",
        "pollOptions",
        "options",
    )
)


@_attrs_define
class Poll:
    poll_name: str | Unset = UNSET
    poll_options: list[str] | Unset = UNSET
    options: None | PollOptionsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        poll_name = self.poll_name

        poll_options: list[str] | Unset = UNSET
        if not isinstance(self.poll_options, Unset):
            poll_options = self.poll_options

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, PollOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if poll_name is not UNSET:
            field_dict["pollName"] = poll_name
        if poll_options is not UNSET:
            field_dict["pollOptions"] = poll_options
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Poll: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Poll") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Poll", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        poll_name = get("pollName", UNSET)

        poll_options = cast(list[str], get("pollOptions", UNSET))

        _options = get("options", UNSET)
        options: None | PollOptionsType0 | Unset
        if _options is None or _options is UNSET:
            options = _options
        else:
            if not (isinstance(_options, dict)):
                raise TypeError(f"options: unexpected {type(_options).__name__}")
            options_type_0 = PollOptionsType0.from_dict(_options)

            options = options_type_0

        poll = cls(
            poll_name,
            poll_options,
            options,
        )

        poll.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return poll

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
