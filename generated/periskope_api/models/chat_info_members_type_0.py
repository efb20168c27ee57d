# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

if TYPE_CHECKING:
    from ..models.chat_info_members_type_0_additional_property import ChatInfoMembersType0AdditionalProperty


T = TypeVar("T", bound="ChatInfoMembersType0")


@_attrs_define
class ChatInfoMembersType0:
    additional_properties: dict[str, ChatInfoMembersType0AdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatInfoMembersType0: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatInfoMembersType0") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("ChatInfoMembersType0", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_info_members_type_0_additional_property import ChatInfoMembersType0AdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        chat_info_members_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ChatInfoMembersType0AdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        chat_info_members_type_0.additional_properties = additional_properties
        return chat_info_members_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ChatInfoMembersType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ChatInfoMembersType0AdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
