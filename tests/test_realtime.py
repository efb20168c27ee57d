"""Realtime events against a local python-socketio server (threading mode, served by wsgiref on 127.0.0.1)."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from periskope import AuthenticationError, PeriskopeError, webhooks
from periskope._realtime import AsyncRealtime, Realtime, RealtimeConnectionError

socketio = pytest.importorskip("socketio")

FIXTURES = Path(__file__).parent / "data" / "webhooks"
TIMEOUT = 10.0


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class LocalServer:
    sio: Any
    url: str
    connects: queue.Queue[dict[str, str]] = field(default_factory=queue.Queue)
    sids: list[str] = field(default_factory=list)
    key: str = "test-key"  # the one key accepted (change it to revoke the client's)
    refusals: queue.Queue[str] = field(default_factory=queue.Queue)

    def emit(self, event: str, data: object) -> None:
        self.sio.emit(event, data)

    def drop(self, sid: str) -> None:
        """Kill the engine.io session without a goodbye, as a crashed server or a broken network would."""
        eio_sid = self.sio.manager.eio_sid_from_sid(sid, "/")
        self.sio.eio.sockets[eio_sid].close(wait=False, abort=True)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    sio = socketio.Server(async_mode="threading", transports=["polling"], ping_interval=1, ping_timeout=2)
    httpd = make_server("127.0.0.1", 0, socketio.WSGIApp(sio), _ThreadingWSGIServer, _QuietHandler)
    local = LocalServer(sio=sio, url=f"http://127.0.0.1:{httpd.server_port}")

    @sio.event
    def connect(sid: str, environ: dict[str, Any], auth: object = None) -> bool:
        if environ.get("HTTP_AUTHORIZATION") != f"Bearer {local.key}":
            local.refusals.put(environ.get("HTTP_AUTHORIZATION", ""))
            return False
        local.sids.append(sid)
        local.connects.put({"authorization": environ["HTTP_AUTHORIZATION"], "x-phone": environ.get("HTTP_X_PHONE", "")})
        return True

    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield local
    httpd.shutdown()
    httpd.server_close()
    thread.join(TIMEOUT)


@pytest.fixture
def realtime(server: LocalServer) -> Iterator[Realtime]:
    client = Realtime("test-key", "919876543210", base_url=server.url + "/v1", reconnection_delay=0.05,
                      reconnection_delay_max=0.1)  # fmt: skip
    yield client
    client.disconnect()


def collect(realtime: Realtime, name: str = "*") -> queue.Queue[webhooks.Event[Any]]:
    events: queue.Queue[webhooks.Event[Any]] = queue.Queue()
    realtime.on(name, events.put)
    return events


def test_headers_reach_the_server(server: LocalServer, realtime: Realtime) -> None:
    realtime.connect()
    assert realtime.connected
    assert server.connects.get(timeout=TIMEOUT) == {"authorization": "Bearer test-key", "x-phone": "919876543210"}


def test_url_is_the_api_host() -> None:
    assert Realtime("k", base_url="https://api.periskope.app/v1").url == "https://api.periskope.app"
    assert Realtime("k", base_url="http://localhost:8080/v1/").url == "http://localhost:8080"


def test_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_API_KEY", "env-key")
    monkeypatch.setenv("PERISKOPE_PHONE", "919876543210")
    monkeypatch.setenv("PERISKOPE_BASE_URL", "http://127.0.0.1:9/v1")
    client = Realtime()
    assert (client.phone, client.url) == ("919876543210", "http://127.0.0.1:9")
    assert client._headers()["Authorization"] == "Bearer env-key"
    assert "env-key" not in repr(client)


def test_no_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERISKOPE_API_KEY", raising=False)
    with pytest.raises(PeriskopeError, match="PERISKOPE_API_KEY"):
        Realtime()


def test_missing_socketio_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "socketio", None)
    with pytest.raises(PeriskopeError, match=r"pip install 'periskope\[realtime\]'"):
        Realtime("k").connect()


def test_rejected_connection_raises(server: LocalServer) -> None:
    with pytest.raises(RealtimeConnectionError):
        Realtime("wrong-key", base_url=server.url).connect(timeout=2)


def test_bare_payload_arrives_typed(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime, "message.created")
    everything = collect(realtime)
    realtime.connect()
    envelope = json.loads((FIXTURES / "message.created.docs-message-object.json").read_text())
    server.emit("message.created", envelope["data"])
    event = events.get(timeout=TIMEOUT)
    assert isinstance(event, webhooks.MessageEvent)
    assert event.data.message_id == envelope["data"]["message_id"]
    assert event.data.id and event.data.id.from_me is True
    assert event.timestamp is None and event.org_id is None
    assert everything.get(timeout=TIMEOUT) is event


def test_full_envelope_arrives_typed(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime, "ticket.created")
    realtime.connect()
    envelope = json.loads((FIXTURES / "ticket.created.docs-ticket-info-object.json").read_text())
    server.emit("ticket.created", envelope)
    event = events.get(timeout=TIMEOUT)
    assert isinstance(event, webhooks.TicketEvent)
    assert event.object_id == "TICKET-12345"
    assert event.org_id == envelope["org_id"] and event.timestamp is not None


def test_unknown_event_and_malformed_payload(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime)
    realtime.connect()
    server.emit("message.created", {"not": "a message"})  # malformed: logged and dropped
    server.emit("org.member.created", {"email": "new@example.com"})
    event = events.get(timeout=TIMEOUT)
    assert isinstance(event, webhooks.UnknownEvent)
    assert (event.name, event.data) == ("org.member.created", {"email": "new@example.com"})
    assert events.empty()


def test_handler_errors_do_not_stop_delivery(server: LocalServer, realtime: Realtime) -> None:
    @realtime.on("reaction.created")
    def broken(event: webhooks.Event[Any]) -> None:
        raise RuntimeError("boom")

    events = collect(realtime, "reaction.created")
    realtime.connect()
    data = json.loads((FIXTURES / "reaction.created.sdk-types.json").read_text())["data"]
    server.emit("reaction.created", data)
    server.emit("reaction.created", dict(data, reaction="x"))
    assert [events.get(timeout=TIMEOUT).data.reaction for _ in range(2)] == ["\U0001f44d", "x"]


def test_dedupe_drops_redeliveries(server: LocalServer) -> None:
    client = Realtime("test-key", base_url=server.url, dedupe=webhooks.Deduplicator())
    events = collect(client)
    client.connect()
    try:
        envelope = json.loads((FIXTURES / "note.created.sdk-types.json").read_text())
        server.emit("note.created", envelope)
        server.emit("note.created", envelope)
        server.emit("org.phone.qr", {"phone_id": "phone-x"})
        assert [events.get(timeout=TIMEOUT).name for _ in range(2)] == ["note.created", "org.phone.qr"]
    finally:
        client.disconnect()


def test_reconnects_after_the_server_drops_the_connection(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime)
    realtime.connect()
    server.connects.get(timeout=TIMEOUT)
    server.drop(server.sids[-1])
    assert server.connects.get(timeout=TIMEOUT)["x-phone"] == "919876543210"  # the client came back
    server.emit("org.phone.connected", {"phone_id": "phone-x", "wa_state": "CONNECTED"})
    event = events.get(timeout=TIMEOUT)
    assert isinstance(event, webhooks.PhoneEvent) and event.data.wa_state == "CONNECTED"


def test_disconnect_stops_it(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime)
    realtime.connect()
    server.connects.get(timeout=TIMEOUT)
    waiter = threading.Thread(target=realtime.wait, daemon=True)
    waiter.start()
    realtime.disconnect()
    waiter.join(TIMEOUT)
    assert not waiter.is_alive() and not realtime.connected
    server.emit("message.created", {"message_id": "late"})
    assert server.connects.empty()  # no reconnection
    with pytest.raises(queue.Empty):
        events.get(timeout=0.3)


def test_reconnects_after_the_server_disconnects_it(server: LocalServer, realtime: Realtime) -> None:
    events = collect(realtime)
    realtime.connect()
    server.connects.get(timeout=TIMEOUT)
    server.sio.disconnect(server.sids[-1])  # a goodbye from the server: socket.io clients do not come back by default
    assert server.connects.get(timeout=TIMEOUT)["authorization"] == "Bearer test-key"
    server.emit("org.phone.connected", {"phone_id": "phone-x", "wa_state": "CONNECTED"})
    assert isinstance(events.get(timeout=TIMEOUT), webhooks.PhoneEvent)


def test_a_wrong_key_is_an_authentication_error(server: LocalServer) -> None:
    with pytest.raises(AuthenticationError) as caught:
        Realtime("wrong-key", base_url=server.url).connect(timeout=2)
    assert isinstance(caught.value, RealtimeConnectionError) and caught.value.status_code == 401
    assert "wrong-key" not in str(caught.value) and "wrong-key" not in repr(caught.value.body)


def test_a_key_revoked_while_reconnecting_stops_wait_with_an_authentication_error(
    server: LocalServer, realtime: Realtime
) -> None:
    realtime.connect()
    server.connects.get(timeout=TIMEOUT)
    server.key = "rotated-key"
    server.drop(server.sids[-1])
    assert server.refusals.get(timeout=TIMEOUT) == "Bearer test-key"
    raised: queue.Queue[BaseException] = queue.Queue()

    def wait() -> None:
        try:
            realtime.wait()
        except BaseException as exc:
            raised.put(exc)

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    waiter.join(TIMEOUT)
    assert not waiter.is_alive()
    assert isinstance(raised.get_nowait(), AuthenticationError)
    assert server.refusals.empty()  # it stopped trying after the first refusal


def test_the_socket_event_name_wins_over_the_payload(server: LocalServer, realtime: Realtime) -> None:
    phone_events = collect(realtime, "org.phone.disconnected")
    message_events = collect(realtime, "message.created")
    realtime.connect()
    data = json.loads((FIXTURES / "message.created.docs-message-object.json").read_text())["data"]
    server.emit("message.created", {"event": "org.phone.disconnected", "data": data})
    event = message_events.get(timeout=TIMEOUT)
    assert isinstance(event, webhooks.MessageEvent) and event.name == "message.created"
    assert phone_events.empty()


def test_a_key_with_a_line_ending_is_refused_without_showing_it() -> None:
    with pytest.raises(PeriskopeError, match="whitespace or control") as caught:
        Realtime("sk-secret\n")
    assert "sk-secret" not in str(caught.value)


def test_delivery_events_from_realtime_resolve_a_wait(server: LocalServer, realtime: Realtime) -> None:
    import httpx  # noqa: PLC0415

    from periskope import Ack, Periskope  # noqa: PLC0415
    from periskope._delivery import DeliveryEvents  # noqa: PLC0415

    polls: list[httpx.Request] = []

    def rest(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/message/send"):
            return httpx.Response(200, json={"queue_id": "q-1", "unique_id": "3EB0AB"})
        polls.append(request)
        return httpx.Response(200, json={"unique_id": "3EB0AB", "ack": 0})

    events = DeliveryEvents.attach(realtime)
    realtime.connect()
    client = Periskope(
        "test-key", base_url="https://api.test/v1", http_client=httpx.Client(transport=httpx.MockTransport(rest))
    )
    with client:
        sent = client.messages.send(chat_id="919876543210@c.us", message="hi")
        data = json.loads((FIXTURES / "message.created.docs-message-object.json").read_text())["data"]
        threading.Timer(0.1, server.emit, ("message.ack.updated", {**data, "unique_id": "3EB0AB", "ack": "4"})).start()
        status = sent.wait(until=Ack.READ, timeout=TIMEOUT, interval=TIMEOUT, events=events)
    assert status.ack is Ack.READ and polls == []


# AsyncRealtime ----------------------------------------------------------------------------------------------------


async def test_async_realtime_delivers_typed_events_and_reconnects(server: LocalServer) -> None:
    import asyncio  # noqa: PLC0415

    client = AsyncRealtime("test-key", "919876543210", base_url=server.url, reconnection_delay=0.05,
                           reconnection_delay_max=0.1)  # fmt: skip
    received: asyncio.Queue[webhooks.Event[Any]] = asyncio.Queue()

    @client.on("org.phone.connected")
    async def on_phone(event: webhooks.Event[Any]) -> None:
        await received.put(event)

    await client.connect()
    try:
        assert client.connected
        assert server.connects.get(timeout=TIMEOUT)["x-phone"] == "919876543210"
        server.emit("org.phone.connected", {"phone_id": "phone-x", "wa_state": "CONNECTED"})
        event = await asyncio.wait_for(received.get(), TIMEOUT)
        assert isinstance(event, webhooks.PhoneEvent) and event.data.wa_state == "CONNECTED"
        server.sio.disconnect(server.sids[-1])
        await asyncio.wait_for(asyncio.to_thread(server.connects.get, timeout=TIMEOUT), TIMEOUT)
        server.emit("org.phone.connected", {"phone_id": "phone-y", "wa_state": "CONNECTED"})
        assert (await asyncio.wait_for(received.get(), TIMEOUT)).data.phone_id == "phone-y"
    finally:
        await client.disconnect()
    await asyncio.wait_for(client.wait(), TIMEOUT)
    assert not client.connected


async def test_async_realtime_wrong_key_is_an_authentication_error(server: LocalServer) -> None:
    client = AsyncRealtime("wrong-key", base_url=server.url)
    with pytest.raises(AuthenticationError):
        await client.connect(timeout=2)
    await client.disconnect()


# A refused reconnection can leave aiohttp's Connection of engine.io's cancelled long-poll unreleased (engine.io's
# internals, not ours): its ResourceWarning is collected here rather than in whichever test the GC runs next.
@pytest.mark.filterwarnings("ignore:Unclosed connection:ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_async_realtime_stops_with_an_authentication_error_when_the_key_is_revoked(server: LocalServer) -> None:
    import asyncio  # noqa: PLC0415
    import gc  # noqa: PLC0415

    client = AsyncRealtime("test-key", base_url=server.url, reconnection_delay=0.05, reconnection_delay_max=0.1)
    await client.connect()
    try:
        server.connects.get(timeout=TIMEOUT)
        server.key = "rotated-key"
        server.drop(server.sids[-1])
        with pytest.raises(AuthenticationError):
            await asyncio.wait_for(client.wait(), TIMEOUT)
        assert isinstance(client.error, AuthenticationError)
    finally:
        await client.disconnect()
        gc.collect()
