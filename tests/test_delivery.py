"""Delivery you can trust: Periskope's ack scale, message status, waiting (bounded, with the send's own options, by
status, by queue id, by events), and resolving a send whose outcome is unknown (respx, the fault server, the mock)."""

from __future__ import annotations

import json
import random
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx
from conftest import API_KEY, PHONE, call, seed_example
from fault_server import OK, RESET_AFTER_READ, RESET_BEFORE_READ, SEND_PATH, Fault, FaultServer, Request, slow, status

import periskope
from periskope import Ack, APIError, MessageFailedError, WaitTimeoutError, _retry
from periskope._delivery import DeliveryEvents, UnresolvedSendError
from periskope.models import Message, MessageStatus, MessageStatusValue

BASE = "https://api.test/v1"
CHAT = "919876543210@c.us"
OTHER_PHONE = "918888888888"
UNIQUE = "3EB0A0A8F90A01259C81A3"
QUEUE = "5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400"


# The ack scale --------------------------------------------------------------------------------------------------------

SCALE = [
    (-1, "FAILED"),
    (0, "PENDING"),
    (1, "SENT"),
    (2, "DELIVERED"),
    (3, "DELIVERED_ALL"),
    (4, "READ"),
    (5, "READ_ALL"),
    (7, "UNKNOWN"),
]


@pytest.mark.parametrize(("value", "name"), SCALE)
@pytest.mark.parametrize("form", [int, str], ids=["int", "str"])
def test_every_ack_decodes_to_its_documented_member_and_round_trips(value: int, name: str, form: type) -> None:
    message = Message.from_dict({**seed_example(), "ack": form(value)})
    status = MessageStatus.from_dict({"ack": form(value)})
    for decoded in (message.ack, status.ack):
        assert isinstance(decoded, Ack)
        assert (decoded.name, int(decoded)) == (name, value)
    assert message.to_dict()["ack"] == value and status.to_dict()["ack"] == value
    assert Message.from_dict(message.to_dict()).ack == value


def test_ack_order_and_helpers() -> None:
    assert list(Ack) == sorted(Ack)
    assert Ack.READ.reached(Ack.DELIVERED) and Ack.DELIVERED_ALL.reached(Ack.DELIVERED)
    assert not Ack.DELIVERED.reached(Ack.READ)
    assert not Ack.FAILED.reached(Ack.PENDING) and Ack.FAILED.reached(Ack.FAILED)
    assert Ack(7).reached(Ack.READ_ALL)  # values above 5 stay open, and rank above
    assert [a.name for a in Ack if a.is_final] == ["FAILED", "READ_ALL"]
    assert Ack(7).is_final and not Ack.READ.is_final
    assert Ack.FAILED.is_failed and not Ack.PENDING.is_failed


def test_status_decodes_typed_and_keeps_unknown_keys() -> None:
    status = MessageStatus.from_dict(
        {
            "unique_id": UNIQUE,
            "status": "bounced",
            "ack": "4",
            "timeline": {"queued_at": "2026-04-01T14:23:21.279Z", "read_at": "2026-04-01T14:25:00Z"},
            "brand_new": {"x": 1},
        }
    )
    assert status.ack is Ack.READ
    assert isinstance(status.status, MessageStatusValue) and status.status.name == "UNKNOWN"
    assert status.timeline is not None and status.timeline.queued_at == datetime(2026, 4, 1, 14, 23, 21, 279000, UTC)
    assert status.timeline["read_at"] == datetime(2026, 4, 1, 14, 25, tzinfo=UTC)  # a step not declared: typed
    assert status["brand_new"] == {"x": 1}
    assert status.to_dict()["status"] == "bounced"


# Waiting (respx) ------------------------------------------------------------------------------------------------------


def status_body(ack: int, **more: Any) -> dict[str, Any]:
    return {"queue_id": QUEUE, "unique_id": UNIQUE, "message_id": f"true_{CHAT}_{UNIQUE}", "chat_id": CHAT,
            "ack": ack, **more}  # fmt: skip


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    cls = periskope.Periskope if request.param == "sync" else periskope.AsyncPeriskope
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        made = cls(API_KEY, PHONE, base_url=BASE, rate_budget=False)
        made.router = router
        yield made
        await call(made.close())


def sends(client: Any, body: dict[str, Any]) -> respx.Route:
    return client.router.post("/message/send").mock(return_value=httpx.Response(200, json=body))


async def test_wait_polls_the_status_with_the_sends_phone_headers_and_timeout(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "queue_position": "1", "unique_id": UNIQUE})
    polls = client.router.get(f"/message/{UNIQUE}/status").mock(
        side_effect=[
            httpx.Response(404, json={"code": "NOT_FOUND_ERROR", "message": "not yet"}),
            httpx.Response(200, json=status_body(0)),
            httpx.Response(200, json=status_body(1)),
            httpx.Response(200, json=status_body(2, status="delivered")),
        ]
    )
    sent = await call(
        client.messages.send(chat_id=CHAT, message="hi", phone=OTHER_PHONE, timeout=7.0, extra_headers={"X-T": "1"})
    )
    assert (sent.queue_id, sent.unique_id) == (QUEUE, UNIQUE)
    done = await call(sent.wait(until=Ack.DELIVERED, timeout=30, interval=0.01))
    assert isinstance(done, MessageStatus) and done.ack is Ack.DELIVERED and done.status == "delivered"
    assert polls.call_count == 4
    for poll in polls.calls:
        assert poll.request.headers["x-phone"] == OTHER_PHONE
        assert poll.request.headers["x-t"] == "1"
        assert poll.request.headers["authorization"] == f"Bearer {API_KEY}"
        assert poll.request.extensions["timeout"]["read"] == 7.0  # the send's timeout (30 s were left)


async def test_wait_falls_back_to_the_queue_id_without_a_unique_id(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "queue_position": "1"})
    polls = client.router.get(f"/message/{QUEUE}").mock(
        side_effect=[
            httpx.Response(404, json={"code": "NOT_FOUND_ERROR", "message": "queued"}),
            httpx.Response(200, json={**seed_example(), "ack": "1"}),
            httpx.Response(200, json={**seed_example(), "ack": "4"}),
        ]
    )
    sent = await call(client.messages.send(chat_id=CHAT, message="hi", phone=OTHER_PHONE))
    done = await call(sent.wait(until=Ack.READ, timeout=30, interval=0.01))
    assert done.ack is Ack.READ and done.message_id == seed_example()["message_id"]
    assert polls.call_count == 3 and {c.request.headers["x-phone"] for c in polls.calls} == {OTHER_PHONE}


async def test_wait_until_a_predicate_on_group_counts(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    client.router.get(f"/message/{UNIQUE}/status").mock(
        side_effect=[httpx.Response(200, json=status_body(4, read_count=n)) for n in (1, 2, 3)]
    )
    sent = await call(client.messages.send(chat_id="120363000000000000@g.us", message="hi"))
    done = await call(sent.wait(lambda s: (s.read_count or 0) >= 3, timeout=30, interval=0.01))
    assert done.read_count == 3 and done.ack is Ack.READ  # READ: one participant; READ_ALL would be everyone


async def test_wait_raises_message_failed_with_the_status(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    client.router.get(f"/message/{UNIQUE}/status").mock(return_value=httpx.Response(200, json=status_body(-1)))
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(MessageFailedError, match=UNIQUE) as caught:
        await call(sent.wait(timeout=30, interval=0.01))
    assert caught.value.last_status.ack is Ack.FAILED


async def test_wait_times_out_with_the_last_status(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    client.router.get(f"/message/{UNIQUE}/status").mock(return_value=httpx.Response(200, json=status_body(1)))
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(WaitTimeoutError, match=r"did not reach READ within 0\.2s; last ack SENT") as caught:
        await call(sent.wait(until=Ack.READ, timeout=0.2, interval=0.01))
    assert caught.value.last_status.ack is Ack.SENT


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every sleep of the client, recorded and really slept."""
    recorded: list[float] = []
    real_sleep, real_async_sleep = _retry.sleep, _retry.async_sleep

    def sleep(seconds: float) -> None:
        recorded.append(seconds)
        real_sleep(seconds)

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)
        await real_async_sleep(seconds)

    monkeypatch.setattr(_retry, "sleep", sleep)
    monkeypatch.setattr(_retry, "async_sleep", async_sleep)
    return recorded


async def test_wait_is_bounded_by_its_timeout_even_against_retry_after(client: Any, slept: list[float]) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    unavailable = httpx.Response(503, json={"code": "UNKNOWN_ERROR", "message": "busy"}, headers={"Retry-After": "45"})
    polls = client.router.get(f"/message/{UNIQUE}/status").mock(return_value=unavailable)
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(WaitTimeoutError):
        await call(sent.wait(timeout=0.3, interval=0.05))
    assert sum(slept) <= 0.3  # the 45 s asked for were cut to what was left of the wait
    assert polls.call_count == len(slept)  # one request per poll: no retries (and their sleeps) inside a poll
    assert all(c.request.extensions["timeout"]["read"] <= 0.3 for c in polls.calls)


async def test_wait_does_not_retry_an_auth_failure(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    client.router.get(f"/message/{UNIQUE}/status").mock(
        return_value=httpx.Response(401, json={"code": "UNAUTHORIZED_ERROR", "message": "Invalid bearer auth token"})
    )
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    with pytest.raises(periskope.AuthenticationError):
        await call(sent.wait(timeout=30, interval=0.01))


def event(ack: int, unique_id: str = UNIQUE) -> Any:
    data = {**seed_example(), "ack": str(ack), "unique_id": unique_id, "message_id": f"true_{CHAT}_{unique_id}"}
    return periskope.webhooks.parse({"event": "message.ack.updated", "data": data})


async def test_wait_resolves_from_events_without_polling(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    polls = client.router.get(f"/message/{UNIQUE}/status").mock(return_value=httpx.Response(200, json=status_body(0)))
    events = DeliveryEvents()
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))

    def feed() -> None:
        time.sleep(0.05)
        events.feed(event(1, "SOMEONE-ELSE"))  # another message's event: ignored
        events.feed(event(1))
        events.feed(event(2))

    threading.Thread(target=feed, daemon=True).start()
    done = await call(sent.wait(until=Ack.DELIVERED, timeout=30, interval=5.0, events=events))
    assert done.ack is Ack.DELIVERED and done.unique_id == UNIQUE
    assert polls.call_count == 0


async def test_wait_polls_when_events_stop(client: Any) -> None:
    sends(client, {"queue_id": QUEUE, "unique_id": UNIQUE})
    polls = client.router.get(f"/message/{UNIQUE}/status").mock(
        side_effect=[httpx.Response(200, json=status_body(1)), httpx.Response(200, json=status_body(2))]
    )
    events = DeliveryEvents()
    sent = await call(client.messages.send(chat_id=CHAT, message="hi"))
    done = await call(sent.wait(until=Ack.DELIVERED, timeout=30, interval=0.02, events=events))
    assert done.ack is Ack.DELIVERED and polls.call_count == 2
    assert not events._listeners  # the wait unsubscribed


# Broadcasts ---------------------------------------------------------------------------------------------------------

BROADCAST = "22b2a2a4-3c61-4b94-807c-fa431e71a8e5"


def broadcast_state(state: str, **more: Any) -> httpx.Response:
    return httpx.Response(200, json={"broadcast_id": BROADCAST, "broadcast_status": state, **more})


async def test_broadcast_wait_follows_the_broadcast_status(client: Any) -> None:
    client.router.post("/message/broadcast").mock(return_value=httpx.Response(200, json={"broadcast_id": BROADCAST}))
    polls = client.router.get("/queue/broadcast").mock(
        side_effect=[broadcast_state("inprogress", pending_chats=1), broadcast_state("completed", sent_chats=2)]
    )
    broadcast = await call(client.messages.broadcast(chat_ids=[CHAT, "120363000000000000@g.us"], message="Hi",
                                                     phone=OTHER_PHONE))  # fmt: skip
    assert broadcast.broadcast_id == BROADCAST
    done = await call(broadcast.wait(timeout=30, interval=0.01))
    assert done.sent_chats == 2 and str(done.broadcast_status) == "completed"
    assert [c.request.url.params["broadcast_id"] for c in polls.calls] == [BROADCAST] * 2
    assert {c.request.headers["x-phone"] for c in polls.calls} == {OTHER_PHONE}


async def test_broadcast_wait_until_a_predicate_or_failure(client: Any) -> None:
    client.router.post("/message/broadcast").mock(return_value=httpx.Response(200, json={"broadcast_id": BROADCAST}))
    client.router.get("/queue/broadcast").mock(
        side_effect=[broadcast_state("inprogress", total_read_count=n) for n in (1, 5)] + [broadcast_state("expired")]
    )
    broadcast = await call(client.messages.broadcast(chat_ids=[CHAT], message="Hi"))
    done = await call(broadcast.wait(lambda s: (s.total_read_count or 0) >= 5, timeout=30, interval=0.01))
    assert done.total_read_count == 5
    with pytest.raises(MessageFailedError, match="expired"):
        await call(broadcast.wait(timeout=30, interval=0.01))


async def test_broadcast_wait_is_bounded_by_its_timeout(client: Any, slept: list[float]) -> None:
    client.router.post("/message/broadcast").mock(return_value=httpx.Response(200, json={"broadcast_id": BROADCAST}))
    unavailable = httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "45"})
    polls = client.router.get("/queue/broadcast").mock(return_value=unavailable)
    broadcast = await call(client.messages.broadcast(chat_ids=[CHAT], message="Hi"))
    with pytest.raises(WaitTimeoutError, match=BROADCAST):
        await call(broadcast.wait(timeout=0.3, interval=0.05))
    assert sum(slept) <= 0.3 and polls.call_count == len(slept)


# What a failed send says ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "uncertain"),
    [
        (httpx.Response(503, json={"code": "UNKNOWN_ERROR", "message": "x"}), True),
        (httpx.ReadTimeout("slow"), True),
        (httpx.RemoteProtocolError("reset"), True),
        (httpx.ConnectError("refused"), False),
        (httpx.Response(400, json={"code": "VALIDATION_ERROR", "message": "x"}), False),
        (httpx.Response(401, json={"code": "UNAUTHORIZED_ERROR", "message": "x"}), False),
    ],
    ids=["503", "read-timeout", "reset", "refused", "400", "401"],
)
async def test_a_failed_send_says_whether_it_may_have_been_sent(client: Any, failure: Any, uncertain: bool) -> None:
    route = client.router.post("/message/send")
    route.mock(side_effect=failure) if isinstance(failure, Exception) else route.mock(return_value=failure)
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="hello", phone=OTHER_PHONE, max_retries=0))
    error = caught.value
    assert error.may_have_been_sent is uncertain
    assert error.sent is not None
    assert (error.sent.method, error.sent.path, error.sent.phone) == ("POST", "/v1/message/send", OTHER_PHONE)
    assert error.sent.body == {"chat_id": CHAT, "message": "hello"}
    assert API_KEY not in repr(error.sent)


async def test_an_earlier_uncertain_attempt_keeps_the_send_uncertain(client: Any, sleeps: list[float]) -> None:
    failures = [httpx.Response(503, json={"message": "acted, then failed"}), httpx.ConnectError("refused")]
    route = client.router.post("/message/send").mock(side_effect=failures)
    with pytest.raises(periskope.APIConnectionError) as caught:  # the last attempt proves nothing about the first
        await call(client.messages.send(chat_id=CHAT, message="x", retry_unsafe=True, max_retries=1))
    assert route.call_count == 2 and caught.value.may_have_been_sent


async def test_every_non_idempotent_call_says_what_it_sent(client: Any) -> None:
    client.router.post("/message/broadcast").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(periskope.APITimeoutError) as caught:
        await call(client.messages.broadcast(chat_ids=[CHAT], message="all"))
    assert caught.value.may_have_been_sent and caught.value.sent is not None
    assert caught.value.sent.body == {"chat_ids": [CHAT], "message": "all"}
    with pytest.raises(periskope.PeriskopeError, match=r"handles messages\.send"):
        await call(client.messages.resolve(caught.value))


async def test_a_failed_read_is_not_a_send(client: Any) -> None:
    client.router.get("/message/x").mock(return_value=httpx.Response(503, json={"message": "x"}))
    with pytest.raises(APIError) as caught:
        await call(client.messages.get("x", max_retries=0))
    assert (caught.value.may_have_been_sent, caught.value.sent) == (False, None)
    with pytest.raises(periskope.PeriskopeError, match="not the error of a send"):
        await call(client.messages.resolve(caught.value))


# Resolving (the fault server, with a chat that shows what was sent) ---------------------------------------------------


class ChatServer(FaultServer):
    """The fault server, whose chats list the messages that its sends processed (newest first), and whose queue is
    empty (sent at once)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.chat_log: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def _act(self, request: Request, fault: Fault) -> None:
        super()._act(request, fault)
        if request.method == "POST" and request.path == SEND_PATH and fault.processes:
            body = request.json()
            unique = f"3EB0{len(self.log):08d}"
            message = {
                **seed_example(), "chat_id": body["chat_id"], "body": body.get("message"), "from_me": True, "ack": "1",
                "unique_id": unique, "message_id": f"true_{body['chat_id']}_{unique}", "sent_message_id": unique,
                "timestamp": datetime.now(UTC).isoformat(),
            }  # fmt: skip
            with self._lock:
                self.chat_log[body["chat_id"]].insert(0, message)

    def _route(self, request: Request) -> tuple[int, object]:
        path = unquote(request.path)
        if request.method == "GET" and path.startswith("/chats/") and path.endswith("/messages"):
            offset = int(request.query.get("offset", ["0"])[0])
            limit = int(request.query.get("limit", ["50"])[0])
            with self._lock:
                log = list(self.chat_log[path.split("/")[2]])
            page = log[offset : offset + limit]
            return 200, {"messages": page, "count": len(log), "from": offset + 1, "to": offset + len(page)}
        if request.method == "POST" and path == "/message/queues":
            return 200, []
        return super()._route(request)


def old_message(text: str) -> dict[str, Any]:
    return {**seed_example(), "chat_id": CHAT, "body": text, "from_me": True, "timestamp": "2025-01-01T00:00:00Z"}


@pytest.fixture(params=["sync", "async"])
async def fault_client(request: pytest.FixtureRequest, sleeps: list[float]) -> AsyncIterator[tuple[ChatServer, Any]]:
    with ChatServer() as server:
        cls = periskope.Periskope if request.param == "sync" else periskope.AsyncPeriskope
        client = cls(API_KEY, PHONE, base_url=server.url, timeout=0.5, rate_budget=False)
        yield server, client
        await call(client.close())


async def test_resolve_finds_a_message_whose_response_was_lost(fault_client: tuple[ChatServer, Any]) -> None:
    server, client = fault_client
    server.chat_log[CHAT].append(old_message("lost response"))  # the same text, sent long before: not this send
    server.script(SEND_PATH, RESET_AFTER_READ)
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="lost response"))
    assert caught.value.may_have_been_sent
    found = await call(client.messages.resolve(caught.value))
    assert isinstance(found, Message) and found.body == "lost response"
    assert found.message_id == server.chat_log[CHAT][0]["message_id"]
    assert server.sends["lost response"] == 1


async def test_resolve_finds_nothing_after_a_refused_connection(sleeps: list[float]) -> None:
    with ChatServer() as server:
        url = server.url
    with periskope.Periskope(API_KEY, PHONE, base_url=url, max_retries=0) as client:  # the port is closed now
        with pytest.raises(periskope.APIConnectionError) as caught:
            client.messages.send(chat_id=CHAT, message="never sent")
        assert caught.value.may_have_been_sent is False
        assert client.messages.resolve(caught.value) is None


async def test_resolve_finds_nothing_when_the_server_did_not_act(fault_client: tuple[ChatServer, Any]) -> None:
    server, client = fault_client
    server.chat_log[CHAT].append(old_message("dropped"))
    server.script(SEND_PATH, status(503))  # a 5xx from a server that did nothing
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="dropped"))
    assert caught.value.may_have_been_sent  # the client cannot know...
    assert await call(client.messages.resolve(caught.value)) is None  # ...the chat tells
    assert sum(n for path, n in server.seen.items() if path.endswith("/messages")) == 1


async def test_resolve_cannot_tell_while_the_message_is_queued(fault_client: tuple[ChatServer, Any]) -> None:
    server, client = fault_client
    server.script(SEND_PATH, status(503))
    server.script(
        "/message/queues",
        Fault("ok", body=json.dumps([{"queue_id": QUEUE, "chat_id": CHAT, "status": "queued",
                                      "message": {"body": "queued"}}]).encode()),
    )  # fmt: skip
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="queued"))
    with pytest.raises(UnresolvedSendError, match="in the queue"):
        await call(client.messages.resolve(caught.value))


async def test_resolve_gives_up_on_a_chat_busier_than_its_window(fault_client: tuple[ChatServer, Any]) -> None:
    server, client = fault_client
    now = datetime.now(UTC).isoformat()
    server.chat_log[CHAT] = [{**old_message(f"chatter {n}"), "from_me": False, "timestamp": now} for n in range(250)]
    server.script(SEND_PATH, status(503))
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="lost in the crowd"))
    with pytest.raises(UnresolvedSendError, match="more than 200") as unresolved:
        await call(client.messages.resolve(caught.value))
    assert unresolved.value.error is caught.value


async def test_resolve_matches_media_by_file_name(fault_client: tuple[ChatServer, Any]) -> None:
    server, client = fault_client
    now = datetime.now(UTC).isoformat()
    media = {"path": "https://x/a.pdf", "mimetype": "application/pdf", "filename": "invoice-7.pdf"}
    other = {**media, "filename": "invoice-6.pdf"}
    server.chat_log[CHAT] = [
        {**old_message("Invoice"), "timestamp": now, "has_media": True, "media": m} for m in (other,)
    ]
    server.script(SEND_PATH, status(503))
    sent_media = {
        "type": "document",
        "url": "https://x/a.pdf",
        "filename": "invoice-7.pdf",
        "mimetype": "application/pdf",
    }
    with pytest.raises(APIError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="Invoice", media=sent_media))
    assert await call(client.messages.resolve(caught.value)) is None  # same caption, another file
    server.chat_log[CHAT].insert(0, {**old_message("Invoice"), "timestamp": now, "has_media": True, "media": media})
    found = await call(client.messages.resolve(caught.value))
    assert found is not None and found.media is not None and found.media.filename == "invoice-7.pdf"


async def test_resolve_after_a_refusal_asks_nothing(client: Any) -> None:
    client.router.post("/message/send").mock(return_value=httpx.Response(422, json={"message": "chat_id is required"}))
    with pytest.raises(periskope.UnprocessableEntityError) as caught:
        await call(client.messages.send(chat_id=CHAT, message="x"))
    assert await call(client.messages.resolve(caught.value)) is None
    assert len(client.router.calls) == 1  # the send only


FAULTS = [OK, RESET_AFTER_READ, RESET_BEFORE_READ, status(503), status(503, processes=True), slow(1.0)]


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_on_uncertain_resolve_never_sends_twice(fault_client: tuple[ChatServer, Any], seed: int) -> None:
    server, client = fault_client
    rng = random.Random(seed)
    server.chooser = lambda method, path: rng.choice(FAULTS) if path == SEND_PATH else None
    outcomes: dict[str, str] = {}
    for text in (f"m{n}" for n in range(12)):
        try:
            await call(client.messages.send(chat_id=CHAT, message=text, on_uncertain="resolve"))
            outcomes[text] = "ok"
        except APIError as error:
            outcomes[text] = "uncertain" if error.may_have_been_sent else "not sent"
    assert max(server.sends.values()) == 1, server.sends  # never two sends of one message
    assert all(server.sends[text] == 1 for text, outcome in outcomes.items() if outcome == "ok")
    assert all(server.sends[text] == 0 for text, outcome in outcomes.items() if outcome == "not sent")
    assert server.seen[SEND_PATH] > len(outcomes)  # some were sent again after a provable miss
    assert list(outcomes.values()).count("ok") >= 6


# Contract: the mock serves the spec ---------------------------------------------------------------------------------


async def test_status_passes_the_mock(mock_client: Any) -> None:
    status = await call(mock_client.messages.status(UNIQUE, phone=OTHER_PHONE))
    assert isinstance(status, MessageStatus)
    assert (status.unique_id, status.ack, status.status) == (UNIQUE, Ack.READ, MessageStatusValue.READ)
    assert status.timeline is not None and status.timeline.sent_at == datetime(2026, 4, 1, 14, 23, 24, 111000, UTC)
    raw = await call(mock_client.messages.with_raw_response.status(UNIQUE))
    assert raw.status_code == 200 and raw.parse().message_id == f"true_8824248940@c.us_{UNIQUE}"


async def test_send_then_wait_passes_the_mock(mock_client: Any) -> None:
    sent = await call(mock_client.messages.send(chat_id=CHAT, message="Hello"))
    done = await call(sent.wait(until=Ack.DELIVERED, timeout=30))
    assert done.ack is not None and done.ack.reached(Ack.DELIVERED)
