# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.knowledge_base"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    envelope_items,
    non_empty_str,
    omit_if_none,
    optional_enum,
    optional_string_list,
    raw_response,
    window,
)
from periskope._response import decoder, list_decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        CreatedFaq,
        DeletedDocument,
        DeletedFaq,
        DocumentUpload,
        KnowledgeBaseEntry,
        KnowledgeBaseList,
    )


def _create_document(url: str | None, base64: str | None, filename: str | None) -> Call[list[DocumentUpload]]:
    from ..api.knowledge_base import create_document
    from ..models import CreateDocumentBody, CreateDocumentBodyDocument

    kwargs = create_document.request_kwargs(
        body=CreateDocumentBody(
            document=CreateDocumentBodyDocument(
                url=omit_if_none(url), base64=omit_if_none(base64), filename=omit_if_none(filename)
            )
        )
    )
    return Call(kwargs, list_decoder(create_document.parse_response), idempotent=False)


def _create_faq(question: str, answer: str, attachments: Sequence[str] | None) -> Call[CreatedFaq]:
    from ..api.knowledge_base import create_faq
    from ..models import CreatedFaq, CreateFaqBody

    kwargs = create_faq.request_kwargs(
        body=CreateFaqBody(question=question, answer=answer, attachments=optional_string_list(attachments))
    )
    return Call(kwargs, decoder(create_faq.parse_response, CreatedFaq), idempotent=False)


def _delete_document(document_id: str) -> Call[DeletedDocument]:
    from ..api.knowledge_base import delete_document
    from ..models import DeletedDocument

    kwargs = delete_document.request_kwargs(non_empty_str("document_id", document_id))
    return Call(kwargs, decoder(delete_document.parse_response, DeletedDocument), idempotent=False)


def _delete_faq(context_id: str) -> Call[DeletedFaq]:
    from ..api.knowledge_base import delete_faq
    from ..models import DeletedFaq

    kwargs = delete_faq.request_kwargs(non_empty_str("context_id", context_id))
    return Call(kwargs, decoder(delete_faq.parse_response, DeletedFaq), idempotent=False)


def _get_knowledge_base_document_by_document_id(document_id: str) -> Call[list[KnowledgeBaseEntry]]:
    from ..api.knowledge_base import get_knowledge_base_document_by_document_id

    kwargs = get_knowledge_base_document_by_document_id.request_kwargs(non_empty_str("document_id", document_id))
    return Call(kwargs, list_decoder(get_knowledge_base_document_by_document_id.parse_response), idempotent=True)


def _get_knowledge_base_faq_by_context_id(context_id: str) -> Call[KnowledgeBaseEntry]:
    from ..api.knowledge_base import get_knowledge_base_faq_by_context_id
    from ..models import KnowledgeBaseEntry

    kwargs = get_knowledge_base_faq_by_context_id.request_kwargs(non_empty_str("context_id", context_id))
    return Call(
        kwargs, decoder(get_knowledge_base_faq_by_context_id.parse_response, KnowledgeBaseEntry), idempotent=True
    )


def _get_all_knowledge_base(type: Literal["faq", "document"] | None) -> Callable[[Window], Call[KnowledgeBaseList]]:
    from ..api.knowledge_base import get_all_knowledge_base
    from ..models import KnowledgeBaseList, KnowledgeBaseType

    def build(at: Window) -> Call[KnowledgeBaseList]:
        kwargs = get_all_knowledge_base.request_kwargs(
            offset=at.offset_param, limit=omit_if_none(at.limit), type_=optional_enum(KnowledgeBaseType, type)
        )
        return Call(kwargs, decoder(get_all_knowledge_base.parse_response, KnowledgeBaseList), idempotent=True)

    return build


def _get_all_knowledge_base_items(
    envelope: KnowledgeBaseList,
) -> tuple[Sequence[KnowledgeBaseEntry], int | Unset | None]:
    return envelope_items(envelope.data), envelope.count


def _update_faq(
    context_id: str, question: str, answer: str, attachments: Sequence[str] | None
) -> Call[KnowledgeBaseEntry]:
    from ..api.knowledge_base import update_faq
    from ..models import KnowledgeBaseEntry, UpdateFaqBody

    kwargs = update_faq.request_kwargs(
        non_empty_str("context_id", context_id),
        body=UpdateFaqBody(question=question, answer=answer, attachments=optional_string_list(attachments)),
    )
    return Call(kwargs, decoder(update_faq.parse_response, KnowledgeBaseEntry), idempotent=True)


class KnowledgeBase(SyncResource):
    """client.knowledge_base"""

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

    def delete_document(
        self,
        document_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedDocument:
        """Delete a document and all its chunks."""
        return self._request(_delete_document(document_id), request)

    def delete_faq(
        self,
        context_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedFaq:
        """Delete an FAQ; returns its context_id."""
        return self._request(_delete_faq(context_id), request)

    def get_document(
        self,
        document_id: str,
        **request: Unpack[RequestOptions],
    ) -> list[KnowledgeBaseEntry]:
        """A document, as the chunks it was split into."""
        return self._request(_get_knowledge_base_document_by_document_id(document_id), request)

    def get_faq(
        self,
        context_id: str,
        **request: Unpack[RequestOptions],
    ) -> KnowledgeBaseEntry:
        """An FAQ, by its context_id."""
        return self._request(_get_knowledge_base_faq_by_context_id(context_id), request)

    def list(
        self,
        *,
        type: Literal["faq", "document"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[KnowledgeBaseEntry]:
        """FAQs and document chunks (or only `type="faq"` / `"document"`); iterating goes through every page."""
        build = _get_all_knowledge_base(type)
        return self._list(build, _get_all_knowledge_base_items, window(offset, limit, max_items), request)

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

    @cached_property
    def with_raw_response(self) -> KnowledgeBaseWithRawResponse:
        return KnowledgeBaseWithRawResponse(self)


class KnowledgeBaseWithRawResponse:
    """`client.knowledge_base.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: KnowledgeBase) -> None:
        self.create_faq = raw_response(resource.create_faq)
        self.delete_document = raw_response(resource.delete_document)
        self.delete_faq = raw_response(resource.delete_faq)
        self.get_document = raw_response(resource.get_document)
        self.get_faq = raw_response(resource.get_faq)
        self.list = raw_response(resource.list)
        self.update_faq = raw_response(resource.update_faq)


class AsyncKnowledgeBase(AsyncResource):
    """client.knowledge_base"""

    async def create_faq(
        self,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> CreatedFaq:
        """Teach the agent a question and its answer (with attachment URLs); returns the new context_id."""
        return await self._request(_create_faq(question, answer, attachments), request)

    async def delete_document(
        self,
        document_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedDocument:
        """Delete a document and all its chunks."""
        return await self._request(_delete_document(document_id), request)

    async def delete_faq(
        self,
        context_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedFaq:
        """Delete an FAQ; returns its context_id."""
        return await self._request(_delete_faq(context_id), request)

    async def get_document(
        self,
        document_id: str,
        **request: Unpack[RequestOptions],
    ) -> list[KnowledgeBaseEntry]:
        """A document, as the chunks it was split into."""
        return await self._request(_get_knowledge_base_document_by_document_id(document_id), request)

    async def get_faq(
        self,
        context_id: str,
        **request: Unpack[RequestOptions],
    ) -> KnowledgeBaseEntry:
        """An FAQ, by its context_id."""
        return await self._request(_get_knowledge_base_faq_by_context_id(context_id), request)

    def list(
        self,
        *,
        type: Literal["faq", "document"] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[KnowledgeBaseEntry]:
        """FAQs and document chunks (or only `type="faq"` / `"document"`); iterating goes through every page."""
        build = _get_all_knowledge_base(type)
        return self._list(build, _get_all_knowledge_base_items, window(offset, limit, max_items), request)

    async def update_faq(
        self,
        context_id: str,
        *,
        question: str,
        answer: str,
        attachments: Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> KnowledgeBaseEntry:
        """Replace an FAQ's question and answer (its embedding is recomputed)."""
        return await self._request(_update_faq(context_id, question, answer, attachments), request)

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBaseWithRawResponse:
        return AsyncKnowledgeBaseWithRawResponse(self)


class AsyncKnowledgeBaseWithRawResponse:
    """`client.knowledge_base.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncKnowledgeBase) -> None:
        self.create_faq = async_raw_response(resource.create_faq)
        self.delete_document = async_raw_response(resource.delete_document)
        self.delete_faq = async_raw_response(resource.delete_faq)
        self.get_document = async_raw_response(resource.get_document)
        self.get_faq = async_raw_response(resource.get_faq)
        self.list = async_raw_pager(resource.list)
        self.update_faq = async_raw_response(resource.update_faq)
