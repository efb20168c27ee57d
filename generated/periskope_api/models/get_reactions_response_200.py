# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.reaction import Reaction


T = TypeVar("T", bound="GetReactionsResponse200")


@_attrs_define
class GetReactionsResponse200:
    from_: float
    start_time: str
    end_time: str
    to: float
    count: float
    reactions: list[Reaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        start_time = self.start_time

        end_time = self.end_time

        to = self.to

        count = self.count

        reactions = []
        for reactions_item_data in self.reactions:
            reactions_item = reactions_item_data.to_dict()
            reactions.append(reactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "start_time": start_time,
                "end_time": end_time,
                "to": to,
                "count": count,
                "reactions": reactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"GetReactionsResponse200: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("GetReactionsResponse200") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("GetReactionsResponse200", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reaction import Reaction  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        to = d.pop("to")

        count = d.pop("count")

        reactions = []
        _reactions = d.pop("reactions")
        for reactions_item_data in _reactions:
            reactions_item = Reaction.from_dict(reactions_item_data)

            reactions.append(reactions_item)

        get_reactions_response_200 = cls(
            from_=from_,
            start_time=start_time,
            end_time=end_time,
            to=to,
            count=count,
            reactions=reactions,
        )

        get_reactions_response_200.additional_properties = d
        return get_reactions_response_200

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
