"""client.messages and client.chats: every operation against the mock server (requests validated by Prism, responses
decoded), request bodies and pagination against in-process handlers; sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from conftest import SEED_ID, Recorder, call, collect, json_response, seed_example

import periskope
from periskope import Ack, Message
from periskope.models import BroadcastResult, Chat, Notification

CHAT = "919537851844@c.us"
GROUP = "120363041234567890@g.us"


# Every operation against the mock ------------------------------------------------------------------------------------


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


async def test_chat_operations_pass_the_mock(mock_client: Any) -> None:
    chats = mock_client.chats
    first = await call(chats.list(limit=20, chat_type="group", label="vip"))
    assert all(isinstance(chat, Chat) for chat in first.items)
    assert isinstance(await call(chats.get(CHAT)), Chat)
    assert isinstance(await call(chats.update(CHAT, labels=["vip", "lead"], custom_properties={"tier": "gold"})), Chat)
    assert await call(chats.update_labels(chat_ids=[CHAT], labels="vip")) is None
    assert await call(chats.update_access(chat_ids=[CHAT], access={"agent@example.com": True}, replace=False)) is None
    assert await call(chats.mark_read(CHAT)) is None
    for method, args in (
        (chats.list_messages, ()),
        (chats.list_chat_messages, (CHAT,)),
        (chats.list_notes, (CHAT,)),
    ):
        page = await call(method(*args, limit=5))
        assert all(isinstance(message, Message) for message in page.items)
    for method, args in ((chats.list_notifications, ()), (chats.list_chat_notifications, (GROUP,))):
        page = await call(method(*args, limit=5))
        assert all(isinstance(note, Notification) for note in page.items)


# Request bodies -------------------------------------------------------------------------------------------------------


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


# Pagination -----------------------------------------------------------------------------------------------------------


def chat(i: int) -> dict[str, Any]:
    return {"chat_id": f"9190000{i:05d}@c.us", "chat_name": f"chat {i}", "chat_type": "user"}


def chats_page(start: int, size: int, count: int | None) -> httpx.Response:
    body: dict[str, Any] = {"chats": [chat(i) for i in range(start, start + size)], "from": start + 1}
    body["to"] = start + size
    if count is not None:
        body["count"] = count
    return json_response(200, body)


def server_with(total: int, count: int | None) -> Recorder:
    """A /chats endpoint over `total` chats, honouring offset and limit; `count` is what it claims."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 1000))
        return chats_page(offset, max(0, min(limit, total - offset)), count)

    return Recorder(handler)


@pytest.mark.parametrize(
    ("total", "count", "pages"),
    [
        (7, 7, 3),  # the last page is short
        (6, 6, 3),  # the last page is empty (full pages can't tell they are the last)
        (7, 3, 3),  # count says less than there is: full pages keep going
        (4, 50, 2),  # count says more than there is: a short page ends it
        (0, 0, 1),
    ],
)
async def test_iterating_a_list_walks_every_page(make_client: Any, total: int, count: int, pages: int) -> None:
    recorder = server_with(total, count)
    first = await call(make_client(recorder).chats.list(limit=3))
    assert [c.chat_id for c in await collect(first)] == [chat(i)["chat_id"] for i in range(total)]
    assert len(recorder.requests) == pages
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6", "9"][:pages]
    assert {r.url.params["limit"] for r in recorder.requests} == {"3"}


async def test_max_items_caps_the_iteration(make_client: Any) -> None:
    recorder = server_with(100, 100)
    first = await call(make_client(recorder).chats.list(limit=10, max_items=25))
    assert len(await collect(first)) == 25
    assert len(recorder.requests) == 3


async def test_without_a_limit_count_decides(make_client: Any) -> None:
    recorder = server_with(5, 5)
    first = await call(make_client(recorder).chats.list())
    assert len(await collect(first)) == 5
    assert len(recorder.requests) == 1


def test_pages_one_by_one_sync() -> None:
    recorder = server_with(5, 5)
    client = periskope.Periskope("k", http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    page = client.chats.list(limit=2, offset=1)
    assert [(p.offset, len(p.items)) for p in page.iter_pages()] == [(1, 2), (3, 2), (5, 0)]


async def test_async_for_directly_on_the_list_call() -> None:
    recorder = server_with(5, 5)
    client = periskope.AsyncPeriskope("k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    ids = [c.chat_id async for c in client.chats.list(limit=2)]
    assert len(ids) == 5
    raw = await client.chats.with_raw_response.list(limit=2)
    assert raw.status_code == 200
    assert len(raw.parse().items) == 2


@pytest.mark.parametrize("bad", [{"limit": 0}, {"limit": -5}, {"offset": -1}, {"max_items": -1}])
async def test_bad_paging_arguments_are_refused(make_client: Any, bad: dict[str, int]) -> None:
    recorder = server_with(5, 5)
    with pytest.raises(periskope.PeriskopeError):
        await call(make_client(recorder).chats.list(**bad))
    assert recorder.requests == []
