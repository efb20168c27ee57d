# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="GetNotesResponse200")


@_attrs_define
class GetNotesResponse200:
    from_: float
    start_time: str
    end_time: str
    to: float
    count: float
    notes: list[Message]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        start_time = self.start_time

        end_time = self.end_time

        to = self.to

        count = self.count

        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "start_time": start_time,
                "end_time": end_time,
                "to": to,
                "count": count,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"GetNotesResponse200: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("GetNotesResponse200") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("GetNotesResponse200", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        to = d.pop("to")

        count = d.pop("count")

        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = Message.from_dict(notes_item_data)

            notes.append(notes_item)

        get_notes_response_200 = cls(
            from_=from_,
            start_time=start_time,
            end_time=end_time,
            to=to,
            count=count,
            notes=notes,
        )

        get_notes_response_200.additional_properties = d
        return get_notes_response_200

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
