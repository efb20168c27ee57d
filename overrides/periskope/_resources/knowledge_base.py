"""client.knowledge_base: what the AI agent knows - FAQs (question and answer) and documents (stored as chunks)."""

from __future__ import annotations

from base64 import b64encode
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Literal, Unpack

import httpx

from periskope_api.api.knowledge_base import (
    create_document,
    create_faq,
    delete_document,
    delete_faq,
    get_all_knowledge_base,
    get_knowledge_base_document_by_document_id,
    get_knowledge_base_faq_by_context_id,
    update_faq,
)
from periskope_api.models import (
    CreatedFaq,
    CreateDocumentBody,
    CreateDocumentBodyDocument,
    CreateFaqBody,
    DeletedDocument,
    DeletedFaq,
    DocumentUpload,
    KnowledgeBaseEntry,
    KnowledgeBaseList,
    KnowledgeBaseType,
    UpdateFaqBody,
)
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._errors import PeriskopeError
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    items,
    path_id,
    raw_response,
    window,
)
from .._response import decoder

EntryKind = Literal["faq", "document"]
Entries = list[KnowledgeBaseEntry]
Uploads = list[DocumentUpload]

_decode_list = decoder(get_all_knowledge_base.parse_response, KnowledgeBaseList)
_decode_faq = decoder(get_knowledge_base_faq_by_context_id.parse_response, KnowledgeBaseEntry)
_decode_updated_faq = decoder(update_faq.parse_response, KnowledgeBaseEntry)
_decode_created_faq = decoder(create_faq.parse_response, CreatedFaq)
_decode_deleted_faq = decoder(delete_faq.parse_response, DeletedFaq)
_decode_deleted_document = decoder(delete_document.parse_response, DeletedDocument)
_decode_document = decoder(get_knowledge_base_document_by_document_id.parse_response, list)
_decode_uploads = decoder(create_document.parse_response, list)


def _chunks(response: httpx.Response) -> Entries:
    return list(_decode_document(response))


def _uploads(response: httpx.Response) -> Uploads:
    return list(_decode_uploads(response))


def _entries(kind: str | None) -> Callable[[Window], Call[KnowledgeBaseList]]:
    type_ = UNSET if kind is None else KnowledgeBaseType(kind)

    def build(at: Window) -> Call[KnowledgeBaseList]:
        kwargs = get_all_knowledge_base.request_kwargs(offset=at.offset_param, limit=given(at.limit), type_=type_)
        return Call(kwargs, _decode_list, idempotent=True)

    return build


def _entry_items(envelope: KnowledgeBaseList) -> tuple[Sequence[KnowledgeBaseEntry], int | Unset | None]:
    return items(envelope.data), envelope.count


def _attachments(value: Sequence[str] | None) -> list[str] | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str):
        return [value]  # one URL, not its characters
    return list(value)


def _get_faq(context_id: str) -> Call[KnowledgeBaseEntry]:
    kwargs = get_knowledge_base_faq_by_context_id.request_kwargs(path_id("context_id", context_id))
    return Call(kwargs, _decode_faq, idempotent=True)


def _get_document(document_id: str) -> Call[Entries]:
    kwargs = get_knowledge_base_document_by_document_id.request_kwargs(path_id("document_id", document_id))
    return Call(kwargs, _chunks, idempotent=True)


def _create_faq(question: str, answer: str, attachments: Sequence[str] | None) -> Call[CreatedFaq]:
    body = CreateFaqBody(question=question, answer=answer, attachments=_attachments(attachments))
    return Call(create_faq.request_kwargs(body=body), _decode_created_faq, idempotent=False)


def _create_document(url: str | None, base64: str | None, file: bytes | None, filename: str | None) -> Call[Uploads]:
    given_sources = [name for name, value in (("url", url), ("base64", base64), ("file", file)) if value is not None]
    if len(given_sources) != 1:
        raise PeriskopeError(f"create_document takes exactly one of url, base64, file; got {given_sources or 'none'}")
    content = b64encode(file).decode("ascii") if file is not None else base64
    document = CreateDocumentBodyDocument(url=given(url), base64=given(content), filename=given(filename))
    body = CreateDocumentBody(document=document)
    return Call(create_document.request_kwargs(body=body), _uploads, idempotent=False)


def _update_faq(
    context_id: str, question: str, answer: str, attachments: Sequence[str] | None
) -> Call[KnowledgeBaseEntry]:
    body = UpdateFaqBody(question=question, answer=answer, attachments=_attachments(attachments))
    kwargs = update_faq.request_kwargs(path_id("context_id", context_id), body=body)
    return Call(kwargs, _decode_updated_faq, idempotent=True)  # the same question and answer again: same entry


# A second delete would answer 404 to a delete that worked: not retried once it may have reached the server.
def _delete_faq(context_id: str) -> Call[DeletedFaq]:
    kwargs = delete_faq.request_kwargs(path_id("context_id", context_id))
    return Call(kwargs, _decode_deleted_faq, idempotent=False)


def _delete_document(document_id: str) -> Call[DeletedDocument]:
    kwargs = delete_document.request_kwargs(path_id("document_id", document_id))
    return Call(kwargs, _decode_deleted_document, idempotent=False)


class KnowledgeBase(SyncResource):
    def list(
        self,
        *,
        type: EntryKind | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[KnowledgeBaseEntry]:
        """FAQs and document chunks (or only `type="faq"` / `"document"`); iterating goes through every page."""
        return self._list(_entries(type), _entry_items, window(offset, limit, max_items), request)

    def get_faq(self, context_id: str, **request: Unpack[RequestOptions]) -> KnowledgeBaseEntry:
        """An FAQ, by its context_id."""
        return self._request(_get_faq(context_id), request)

    def get_document(self, document_id: str, **request: Unpack[RequestOptions]) -> Entries:
        """A document, as the chunks it was split into."""
        return self._request(_get_document(document_id), request)

    def create_faq(
        self,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> CreatedFaq:
        """Teach the agent a question and its answer (with attachment URLs); returns the new context_id."""
        return self._request(_create_faq(question, answer, attachments), request)

    def create_document(
        self,
        *,
        url: str | None = None,
        base64: str | None = None,
        file: bytes | None = None,
        filename: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Uploads:
        """Add a document from a `url`, `base64` content, or a `file`'s bytes (sent base64-encoded); one outcome per
        file: status, reason, document_id, chunks_count."""
        return self._request(_create_document(url, base64, file, filename), request)

    def update_faq(
        self,
        context_id: str,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> KnowledgeBaseEntry:
        """Replace an FAQ's question and answer (its embedding is recomputed)."""
        return self._request(_update_faq(context_id, question, answer, attachments), request)

    def delete_faq(self, context_id: str, **request: Unpack[RequestOptions]) -> DeletedFaq:
        """Delete an FAQ; returns its context_id."""
        return self._request(_delete_faq(context_id), request)

    def delete_document(self, document_id: str, **request: Unpack[RequestOptions]) -> DeletedDocument:
        """Delete a document and all its chunks."""
        return self._request(_delete_document(document_id), request)

    @cached_property
    def with_raw_response(self) -> KnowledgeBaseWithRawResponse:
        return KnowledgeBaseWithRawResponse(self)


class KnowledgeBaseWithRawResponse:
    def __init__(self, knowledge_base: KnowledgeBase) -> None:
        self.list = raw_response(knowledge_base.list)
        self.get_faq = raw_response(knowledge_base.get_faq)
        self.get_document = raw_response(knowledge_base.get_document)
        self.create_faq = raw_response(knowledge_base.create_faq)
        self.create_document = raw_response(knowledge_base.create_document)
        self.update_faq = raw_response(knowledge_base.update_faq)
        self.delete_faq = raw_response(knowledge_base.delete_faq)
        self.delete_document = raw_response(knowledge_base.delete_document)


class AsyncKnowledgeBase(AsyncResource):
    def list(
        self,
        *,
        type: EntryKind | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[KnowledgeBaseEntry]:
        """FAQs and document chunks: `await` for the first page, or `async for` over every entry."""
        return self._list(_entries(type), _entry_items, window(offset, limit, max_items), request)

    async def get_faq(self, context_id: str, **request: Unpack[RequestOptions]) -> KnowledgeBaseEntry:
        """An FAQ, by its context_id."""
        return await self._request(_get_faq(context_id), request)

    async def get_document(self, document_id: str, **request: Unpack[RequestOptions]) -> Entries:
        """A document, as the chunks it was split into."""
        return await self._request(_get_document(document_id), request)

    async def create_faq(
        self,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> CreatedFaq:
        """Teach the agent a question and its answer; see KnowledgeBase.create_faq."""
        return await self._request(_create_faq(question, answer, attachments), request)

    async def create_document(
        self,
        *,
        url: str | None = None,
        base64: str | None = None,
        file: bytes | None = None,
        filename: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Uploads:
        """Add a document; see KnowledgeBase.create_document."""
        return await self._request(_create_document(url, base64, file, filename), request)

    async def update_faq(
        self,
        context_id: str,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> KnowledgeBaseEntry:
        """Replace an FAQ's question and answer."""
        return await self._request(_update_faq(context_id, question, answer, attachments), request)

    async def delete_faq(self, context_id: str, **request: Unpack[RequestOptions]) -> DeletedFaq:
        """Delete an FAQ; returns its context_id."""
        return await self._request(_delete_faq(context_id), request)

    async def delete_document(self, document_id: str, **request: Unpack[RequestOptions]) -> DeletedDocument:
        """Delete a document and all its chunks."""
        return await self._request(_delete_document(document_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBaseWithRawResponse:
        return AsyncKnowledgeBaseWithRawResponse(self)


class AsyncKnowledgeBaseWithRawResponse:
    def __init__(self, knowledge_base: AsyncKnowledgeBase) -> None:
        self.list = async_raw_pager(knowledge_base.list)
        self.get_faq = async_raw_response(knowledge_base.get_faq)
        self.get_document = async_raw_response(knowledge_base.get_document)
        self.create_faq = async_raw_response(knowledge_base.create_faq)
        self.create_document = async_raw_response(knowledge_base.create_document)
        self.update_faq = async_raw_response(knowledge_base.update_faq)
        self.delete_faq = async_raw_response(knowledge_base.delete_faq)
        self.delete_document = async_raw_response(knowledge_base.delete_document)
