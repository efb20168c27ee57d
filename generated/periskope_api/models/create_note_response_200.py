# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_note_response_200_data import CreateNoteResponse200Data


T = TypeVar("T", bound="CreateNoteResponse200")


@_attrs_define
class CreateNoteResponse200:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: CreateNoteResponse200Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateNoteResponse200: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateNoteResponse200") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("CreateNoteResponse200", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_note_response_200_data import CreateNoteResponse200Data  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: CreateNoteResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateNoteResponse200Data.from_dict(_data)

        create_note_response_200 = cls(
            success=success,
            message=message,
            data=data,
        )

        create_note_response_200.additional_properties = d
        return create_note_response_200

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
