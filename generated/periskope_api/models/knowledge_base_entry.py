# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.knowledge_base_type import KnowledgeBaseType

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "context_id": "context_id",
    "org_id": "org_id",
    "type": "type_",
    "question": "question",
    "answer": "answer",
    "attachments": "attachments",
    "document_id": "document_id",
    "metadata": "metadata",
    "embedding": "embedding",
    "created_at": "created_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class KnowledgeBaseEntry:
    """A knowledge base entry of the AI agent, an FAQ or one chunk of a document."""

    context_id: str | None = None
    org_id: str | None = None
    type_: KnowledgeBaseType | None = None
    question: str | None = None
    """ The FAQ question (for a document chunk, its title). """
    answer: str | None = None
    """ The FAQ answer (for a document chunk, its text). """
    attachments: list[str] | None = None
    """ Attachment URLs. """
    document_id: str | None = None
    """ The document this chunk belongs to. """
    metadata: Any | None = None
    """ Server metadata (untyped). """
    embedding: str | None = None
    """ The embedding vector, as text. """
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        context_id = self.context_id
        if context_id is not None:
            field_dict["context_id"] = context_id
        elif "context_id" not in absent:
            field_dict["context_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        question = self.question
        if question is not None:
            field_dict["question"] = question
        elif "question" not in absent:
            field_dict["question"] = None
        answer = self.answer
        if answer is not None:
            field_dict["answer"] = answer
        elif "answer" not in absent:
            field_dict["answer"] = None
        attachments = self.attachments
        if attachments is not None:
            field_dict["attachments"] = attachments
        elif "attachments" not in absent:
            field_dict["attachments"] = None
        document_id = self.document_id
        if document_id is not None:
            field_dict["document_id"] = document_id
        elif "document_id" not in absent:
            field_dict["document_id"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata
        elif "metadata" not in absent:
            field_dict["metadata"] = None
        embedding = self.embedding
        if embedding is not None:
            field_dict["embedding"] = embedding
        elif "embedding" not in absent:
            field_dict["embedding"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
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
            raise exc.within_model("KnowledgeBaseEntry") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("KnowledgeBaseEntry", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "KnowledgeBaseEntry")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        context_id = get("context_id")
        if context_id is not None:
            if not isinstance(context_id, str):
                raise wrong_type("context_id", context_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = KnowledgeBaseType.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "KnowledgeBaseType") from None

        question = get("question")
        if question is not None:
            if not isinstance(question, str):
                raise wrong_type("question", question, "str")

        answer = get("answer")
        if answer is not None:
            if not isinstance(answer, str):
                raise wrong_type("answer", answer, "str")

        attachments = get("attachments")
        if attachments is not None:
            attachments = str_list(attachments, "attachments")

        document_id = get("document_id")
        if document_id is not None:
            if not isinstance(document_id, str):
                raise wrong_type("document_id", document_id, "str")

        metadata = get("metadata")
        embedding = get("embedding")
        if embedding is not None:
            if not isinstance(embedding, str):
                raise wrong_type("embedding", embedding, "str")

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

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
        knowledge_base_entry._absent = absent_keys(_WIRE_KEYS, d)
        knowledge_base_entry.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return knowledge_base_entry

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
