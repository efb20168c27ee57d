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

from periskope import PeriskopeError, webhooks
from periskope._realtime import Realtime, RealtimeConnectionError

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
        if environ.get("HTTP_AUTHORIZATION") != "Bearer test-key":
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
