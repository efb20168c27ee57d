"""client.messages: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import SEED_ID, Recorder, call, json_response, keys, resource, seed_example, sent
from resources.samples import SENT_SYNC

import periskope
from periskope import Ack
from periskope.models import (
    BroadcastResult,
    ChatAiSettings,
    ChatAuditLog,
    Message,
    MessageQueueJob,
    MessageType,
    QueueHealth,
    SendSyncResult,
)

CHAT = "919537851844@c.us"

GROUP = "120363041234567890@g.us"


async def test_message_operations_pass_the_mock(mock_client: Any) -> None:
    messages = mock_client.messages
    assert isinstance(await call(messages.get(SEED_ID)), Message)
    sent = await call(messages.send(chat_id=CHAT, message="Hello", hide_url_preview=True))
    assert isinstance(sent.queue_id, str)
    result = await call(messages.broadcast(chat_ids=[CHAT, GROUP], message="Hi all", delay=2))
    assert isinstance(result.result, BroadcastResult) and result.broadcast_id == result.result.broadcast_id
    assert await call(messages.edit(SEED_ID, edited_body="Hello, edited")) is None
    assert await call(messages.forward(SEED_ID, forward_chat_ids=[GROUP])) is None
    assert await call(messages.delete(SEED_ID)) is None
    assert await call(messages.react(SEED_ID, reaction="👍")) is None
    assert await call(messages.pin(SEED_ID, pin=False)) is None


async def test_send_builds_the_documented_body(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {"queue_id": "q-1", "queue_position": "3", "unique_id": "3EB0AB"}))
    media = {"type": "image", "url": "https://example.com/a.png", "filename": "a.png", "mimetype": "image/png"}
    sent = await call(make_client(recorder).messages.send(chat_id=CHAT, message="Hi", media=media, reply_to="m-1"))
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("POST", "/v1/message/send")
    assert json.loads(request.content) == {"chat_id": CHAT, "message": "Hi", "media": media, "reply_to": "m-1"}
    assert (sent.queue_id, sent.queue_position, sent.unique_id) == ("q-1", 3, "3EB0AB")


async def test_send_is_not_retried_after_a_5xx(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(502, {"code": "UNKNOWN_ERROR", "message": "bad gateway"}))
    with pytest.raises(periskope.InternalServerError):
        await call(make_client(recorder).messages.send(chat_id=CHAT, message="once"))
    assert len(recorder.requests) == 1


async def test_extra_body_query_and_headers_reach_the_request(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {"queue_id": "q"}))
    await call(
        make_client(recorder).messages.send(
            chat_id=CHAT, message="x", extra_body={"scheduled_id": "s-1"}, extra_query={"v": "2"},
            extra_headers={"X-Trace": "abc"},
        )
    )  # fmt: skip
    (request,) = recorder.requests
    assert json.loads(request.content)["scheduled_id"] == "s-1"
    assert request.url.params["v"] == "2"
    assert request.headers["x-trace"] == "abc"


async def test_wait_polls_until_the_ack_is_reached(make_client: Any, sleeps: list[float]) -> None:
    pending = {**seed_example(), "ack": "0"}
    delivered = {**seed_example(), "ack": "2"}
    recorder = Recorder(
        json_response(200, {"queue_id": "q-9"}),
        json_response(404, {"code": "NOT_FOUND_ERROR", "message": "not sent yet"}),
        json_response(200, pending),
        json_response(200, delivered),
    )
    client = make_client(recorder)
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    message = await call(sent.wait(until=Ack.DELIVERED, timeout=30))
    assert message.ack == Ack.DELIVERED
    assert [r.url.path for r in recorder.requests[1:]] == ["/v1/message/q-9"] * 3
    assert len(sleeps) == 2 and 0.75 <= sleeps[0] <= 1.0 and 1.125 <= sleeps[1] <= 1.5  # x1.5, jittered


async def test_wait_times_out_with_a_typed_error(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(200, {"queue_id": "q-9"}), json_response(200, {**seed_example(), "ack": "0"}))
    sent = await call(make_client(recorder).messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(periskope.WaitTimeoutError, match="q-9"):
        await call(sent.wait(timeout=0.5))


async def test_wait_reports_a_failed_message(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(200, {"queue_id": "q-9"}), json_response(200, {**seed_example(), "ack": "-1"}))
    sent = await call(make_client(recorder).messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(periskope.MessageFailedError):
        await call(sent.wait())


async def test_message_queue_and_chat_docs_operations_pass_the_mock(mock_client: Any) -> None:
    sent = await call(resource(mock_client, "messages").send_sync(chat_id=CHAT, message="Hello", hide_url_preview=True))
    assert isinstance(sent, SendSyncResult) and isinstance(sent.message, Message)
    queue = resource(mock_client, "queue")
    health = await call(queue.health())
    assert isinstance(health, QueueHealth) and health.completed == 142
    for filters in ({}, {"queue_id": "5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400"}, {"broadcast_id": "b2519"}):
        jobs = await call(queue.list_jobs(**filters))
        assert [type(job) for job in jobs] == [MessageQueueJob]
    chats = resource(mock_client, "chats")
    settings = await call(chats.update_ai_settings(GROUP, is_agent_allowed=True))
    assert isinstance(settings, ChatAiSettings) and settings.is_flagging_allowed is True
    logs = await call(chats.list_audit_logs(GROUP, limit=20, performed_by="user@example.com", action="STATUS_CHANGED"))
    assert [type(log) for log in logs.items] == [ChatAuditLog]


async def test_send_sync_sends_the_send_body(make_client: Any) -> None:
    recorder = Recorder(json_response(200, SENT_SYNC))
    media = {"type": "image", "url": "https://example.com/a.png", "filename": "a.png", "mimetype": "image/png"}
    poll = {"pollName": "Lunch?", "pollOptions": ["yes", "no"], "options": {"allowMultipleAnswers": False}}
    result = await call(
        resource(make_client(recorder), "messages").send_sync(
            chat_id=CHAT, message="Hi", media=media, reply_to="m-1", poll=poll, hide_url_preview=True
        )
    )
    assert sent(recorder) == (
        "POST",
        "/v1/message/send-sync",
        {},
        {
            "chat_id": CHAT,
            "message": "Hi",
            "media": media,
            "reply_to": "m-1",
            "poll": poll,
            "options": {"hide_url_preview": True},
        },
    )
    assert result.message.ack == Ack.DELIVERED_ALL


async def test_send_sync_is_not_retried_after_a_5xx(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(502, {"code": "UNKNOWN_ERROR", "message": "bad gateway"}))
    with pytest.raises(periskope.InternalServerError):
        await call(resource(make_client(recorder, max_retries=3), "messages").send_sync(chat_id=CHAT, message="x"))
    assert len(recorder.requests) == 1


def test_send_sync_example_decodes() -> None:
    sent = SendSyncResult.from_dict(SENT_SYNC)
    assert (sent.status, sent.unique_id) == ("sent", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    assert sent.message.message_type == MessageType.CHAT and sent.message.ack == Ack.DELIVERED_ALL
    assert sent.message.media.dimensions.width is None
    assert keys(sent.to_dict()) == keys(SENT_SYNC)
