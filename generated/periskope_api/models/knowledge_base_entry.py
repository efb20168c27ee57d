# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.knowledge_base_entry_type import KnowledgeBaseEntryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseEntry")


@_attrs_define
class KnowledgeBaseEntry:
    answer: str | Unset = UNSET
    attachments: Any | Unset = UNSET
    context_id: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    document_id: None | str | Unset = UNSET
    embedding: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    org_id: str | Unset = UNSET
    question: str | Unset = UNSET
    type_: KnowledgeBaseEntryType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer

        attachments = self.attachments

        context_id = self.context_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        embedding = self.embedding

        metadata = self.metadata

        org_id = self.org_id

        question = self.question

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if question is not UNSET:
            field_dict["question"] = question
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"KnowledgeBaseEntry: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("KnowledgeBaseEntry") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("KnowledgeBaseEntry", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = d.pop("answer", UNSET)

        attachments = d.pop("attachments", UNSET)

        context_id = d.pop("context_id", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_document_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))

        embedding = d.pop("embedding", UNSET)

        metadata = d.pop("metadata", UNSET)

        org_id = d.pop("org_id", UNSET)

        question = d.pop("question", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: KnowledgeBaseEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = KnowledgeBaseEntryType(_type_)

        knowledge_base_entry = cls(
            answer=answer,
            attachments=attachments,
            context_id=context_id,
            created_at=created_at,
            document_id=document_id,
            embedding=embedding,
            metadata=metadata,
            org_id=org_id,
            question=question,
            type_=type_,
        )

        knowledge_base_entry.additional_properties = d
        return knowledge_base_entry

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
