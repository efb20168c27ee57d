# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="NoteList")


_WIRE_KEYS = frozenset(
    (
        "notes",
        "count",
        "from",
        "to",
        "start_time",
        "end_time",
    )
)


@_attrs_define
class NoteList:
    notes: list[Message] | Unset = UNSET
    count: int | None | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if count is not UNSET:
            field_dict["count"] = count
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"NoteList: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("NoteList") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("NoteList", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _notes = get("notes", UNSET)
        notes: list[Message] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = Message.from_dict(notes_item_data)

                notes.append(notes_item)

        count = get("count", UNSET)

        from_ = get("from", UNSET)

        to = get("to", UNSET)

        _start_time = get("start_time", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is None or _start_time is UNSET:
            start_time = _start_time
        else:
            if not (isinstance(_start_time, (str, int, float))):
                raise TypeError(f"start_time: unexpected {type(_start_time).__name__}")
            start_time_type_0 = parse_timestamp(_start_time)

            start_time = start_time_type_0

        _end_time = get("end_time", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or _end_time is UNSET:
            end_time = _end_time
        else:
            if not (isinstance(_end_time, (str, int, float))):
                raise TypeError(f"end_time: unexpected {type(_end_time).__name__}")
            end_time_type_0 = parse_timestamp(_end_time)

            end_time = end_time_type_0

        note_list = cls(
            notes,
            count,
            from_,
            to,
            start_time,
            end_time,
        )

        note_list.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return note_list

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


from ..models.message import Message  # noqa: E402
