"""client.knowledge_base: the generated methods, and `create_document`, which takes exactly one source (a file's
bytes are sent base64-encoded)."""

from __future__ import annotations

from base64 import b64encode
from functools import cached_property
from typing import Unpack

from periskope_api.models import DocumentUpload
from periskope_api.resources import knowledge_base as generated

from .._call import Call
from .._errors import PeriskopeError
from .._resource_base import RequestOptions, async_raw_response, raw_response


def _create_document(
    url: str | None, base64: str | None, file: bytes | None, filename: str | None
) -> Call[list[DocumentUpload]]:
    given_sources = [name for name, value in (("url", url), ("base64", base64), ("file", file)) if value is not None]
    if len(given_sources) != 1:
        raise PeriskopeError(f"create_document takes exactly one of url, base64, file; got {given_sources or 'none'}")
    content = b64encode(file).decode("ascii") if file is not None else base64
    return generated._create_document(url, content, filename)


class KnowledgeBase(generated.KnowledgeBase):
    def create_document(
        self,
        *,
        url: str | None = None,
        base64: str | None = None,
        file: bytes | None = None,
        filename: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[DocumentUpload]:
        """Add a document from a `url`, `base64` content, or a `file`'s bytes (sent base64-encoded); one outcome per
        file: status, reason, document_id, chunks_count."""
        return self._request(_create_document(url, base64, file, filename), request)

    @cached_property
    def with_raw_response(self) -> KnowledgeBaseWithRawResponse:
        return KnowledgeBaseWithRawResponse(self)


class KnowledgeBaseWithRawResponse(generated.KnowledgeBaseWithRawResponse):
    def __init__(self, knowledge_base: KnowledgeBase) -> None:
        super().__init__(knowledge_base)
        self.create_document = raw_response(knowledge_base.create_document)


class AsyncKnowledgeBase(generated.AsyncKnowledgeBase):
    async def create_document(
        self,
        *,
        url: str | None = None,
        base64: str | None = None,
        file: bytes | None = None,
        filename: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[DocumentUpload]:
        """Add a document from one source; see KnowledgeBase.create_document."""
        return await self._request(_create_document(url, base64, file, filename), request)

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBaseWithRawResponse:
        return AsyncKnowledgeBaseWithRawResponse(self)


class AsyncKnowledgeBaseWithRawResponse(generated.AsyncKnowledgeBaseWithRawResponse):
    def __init__(self, knowledge_base: AsyncKnowledgeBase) -> None:
        super().__init__(knowledge_base)
        self.create_document = async_raw_response(knowledge_base.create_document)
