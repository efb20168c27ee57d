# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_int,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "file_name": "file_name",
    "status": "status",
    "reason": "reason",
    "document_id": "document_id",
    "file_path": "file_path",
    "chunks_count": "chunks_count",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class DocumentUpload:
    """The outcome of adding one document to the knowledge base."""

    file_name: str | None = None
    status: str | None = None
    reason: str | None = None
    document_id: str | None = None
    file_path: str | None = None
    chunks_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        file_name = self.file_name
        if file_name is not None:
            field_dict["file_name"] = file_name
        elif "file_name" not in absent:
            field_dict["file_name"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif "status" not in absent:
            field_dict["status"] = None
        reason = self.reason
        if reason is not None:
            field_dict["reason"] = reason
        elif "reason" not in absent:
            field_dict["reason"] = None
        document_id = self.document_id
        if document_id is not None:
            field_dict["document_id"] = document_id
        elif "document_id" not in absent:
            field_dict["document_id"] = None
        file_path = self.file_path
        if file_path is not None:
            field_dict["file_path"] = file_path
        elif "file_path" not in absent:
            field_dict["file_path"] = None
        chunks_count = self.chunks_count
        if chunks_count is not None:
            field_dict["chunks_count"] = chunks_count
        elif "chunks_count" not in absent:
            field_dict["chunks_count"] = None
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
            raise exc.within_model("DocumentUpload") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("DocumentUpload", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "DocumentUpload")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        file_name = get("file_name")
        if file_name is not None:
            if not isinstance(file_name, str):
                raise wrong_type("file_name", file_name, "str")

        status = get("status")
        if status is not None:
            if not isinstance(status, str):
                raise wrong_type("status", status, "str")

        reason = get("reason")
        if reason is not None:
            if not isinstance(reason, str):
                raise wrong_type("reason", reason, "str")

        document_id = get("document_id")
        if document_id is not None:
            if not isinstance(document_id, str):
                raise wrong_type("document_id", document_id, "str")

        file_path = get("file_path")
        if file_path is not None:
            if not isinstance(file_path, str):
                raise wrong_type("file_path", file_path, "str")

        chunks_count = get("chunks_count")
        if chunks_count is not None:
            if chunks_count.__class__ is not int:
                chunks_count = as_int(chunks_count, "chunks_count")

        document_upload = cls(
            file_name,
            status,
            reason,
            document_id,
            file_path,
            chunks_count,
        )
        document_upload._absent = absent_keys(_WIRE_KEYS, d)
        document_upload.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return document_upload

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
