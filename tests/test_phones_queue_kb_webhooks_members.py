"""Phones, the message queue, the knowledge base, webhooks and members: every operation against the mock server
(requests validated by Prism, responses decoded), the exact requests and the documented examples against in-process
handlers; sync and async."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import Recorder, call, collect, json_response, resource

import periskope
from periskope.models import (
    BroadcastState,
    BroadcastStatus,
    CreatedFaq,
    DeletedDocument,
    DeletedFaq,
    DocumentUpload,
    IntegrationType,
    KnowledgeBaseEntry,
    KnowledgeBaseType,
    Member,
    MemberColor,
    MemberInviteResult,
    MemberRole,
    MessageType,
    Phone,
    PhoneInfo,
    PhoneState,
    QueueJob,
    QueueStatus,
    Webhook,
    WebhookEvent,
)


def every(values: Any, cls: type) -> bool:
    """A non-empty list of `cls` (the mock serves one item per list)."""
    return isinstance(values, list) and len(values) > 0 and all(isinstance(value, cls) for value in values)


# The docs' examples (docs.periskope.app/api-reference/...), verbatim --------------------------------------------------

GET_PHONE = {  # phones/get-phone
    "created_at": "2024-12-15T11:47:26.668505+00:00",
    "first_connected_at": "2024-12-15T11:47:49.649+00:00",
    "is_ready": True,
    "label_ids": {"label-bflirzqiodgianfh": True, "label-rbdshklasmlbfczf": True},
    "labels": ["test1", "test2"],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "[email protected]",
    "phone_id": "phone-bqzvyibhmwkaergr",
    "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
    "phone_name": "Support",
    "qr_code": None,
    "updated_at": "2025-01-20T07:51:48.209+00:00",
    "wa_state": "CONNECTED",
}
ALL_PHONES_FIRST = {  # phones/get-all-phones (the stored copy is cut off after this first item)
    "created_at": "2024-12-31T17:51:15.977006+00:00",
    "first_connected_at": "2025-01-16T18:31:43.921+00:00",
    "is_ready": True,
    "label_ids": {},
    "labels": [],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "919971844008@c.us",
    "phone_id": "phone-njjnpbeheymosvlo",
    "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919971844008%40c.us.jpg?timestamp=1737098940409",
    "phone_name": "Periskope",
    "qr_code": None,
    "updated_at": "2025-01-17T08:44:02.6+00:00",
    "wa_state": "CONNECTED",
}
UPDATE_PHONE = {**GET_PHONE, "org_phone": "918527184400@c.us", "updated_at": "2025-01-20T11:48:40.055+00:00"}
QUEUE_STATUS = {"active": 0, "completed": 16, "failed": 10, "is_running": True, "pending": 0}  # queues/get-queue-status
CREATE_WEBHOOK = {  # webhooks/create-webhook
    "id": "0ef25935-0b78-4660-beeb-f17311793305",
    "subscribed_at": "2025-11-16T11:20:42.038+00:00",
    "is_subscribed": True,
    "integration_name": "ticket.created",
    "integration_type": "webhook",
    "type": "webhook",
    "integration_metadata": {
        "id": "28ee5da7-d6e5-438b-8b73-9eba97f08269",
        "name": "https://webhook.site/951e142b-d2e6-420d-a666-f2c4bd8e572c",
    },
    "org_id": "03a52dbe-b8af-47c5-9fd1-e5a622680cad",
    "hook_url": "https://webhook.site/951e142b-d2e6-420d-a666-f2c4bd8e572c",
    "integration_id": "28ee5da7-d6e5-438b-8b73-9eba97f08269",
}
BROADCAST_STATUS = {  # the upstream spec's field examples for GET /queue/broadcast, with the SDK's other fields
    "broadcast_id": "22b2a2a4-3c61-4b94-807c-fa431e71a8e5",
    "org_id": "5fb0d69a-d789-4429-970e-66d48e381c9b",
    "message_payload": {"body": "#generalteam#", "message_type": "chat", "performed_by": "api"},
    "created_at": "2025-03-10T11:11:20.049901+00:00",
    "scheduled_at": "2025-03-10T12:11:19.52+00:00",
    "performed_at": None,
    "performed_by": "5fb0d69a-d789-4429-970e-66d48e381c9b",
    "total_chats": 2,
    "sent_chats": 0,
    "failed_chats": 0,
    "pending_chats": 0,
    "total_member_count": 0,
    "total_delivered_count": None,
    "total_read_count": None,
    "delivered_percentage": 0,
    "read_percentage": 0,
    "broadcast_status": "inprogress",
    "logs": [],
}
QUEUE_JOB = {  # the SDK's QueueJobTypes, as a Bull job sends it (epoch milliseconds)
    "id": "63cda77b-73de-433e-a652-a8f489100d43",
    "message_id": "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C",
    "status": "completed",
    "data": {"body": "Hello", "chat_id": "919537851844@c.us"},
    "addedTimestamp": 1737141384215,
    "processedTimestamp": 1737141384900,
    "finishedTimestamp": 1737141386001,
    "attemptsMade": 1,
    "attemptsStarted": 1,
    "stacktrace": [],
}
MEMBER = {  # the SDK's Tables<'tbl_org_members'>
    "email": "agent@example.com",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "user_id": None,
    "role": "member",
    "member_name": None,
    "member_image": None,
    "member_color": "#25D366",
    "is_active": False,
    "is_online": None,
    "is_owner": False,
    "label_ids": ["label-bflirzqiodgianfh"],
    "org_phones": ["918527184400"],
    "invited_at": "2025-01-20T07:51:48.209+00:00",
    "invited_by": "owner@example.com",
    "created_at": "2025-01-20T07:51:48.209+00:00",
    "member_metadata": None,
    "preferences": {},
}
FAQ = {  # the SDK's Tables<'tbl_ai_contexts'>
    "context_id": "ctx-1",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "type": "faq",
    "question": "Opening hours?",
    "answer": "9 to 5",
    "attachments": ["https://example.com/hours.pdf"],
    "document_id": None,
    "metadata": None,
    "embedding": "[0.1,0.2]",
    "created_at": "2025-03-10T11:11:20.049901+00:00",
}


# Every operation against the mock ------------------------------------------------------------------------------------


async def test_phone_operations_pass_the_mock(mock_client: Any) -> None:
    phones = resource(mock_client, "phones")
    phone = await call(phones.get())
    assert isinstance(phone, PhoneInfo)
    assert phone.phone_id == "phone-bqzvyibhmwkaergr"  # the documented example, served by the mock
    all_phones = await call(phones.list())
    assert [p.phone_id for p in all_phones] == ["phone-njjnpbeheymosvlo"]
    qr = await call(phones.qr())
    assert isinstance(qr, bytes)
    assert qr  # the mock sends a JSON string; kept as the bytes it sent
    updated = await call(phones.update(phone_name="Support", labels=["test1", "test2"]))
    assert isinstance(updated, PhoneInfo)
    assert updated.labels == ["test1", "test2"]
    assert isinstance(await call(phones.create()), Phone)
    for action in (phones.reset, phones.restart, phones.resync, phones.delete):
        assert await call(action()) is None


async def test_queue_operations_pass_the_mock(mock_client: Any) -> None:
    queue = resource(mock_client, "queue")
    status = await call(queue.status())
    assert isinstance(status, QueueStatus)
    assert (status.completed, status.failed, status.is_running) == (16, 10, True)
    jobs = await call(queue.jobs(queue_id="63cda77b-73de-433e-a652-a8f489100d43"))
    assert every(jobs, QueueJob)
    assert every(await call(queue.jobs(broadcast_id="22b2a2a4")), QueueJob)
    broadcast = await call(queue.broadcast_status(broadcast_id="22b2a2a4-3c61-4b94-807c-fa431e71a8e5"))
    assert isinstance(broadcast, BroadcastStatus)
    assert await call(queue.purge(queue_id=["q-1", "q-2"])) is None
    assert await call(queue.purge(queue_id="q-1")) is None
    assert await call(queue.purge(broadcast_id="22b2a2a4")) is None
    assert await call(queue.purge(all=True)) is None


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


async def test_webhook_operations_pass_the_mock(mock_client: Any) -> None:
    webhooks = resource(mock_client, "webhooks")
    found = await call(webhooks.list(integration_name="message.created", is_subscribed=True))
    assert every(found, Webhook)
    assert isinstance(await call(webhooks.get("0ef25935")), Webhook)
    created = await call(
        webhooks.create(hook_url="https://example.com/hook", integration_name=["message.created", "ticket.created"])
    )
    assert [hook.id for hook in created] == [CREATE_WEBHOOK["id"]]  # the documented single-row example, as a list
    assert isinstance(await call(webhooks.update("0ef25935", is_subscribed=False, name="paused")), Webhook)
    assert await call(webhooks.delete("0ef25935")) is None


async def test_member_operations_pass_the_mock(mock_client: Any) -> None:
    members = resource(mock_client, "members")
    invited = await call(members.invite(emails=["a@example.com"], role="member", labels=["vip"], org_phones=["9198"]))
    assert isinstance(invited, MemberInviteResult)
    assert every(invited.added_members, Member)
    updated = await call(members.update_access(emails="a@example.com", labels=None, org_phones=["918527184400"]))
    assert every(updated, Member)
    assert await call(members.delete("a@example.com")) is None


# The exact requests ---------------------------------------------------------------------------------------------------


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


NO_BODY_CALLS = [
    ("phones", "get", (), "GET", "/v1/phones", GET_PHONE),
    ("phones", "list", (), "GET", "/v1/phones/all", [ALL_PHONES_FIRST]),
    ("phones", "reset", (), "POST", "/v1/phones/reset", None),
    ("phones", "restart", (), "POST", "/v1/phones/restart", None),
    ("phones", "resync", (), "POST", "/v1/phones/resync", None),
    ("phones", "create", (), "POST", "/v1/phones/create", {"phone_id": "phone-new"}),
    ("phones", "delete", (), "DELETE", "/v1/phones/delete", None),
    ("queue", "status", (), "GET", "/v1/queue", QUEUE_STATUS),
    ("knowledge_base", "get_faq", ("ctx/1",), "GET", "/v1/knowledge-base/faq/ctx%2F1", FAQ),
    ("knowledge_base", "get_document", ("doc-1",), "GET", "/v1/knowledge-base/document/doc-1", [FAQ]),
    ("knowledge_base", "delete_faq", ("ctx-1",), "DELETE", "/v1/knowledge-base/faq/ctx-1", {"context_id": "ctx-1"}),
    ("knowledge_base", "delete_document", ("d",), "DELETE", "/v1/knowledge-base/document/d", {"document_id": "d"}),
    ("webhooks", "get", ("wh-1",), "GET", "/v1/webhooks/wh-1", CREATE_WEBHOOK),
    ("webhooks", "delete", ("wh-1",), "DELETE", "/v1/webhooks/wh-1", None),
    ("members", "delete", ("a@example.com",), "DELETE", "/v1/members/a%40example.com", None),
]


@pytest.mark.parametrize(("name", "method", "args", "verb", "path", "answer"), NO_BODY_CALLS)
async def test_operations_without_a_body_hit_their_path(
    make_client: Any, name: str, method: str, args: tuple[str, ...], verb: str, path: str, answer: object
) -> None:
    recorder = Recorder(httpx.Response(204) if answer is None else json_response(200, answer))
    await call(getattr(resource(make_client(recorder), name), method)(*args))
    (request,) = recorder.requests
    assert (request.method, request.url.raw_path.decode()) == (verb, path)
    assert request.content == b""
    assert request.headers["x-phone"] == "919876543210"


async def test_phone_update_joins_labels(make_client: Any) -> None:
    recorder = Recorder(json_response(200, UPDATE_PHONE))
    phones = resource(make_client(recorder), "phones")
    phone = await call(phones.update(phone_name="Support", phone_image="https://x/p.png", labels=["test1", "test2"]))
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("PATCH", "/v1/phones/update")
    assert body_of(request) == {"phone_name": "Support", "phone_image": "https://x/p.png", "labels": "test1,test2"}
    assert phone.org_phone == "918527184400@c.us"


async def test_phone_update_needs_a_field(make_client: Any) -> None:
    recorder = Recorder(json_response(200, UPDATE_PHONE))
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(resource(make_client(recorder), "phones").update())
    assert recorder.requests == []


async def test_qr_is_the_raw_image(make_client: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    recorder = Recorder(httpx.Response(200, content=png, headers={"content-type": "image/png"}))
    phones = resource(make_client(recorder), "phones")
    assert await call(phones.qr()) == png
    raw = await call(phones.with_raw_response.qr())
    assert raw.headers["content-type"] == "image/png"
    assert raw.parse() == png
    assert [(r.method, r.url.path) for r in recorder.requests] == [("GET", "/v1/phones/qr")] * 2


async def test_queue_jobs_and_broadcast_status_send_their_query(make_client: Any) -> None:
    recorder = Recorder(json_response(200, [QUEUE_JOB]), json_response(200, BROADCAST_STATUS))
    queue = resource(make_client(recorder), "queue")
    jobs = await call(queue.jobs(queue_id="q-1", broadcast_id="b-1"))
    broadcast = await call(queue.broadcast_status(broadcast_id="b-1"))
    first, second = recorder.requests
    assert (first.method, first.url.path, dict(first.url.params)) == (
        "GET", "/v1/queue/jobs", {"queue_id": "q-1", "broadcast_id": "b-1"},
    )  # fmt: skip
    assert (second.method, second.url.path, dict(second.url.params)) == (
        "GET", "/v1/queue/broadcast", {"broadcast_id": "b-1"},
    )  # fmt: skip
    assert jobs[0].id == QUEUE_JOB["id"]
    assert broadcast.total_chats == 2


@pytest.mark.parametrize(
    ("arguments", "body"),
    [
        ({"queue_id": "q-1"}, {"queue_id": "q-1"}),
        ({"queue_id": ("q-1", "q-2")}, {"queue_id": ["q-1", "q-2"]}),
        ({"broadcast_id": "b-1"}, {"broadcast_id": "b-1"}),
        ({"queue_id": "q-1", "broadcast_id": "b-1"}, {"queue_id": "q-1", "broadcast_id": "b-1"}),
        ({"all": True}, None),
    ],
)
async def test_purge_sends_its_filter(make_client: Any, arguments: dict[str, Any], body: object) -> None:
    recorder = Recorder(httpx.Response(204))
    assert await call(resource(make_client(recorder), "queue").purge(**arguments)) is None
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("DELETE", "/v1/queue/purge")
    assert body_of(request) == body


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({}, "all=True"),
        ({"all": False}, "all=True"),
        ({"all": True, "queue_id": "q-1"}, "leave queue_id"),
        ({"all": True, "broadcast_id": "b-1"}, "leave queue_id"),
        ({"queue_id": []}, "non-empty"),
        ({"queue_id": ["q-1", ""]}, "non-empty"),
    ],
)
async def test_purge_refuses_to_guess(make_client: Any, arguments: dict[str, Any], problem: str) -> None:
    recorder = Recorder(httpx.Response(204))
    with pytest.raises(periskope.PeriskopeError, match=problem):
        await call(resource(make_client(recorder), "queue").purge(**arguments))
    assert recorder.requests == []


async def test_purge_is_not_retried(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, {"code": "UNKNOWN_ERROR", "message": "down"}))
    with pytest.raises(periskope.InternalServerError):
        await call(resource(make_client(recorder), "queue").purge(all=True))
    assert len(recorder.requests) == 1


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


async def test_webhook_requests_are_camel_case(make_client: Any) -> None:
    recorder = Recorder(
        json_response(200, [CREATE_WEBHOOK]),
        json_response(201, [CREATE_WEBHOOK, {**CREATE_WEBHOOK, "id": "wh-2", "integration_name": "message.created"}]),
        json_response(200, {**CREATE_WEBHOOK, "is_subscribed": False}),
    )
    webhooks = resource(make_client(recorder), "webhooks")
    await call(
        webhooks.list(integration_name="ticket.created", type="webhook", is_subscribed=False, hook_url="https://h")
    )
    created = await call(
        webhooks.create(
            hook_url="https://h", integration_name=["ticket.created", "message.created"],
            integration_metadata={"source": "crm"}, integration_type="webhook", type="webhook", name="CRM",
        )
    )  # fmt: skip
    updated = await call(webhooks.update("wh-1", is_subscribed=False, integration_name="message.created"))
    listing, create, update = recorder.requests
    assert (listing.method, listing.url.path) == ("GET", "/v1/webhooks")
    assert dict(listing.url.params) == {
        "integration_name": "ticket.created", "type": "webhook", "is_subscribed": "false", "hook_url": "https://h",
    }  # fmt: skip
    assert (create.method, create.url.path) == ("POST", "/v1/webhooks")
    assert body_of(create) == {
        "hookUrl": "https://h", "integrationName": ["ticket.created", "message.created"],
        "integrationMetadata": {"source": "crm"}, "integrationType": "webhook", "type": "webhook", "name": "CRM",
    }  # fmt: skip
    assert (update.method, update.url.path) == ("PATCH", "/v1/webhooks/wh-1")
    assert body_of(update) == {"isSubscribed": False, "integrationName": "message.created"}
    assert [hook.id for hook in created] == [CREATE_WEBHOOK["id"], "wh-2"]
    assert updated.is_subscribed is False


async def test_webhook_create_with_one_event_and_update_needs_a_field(make_client: Any) -> None:
    recorder = Recorder(json_response(201, CREATE_WEBHOOK))
    webhooks = resource(make_client(recorder), "webhooks")
    created = await call(webhooks.create(hook_url="https://h", integration_name="ticket.created"))
    assert body_of(recorder.requests[0]) == {"hookUrl": "https://h", "integrationName": "ticket.created"}
    assert len(created) == 1
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(webhooks.update("wh-1"))
    with pytest.raises(periskope.PeriskopeError, match="integration_name"):
        await call(webhooks.create(hook_url="https://h", integration_name=[]))
    assert len(recorder.requests) == 1


async def test_member_bodies(make_client: Any) -> None:
    recorder = Recorder(
        json_response(200, {"addedMembers": [MEMBER], "errors": [{"email": "b@x.io", "error": {"message": "exists"}}]}),
        json_response(200, [MEMBER]),
    )
    members = resource(make_client(recorder), "members")
    invited = await call(members.invite(emails="a@example.com", role="member", labels="vip", org_phones=["9198"]))
    updated = await call(members.update_access(emails=["a@example.com"], labels=["vip", "lead"], org_phones=None))
    invite, access = recorder.requests
    assert (invite.method, invite.url.path) == ("POST", "/v1/members/invite")
    assert body_of(invite) == {"emails": ["a@example.com"], "role": "member", "labels": ["vip"], "orgPhones": ["9198"]}
    assert (access.method, access.url.path) == ("PATCH", "/v1/members/access")
    assert body_of(access) == {"emails": ["a@example.com"], "labels": ["vip", "lead"], "orgPhones": None}
    assert [m.email for m in invited.added_members] == ["agent@example.com"]
    assert (invited.errors[0].email, invited.errors[0].error.message) == ("b@x.io", "exists")
    assert updated[0].role == MemberRole.MEMBER


async def test_member_invite_leaves_out_what_is_not_given(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {"addedMembers": [], "errors": []}))
    members = resource(make_client(recorder), "members")
    await call(members.invite(emails=["a@example.com"]))
    assert body_of(recorder.requests[0]) == {"emails": ["a@example.com"]}
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(members.invite(emails=[]))
    assert len(recorder.requests) == 1


# Pagination (the knowledge base) --------------------------------------------------------------------------------------


def knowledge_base(total: int) -> Recorder:
    """/knowledge-base over `total` FAQs, honouring offset and limit."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 1000))
        data = [{**FAQ, "context_id": f"ctx-{i}"} for i in range(offset, min(offset + limit, total))]
        return json_response(200, {"data": data, "count": total})

    return Recorder(handler)


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


# The documented examples decode without loss --------------------------------------------------------------------------


@pytest.mark.parametrize("example", [GET_PHONE, ALL_PHONES_FIRST, UPDATE_PHONE], ids=["get", "all", "update"])
def test_phone_examples_decode(example: dict[str, Any]) -> None:
    phone = PhoneInfo.from_dict(example)
    assert phone.phone_id == example["phone_id"]
    assert phone.wa_state == PhoneState.CONNECTED
    assert phone.is_ready is True
    assert phone.qr_code is None
    assert phone.labels == example["labels"]
    assert phone.created_at.tzinfo is not None
    assert phone.label_ids.to_dict() == example["label_ids"]
    assert set(phone.to_dict()) == set(example)


def test_phone_info_keeps_unknown_states_and_the_docs_extra_fields() -> None:
    phone = PhoneInfo.from_dict({**GET_PHONE, "wa_state": "PAIRING", "is_browser_open": False, "wa_version": "2.3"})
    assert phone.wa_state == "PAIRING"
    assert phone.is_browser_open is False
    assert phone.to_dict()["wa_state"] == "PAIRING"


def test_created_phone_decodes_its_queues() -> None:
    row = {**GET_PHONE, "is_browser_open": True, "queue_status": {"messages": QUEUE_STATUS}, "server_zone": None}
    phone = Phone.from_dict(row)
    assert phone.queue_status["messages"].completed == 16
    assert phone.server_zone is None
    assert set(phone.to_dict()) == set(row)


def test_queue_status_example_decodes() -> None:
    status = QueueStatus.from_dict(QUEUE_STATUS)
    assert (status.active, status.completed, status.failed, status.pending, status.is_running) == (0, 16, 10, 0, True)
    assert status.to_dict() == QUEUE_STATUS


def test_queue_job_timestamps_are_epoch_milliseconds() -> None:
    job = QueueJob.from_dict(QUEUE_JOB)
    assert job.added_timestamp == datetime(2025, 1, 17, 19, 16, 24, 215000, tzinfo=UTC)
    assert job.finished_timestamp > job.processed_timestamp > job.added_timestamp
    assert (job.data.chat_id, job.attempts_made, job.status) == ("919537851844@c.us", 1, "completed")
    assert set(job.to_dict()) == set(QUEUE_JOB)


def test_broadcast_status_decodes() -> None:
    status = BroadcastStatus.from_dict(BROADCAST_STATUS)
    assert status.broadcast_status == BroadcastState.INPROGRESS
    assert status.message_payload.message_type == MessageType.CHAT
    assert (status.total_chats, status.total_delivered_count, status.performed_at) == (2, None, None)
    assert status.scheduled_at == datetime(2025, 3, 10, 12, 11, 19, 520000, tzinfo=UTC)
    assert set(status.to_dict()) == set(BROADCAST_STATUS)


def test_webhook_example_decodes() -> None:
    hook = Webhook.from_dict(CREATE_WEBHOOK)
    assert hook.integration_name == WebhookEvent.TICKET_CREATED
    assert hook.type_ == IntegrationType.WEBHOOK
    assert hook.integration_metadata.name == CREATE_WEBHOOK["hook_url"]
    assert hook.subscribed_at == datetime(2025, 11, 16, 11, 20, 42, 38000, tzinfo=UTC)
    assert hook.to_dict() == {**CREATE_WEBHOOK, "subscribed_at": "2025-11-16T11:20:42.038000+00:00"}


def test_member_and_faq_rows_decode() -> None:
    member = Member.from_dict(MEMBER)
    assert (member.role, member.member_color) == (MemberRole.MEMBER, MemberColor.HEX_25D366)
    assert member.org_phones == ["918527184400"]
    assert set(member.to_dict()) == set(MEMBER)
    faq = KnowledgeBaseEntry.from_dict(FAQ)
    assert (faq.type_, faq.attachments, faq.document_id) == (KnowledgeBaseType.FAQ, FAQ["attachments"], None)
    assert set(faq.to_dict()) == set(FAQ)
