# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentUpload")


_WIRE_KEYS = frozenset(
    (
        "file_name",
        "status",
        "reason",
        "document_id",
        "file_path",
        "chunks_count",
    )
)


@_attrs_define
class DocumentUpload:
    """The outcome of adding one document to the knowledge base."""

    file_name: str | Unset = UNSET
    status: str | Unset = UNSET
    reason: None | str | Unset = UNSET
    document_id: None | str | Unset = UNSET
    file_path: None | str | Unset = UNSET
    chunks_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        chunks_count: int | None | Unset
        if isinstance(self.chunks_count, Unset):
            chunks_count = UNSET
        else:
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"DocumentUpload: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("DocumentUpload") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("DocumentUpload", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        file_name = get("file_name", UNSET)

        status = get("status", UNSET)

        reason = get("reason", UNSET)

        document_id = get("document_id", UNSET)

        file_path = get("file_path", UNSET)

        chunks_count = get("chunks_count", UNSET)

        document_upload = cls(
            file_name,
            status,
            reason,
            document_id,
            file_path,
            chunks_count,
        )

        document_upload.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return document_upload

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
