"""client.knowledge_base: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from conftest import Recorder, body_of, call, collect, every, json_response, resource
from resources.samples import FAQ

import periskope
from periskope.models import (
    CreatedFaq,
    DeletedDocument,
    DeletedFaq,
    DocumentUpload,
    KnowledgeBaseEntry,
    KnowledgeBaseType,
)


def knowledge_base(total: int) -> Recorder:
    """/knowledge-base over `total` FAQs, honouring offset and limit."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 1000))
        data = [{**FAQ, "context_id": f"ctx-{i}"} for i in range(offset, min(offset + limit, total))]
        return json_response(200, {"data": data, "count": total})

    return Recorder(handler)


async def test_knowledge_base_operations_pass_the_mock(mock_client: Any) -> None:
    kb = resource(mock_client, "knowledge_base")
    page = await call(kb.list(type="faq", limit=5))
    assert every(page.items, KnowledgeBaseEntry)
    assert isinstance(await call(kb.get_faq("ctx-1")), KnowledgeBaseEntry)
    chunks = await call(kb.get_document("doc-1"))
    assert every(chunks, KnowledgeBaseEntry)
    created = await call(kb.create_faq(question="Hours?", answer="9-5", attachments=["https://x/a"]))
    assert isinstance(created, CreatedFaq)
    uploads = await call(kb.create_document(url="https://example.com/menu.pdf", filename="menu.pdf"))
    assert every(uploads, DocumentUpload)
    assert isinstance(await call(kb.update_faq("ctx-1", question="Hours?", answer="9 to 5")), KnowledgeBaseEntry)
    assert isinstance(await call(kb.delete_faq("ctx-1")), DeletedFaq)
    assert isinstance(await call(kb.delete_document("doc-1")), DeletedDocument)


async def test_knowledge_base_bodies(make_client: Any) -> None:
    recorder = Recorder(
        json_response(200, {"context_id": "ctx-9"}),
        json_response(200, FAQ),
        json_response(200, [{"file_name": "a.txt", "status": "success", "reason": "", "chunks_count": 3}]),
    )
    kb = resource(make_client(recorder), "knowledge_base")
    created = await call(kb.create_faq(question="Q?", answer="A.", attachments="https://x/one.pdf"))
    updated = await call(kb.update_faq("ctx-9", question="Q2?", answer="A2."))
    uploads = await call(kb.create_document(file=b"hello\x00world", filename="a.txt"))
    create, update, document = recorder.requests
    assert (create.method, create.url.path) == ("POST", "/v1/knowledge-base/faq/create")
    assert body_of(create) == {"question": "Q?", "answer": "A.", "attachments": ["https://x/one.pdf"]}
    assert (update.method, update.url.path) == ("PATCH", "/v1/knowledge-base/faq/ctx-9")
    assert body_of(update) == {"question": "Q2?", "answer": "A2."}
    assert (document.method, document.url.path) == ("POST", "/v1/knowledge-base/document/create")
    sent = body_of(document)["document"]
    assert sent == {"base64": base64.b64encode(b"hello\x00world").decode(), "filename": "a.txt"}
    assert created.context_id == "ctx-9"
    assert updated.type_ == KnowledgeBaseType.FAQ
    assert (uploads[0].file_name, uploads[0].chunks_count) == ("a.txt", 3)


@pytest.mark.parametrize("sources", [{}, {"url": "https://x/a.pdf", "file": b"x"}, {"base64": "eA==", "url": "u"}])
async def test_create_document_takes_one_source(make_client: Any, sources: dict[str, Any]) -> None:
    recorder = Recorder(json_response(200, []))
    with pytest.raises(periskope.PeriskopeError, match="exactly one"):
        await call(resource(make_client(recorder), "knowledge_base").create_document(**sources))
    assert recorder.requests == []


async def test_iterating_the_knowledge_base_walks_every_page(make_client: Any) -> None:
    recorder = knowledge_base(7)
    first = await call(resource(make_client(recorder), "knowledge_base").list(type="faq", limit=3))
    assert [entry.context_id for entry in first.items] == ["ctx-0", "ctx-1", "ctx-2"]
    assert [entry.context_id for entry in await collect(first)] == [f"ctx-{i}" for i in range(7)]
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6"]
    assert {r.url.params["limit"] for r in recorder.requests} == {"3"}
    assert {r.url.params["type"] for r in recorder.requests} == {"faq"}
    assert {r.url.path for r in recorder.requests} == {"/v1/knowledge-base"}


async def test_knowledge_base_count_ends_an_unlimited_list(make_client: Any) -> None:
    recorder = knowledge_base(4)
    first = await call(resource(make_client(recorder), "knowledge_base").list(max_items=10))
    assert len(await collect(first)) == 4
    assert len(recorder.requests) == 1
    assert "type" not in recorder.requests[0].url.params


async def test_knowledge_base_raw_response_is_the_first_page(make_client: Any) -> None:
    recorder = knowledge_base(5)
    raw = await call(resource(make_client(recorder), "knowledge_base").with_raw_response.list(limit=2))
    assert raw.status_code == 200
    assert [entry.context_id for entry in raw.parse().items] == ["ctx-0", "ctx-1"]
    assert len(recorder.requests) == 1
