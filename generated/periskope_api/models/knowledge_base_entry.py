# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.knowledge_base_type import KnowledgeBaseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseEntry")


_WIRE_KEYS = frozenset(
    (
        "context_id",
        "org_id",
        "type",
        "question",
        "answer",
        "attachments",
        "document_id",
        "metadata",
        "embedding",
        "created_at",
    )
)


@_attrs_define
class KnowledgeBaseEntry:
    """A knowledge base entry of the AI agent, an FAQ or one chunk of a document."""

    context_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    type_: KnowledgeBaseType | None | Unset = UNSET
    question: str | Unset = UNSET
    """ The FAQ question (for a document chunk, its title). """
    answer: str | Unset = UNSET
    """ The FAQ answer (for a document chunk, its text). """
    attachments: list[str] | None | Unset = UNSET
    """ Attachment URLs. """
    document_id: None | str | Unset = UNSET
    """ The document this chunk belongs to. """
    metadata: Any | Unset = UNSET
    """ Server metadata (untyped). """
    embedding: None | str | Unset = UNSET
    """ The embedding vector, as text. """
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_id = self.context_id

        org_id = self.org_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, KnowledgeBaseType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        question = self.question

        answer = self.answer

        attachments: list[str] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        metadata = self.metadata

        embedding: None | str | Unset
        if isinstance(self.embedding, Unset):
            embedding = UNSET
        else:
            embedding = self.embedding

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if question is not UNSET:
            field_dict["question"] = question
        if answer is not UNSET:
            field_dict["answer"] = answer
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"KnowledgeBaseEntry: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("KnowledgeBaseEntry") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("KnowledgeBaseEntry", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        context_id = get("context_id", UNSET)

        org_id = get("org_id", UNSET)

        _type_ = get("type", UNSET)
        type_: KnowledgeBaseType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = KnowledgeBaseType.decode(_type_)

            type_ = type_type_1

        question = get("question", UNSET)

        answer = get("answer", UNSET)

        _attachments = get("attachments", UNSET)
        attachments: list[str] | None | Unset
        if _attachments is None or _attachments is UNSET:
            attachments = _attachments
        else:
            if not (isinstance(_attachments, list)):
                raise TypeError(f"attachments: unexpected {type(_attachments).__name__}")
            attachments_type_0 = cast(list[str], _attachments)

            attachments = attachments_type_0

        document_id = get("document_id", UNSET)

        metadata = get("metadata", UNSET)

        embedding = get("embedding", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not (isinstance(_created_at, (str, int, float))):
                raise TypeError(f"created_at: unexpected {type(_created_at).__name__}")
            created_at_type_0 = parse_timestamp(_created_at)

            created_at = created_at_type_0

        knowledge_base_entry = cls(
            context_id,
            org_id,
            type_,
            question,
            answer,
            attachments,
            document_id,
            metadata,
            embedding,
            created_at,
        )

        knowledge_base_entry.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
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
