# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDocumentResponse200Item")


@_attrs_define
class CreateDocumentResponse200Item:
    file_name: str | Unset = UNSET
    status: str | Unset = UNSET
    reason: str | Unset = UNSET
    document_id: str | Unset = UNSET
    file_path: str | Unset = UNSET
    chunks_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        status = self.status

        reason = self.reason

        document_id = self.document_id

        file_path = self.file_path

        chunks_count = self.chunks_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if chunks_count is not UNSET:
            field_dict["chunks_count"] = chunks_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"CreateDocumentResponse200Item: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("CreateDocumentResponse200Item") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("CreateDocumentResponse200Item", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name", UNSET)

        status = d.pop("status", UNSET)

        reason = d.pop("reason", UNSET)

        document_id = d.pop("document_id", UNSET)

        file_path = d.pop("file_path", UNSET)

        chunks_count = d.pop("chunks_count", UNSET)

        create_document_response_200_item = cls(
            file_name=file_name,
            status=status,
            reason=reason,
            document_id=document_id,
            file_path=file_path,
            chunks_count=chunks_count,
        )

        create_document_response_200_item.additional_properties = d
        return create_document_response_200_item

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
