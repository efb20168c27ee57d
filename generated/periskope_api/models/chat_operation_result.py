# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.participant_result import ParticipantResult


T = TypeVar("T", bound="ChatOperationResult")


_WIRE_KEYS = frozenset(())


@_attrs_define
class ChatOperationResult:
    """The outcome for each participant (by contact id) of adding, removing, promoting or demoting."""

    additional_properties: dict[str, ParticipantResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatOperationResult: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatOperationResult") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatOperationResult", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chat_operation_result = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _WIRE_KEYS:
                continue
            additional_property = ParticipantResult.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        chat_operation_result.additional_properties = additional_properties
        return chat_operation_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ParticipantResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ParticipantResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.participant_result import ParticipantResult  # noqa: E402
