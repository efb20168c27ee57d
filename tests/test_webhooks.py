"""periskope.webhooks: typed events for every upstream event name, errors, de-duplication, the verify hook, and the
example receiver. Fixtures in tests/data/webhooks are named <event>.<source>.json; the sources are the official SDK's
payload types (sdk-*) and the docs' object examples (docs-*, with their broken JSON fixed)."""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import periskope
from periskope import webhooks
from periskope.models import Chat, Message, Notification, PhoneInfo, Reaction, TicketInfo

FIXTURES = Path(__file__).parent / "data" / "webhooks"
ROOT = Path(__file__).parent.parent

EXPECTED: dict[str, tuple[type[webhooks.Event[Any]], type[Any]]] = {
    "chat.created": (webhooks.ChatEvent, Chat),
    "chat.notification.created": (webhooks.NotificationEvent, Notification),
    "chat.custom_properties.updated": (webhooks.ChatEvent, Chat),
    "message.created": (webhooks.MessageEvent, Message),
    "message.updated": (webhooks.MessageEvent, Message),
    "message.deleted": (webhooks.MessageEvent, Message),
    "message.ack.updated": (webhooks.MessageEvent, Message),
    "message.flagged": (webhooks.MessageEvent, Message),
    "message.unflagged": (webhooks.MessageEvent, Message),
    "message.ticket.attached": (webhooks.MessageEvent, Message),
    "reaction.created": (webhooks.ReactionEvent, Reaction),
    "reaction.updated": (webhooks.ReactionEvent, Reaction),
    "ticket.created": (webhooks.TicketEvent, TicketInfo),
    "ticket.updated": (webhooks.TicketEvent, TicketInfo),
    "ticket.deleted": (webhooks.TicketEvent, TicketInfo),
    "org.phone.updated": (webhooks.PhoneEvent, PhoneInfo),
    "org.phone.connected": (webhooks.PhoneEvent, PhoneInfo),
    "org.phone.disconnected": (webhooks.PhoneEvent, PhoneInfo),
    "org.phone.qr": (webhooks.PhoneEvent, PhoneInfo),
    "note.created": (webhooks.NoteEvent, Message),
}


def fixture_for(name: str) -> Path:
    (path,) = (p for p in FIXTURES.glob("*.json") if p.name.rsplit(".", 2)[0] == name)
    return path


def load(name: str) -> dict[str, Any]:
    envelope: dict[str, Any] = json.loads(fixture_for(name).read_text())
    return envelope


def test_registry_is_the_sdks_20_events() -> None:
    assert dict(webhooks.EVENT_TYPES) == EXPECTED
    assert len(list(FIXTURES.glob("*.json"))) == 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_event_parses_to_its_class_and_model(name: str) -> None:
    body = fixture_for(name).read_bytes()
    event = webhooks.parse(body)
    event_class, model = EXPECTED[name]
    assert type(event) is event_class
    assert isinstance(event.data, model)
    assert event.name == name
    assert event.org_id == "2997xx64-89bf-48d3-9a22-b314fxx017e5"
    assert event.timestamp is not None and event.timestamp.tzinfo is not None
    assert event.raw == json.loads(body)
    assert event.object_id
    assert event.previous_attributes == event.raw["previous_attributes"]


def test_message_created_fields() -> None:
    event = webhooks.parse(fixture_for("message.created").read_text())
    assert isinstance(event, webhooks.MessageEvent)
    message = event.data
    assert message.message_id == "true_12036329726967XXXX@g.us_3EB01F4653XX9XX05E9859_9190043XXXXX@c.us"
    assert message.body == "Hello, world"
    assert message.message_type == periskope.MessageType.IMAGE
    assert message.ack == periskope.Ack(2)
    assert (
        isinstance(message.id, periskope.MessageKey) and message.id.from_me is True
    )  # webhook spelling {fromMe, _serialized}
    assert message.id.serialized == message.message_id
    assert message.media is not None and message.media.mimetype == "image/jpeg"
    assert event.timestamp == datetime(2024, 5, 13, 11, 19, 35, 120000, tzinfo=UTC)
    assert event.object_id == message.message_id


def test_unknown_fields_are_kept() -> None:
    body = load("message.created")
    body["data"]["brand_new_field"] = {"x": 1}
    event = webhooks.parse(body)
    assert event.data.additional_properties["brand_new_field"] == {"x": 1}


def test_updated_events_carry_previous_attributes() -> None:
    event = webhooks.parse(load("message.ack.updated"))
    assert isinstance(event, webhooks.MessageEvent)
    assert event.data.ack == periskope.Ack(3)
    assert event.previous_attributes == {"ack": "2"}


def test_reaction_ticket_phone_chat_notification_note_fields() -> None:
    reaction = webhooks.parse(load("reaction.created"))
    assert isinstance(reaction, webhooks.ReactionEvent)
    assert reaction.data.reaction == "\U0001f44d"
    assert (
        isinstance(reaction.data.msg_id, periskope.MessageKey)
        and reaction.data.msg_id.serialized == reaction.data.message_id
    )

    ticket = webhooks.parse(load("ticket.updated"))
    assert isinstance(ticket, webhooks.TicketEvent)
    assert ticket.data.ticket and ticket.data.ticket.ticket_id == "TICKET-12345"
    assert ticket.data.ticket.status == "closed"
    assert ticket.data.attached_messages and len(ticket.data.attached_messages) == 2
    assert ticket.object_id == "TICKET-12345"

    phone = webhooks.parse(load("org.phone.qr"))
    assert isinstance(phone, webhooks.PhoneEvent)
    assert phone.data.phone_id == "phone-bqzvyibhmwkaergr" and phone.data.qr_code

    chat = webhooks.parse(load("chat.custom_properties.updated"))
    assert isinstance(chat, webhooks.ChatEvent)
    assert chat.data.chat_id == "919537851844@c.us"
    assert chat.data.to_dict()["custom_properties"] == {"Property1": "option2", "Property2": "option1"}
    assert chat.data.to_dict()["labels"] == []

    notification = webhooks.parse(load("chat.notification.created"))
    assert isinstance(notification, webhooks.NotificationEvent)
    assert notification.data.type_ == "add" and notification.data.recipientids == ["919537851844@c.us"]

    note = webhooks.parse(load("note.created"))
    assert isinstance(note, webhooks.NoteEvent)
    assert note.data.is_private_note is True and note.data.body


@pytest.mark.parametrize("form", [bytes, bytearray, str, dict])
def test_body_forms(form: type) -> None:
    text = fixture_for("message.deleted").read_text()
    body = json.loads(text) if form is dict else form(text.encode()) if form is not str else text
    event = webhooks.parse(body)
    assert isinstance(event, webhooks.MessageEvent) and event.data.is_deleted is True


def test_unknown_event_is_not_an_error() -> None:
    body = {"event": "org.member.created", "data": {"email": "a@example.com"}, "org_id": "o", "timestamp": 1737690126}
    event = webhooks.parse(json.dumps(body))
    assert type(event) is webhooks.UnknownEvent
    assert event.data == {"email": "a@example.com"}
    assert event.timestamp == datetime.fromtimestamp(1737690126, tz=UTC)
    assert webhooks.parse({"event": "x.y", "data": [1, 2]}).data == [1, 2]


def test_optional_envelope_fields() -> None:
    data = load("org.phone.connected")["data"]
    event = webhooks.parse({"event": "org.phone.connected", "data": data})
    assert (event.org_id, event.timestamp, event.previous_attributes) == (None, None, {})
    assert (
        webhooks.parse({"event": "org.phone.qr", "data": data, "previous_attributes": None}).previous_attributes == {}
    )


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00",
        "[1, 2]",
        "null",
        '"message.created"',
        "{}",
        '{"data": {}}',
        '{"event": "", "data": {}}',
        '{"event": 5, "data": {}}',
        '{"event": "message.created", "data": {"message_id": "m"}}',
        '{"event": "message.created"}',
        '{"event": "ticket.created", "data": []}',
        '{"event": "chat.created", "data": {"latest_message": 5}}',
        '{"event": "x", "data": {}, "timestamp": "yesterday"}',
        '{"event": "x", "data": {}, "timestamp": true}',
        '{"event": "x", "data": {}, "org_id": 5}',
        '{"event": "x", "data": {}, "previous_attributes": [1]}',
        "[" * 100_000,
    ],
)
def test_malformed_bodies_raise_the_typed_error(body: str | bytes) -> None:
    with pytest.raises(webhooks.WebhookParseError) as caught:
        webhooks.parse(body)
    assert isinstance(caught.value, periskope.DecodeError)
    assert isinstance(caught.value, periskope.PeriskopeError)


@pytest.mark.parametrize("body", [[], None, 42, 4.5, True, ["event"], object()], ids=repr)
def test_bodies_that_are_not_json_objects_raise_the_typed_error(body: Any) -> None:
    # Flask's request.get_json() returns a list, None or a number as readily as a dict.
    with pytest.raises(webhooks.WebhookParseError):
        webhooks.parse(body)


def test_a_deep_decoded_body_is_rejected_at_parse_time() -> None:
    deep: dict[str, Any] = {}
    inner = deep
    for _ in range(10_000):
        inner["a"] = {}
        inner = inner["a"]
    with pytest.raises(webhooks.WebhookParseError, match="deeper"):
        webhooks.parse({"event": "message.created", "data": load("message.created")["data"], "extra": deep})


@pytest.mark.parametrize("value", [{1: "x"}, {"x"}, b"raw", object()], ids=repr)
def test_a_decoded_body_with_non_json_values_is_rejected(value: object) -> None:
    with pytest.raises(webhooks.WebhookParseError):
        webhooks.parse({"event": "chat.created", "data": {"chat_id": "x@g.us"}, "extra": value})


def test_model_errors_name_the_event_and_field() -> None:
    data = dict(load("message.created")["data"])
    del data["chat_id"]
    with pytest.raises(periskope.DecodeError, match=r"message\.created: Message\.chat_id: missing required key"):
        webhooks.parse({"event": "message.created", "data": data})


def test_verify_hook_gets_raw_body_and_headers_and_its_errors_propagate() -> None:
    body = fixture_for("reaction.updated").read_bytes()
    headers = {"X-Signature": "abc"}
    calls: list[tuple[bytes, Mapping[str, str]]] = []

    def verify(raw: bytes, got: Mapping[str, str]) -> bool:
        calls.append((raw, got))
        return True

    assert isinstance(webhooks.parse(body, headers=headers, verify=verify), webhooks.ReactionEvent)
    webhooks.parse(body.decode(), verify=verify)
    assert calls == [(body, headers), (body, {})]

    class BadSignatureError(Exception):
        pass

    def reject(raw: bytes, got: Mapping[str, str]) -> None:
        raise BadSignatureError("bad signature")

    with pytest.raises(BadSignatureError):
        webhooks.parse(body, headers=headers, verify=reject)
    with pytest.raises(BadSignatureError):
        webhooks.parse(b"not even json", verify=reject)  # verification comes first
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.parse(json.loads(body), verify=verify)


@pytest.mark.parametrize("verdict", [False, None, 0, ""])
def test_verify_returning_a_false_value_refuses_the_delivery(verdict: object) -> None:
    """Fails closed: a check that returns False (or forgets to return True) is a refusal, not a pass."""
    body = fixture_for("reaction.updated").read_bytes()
    with pytest.raises(webhooks.WebhookVerificationError, match="refused"):
        webhooks.parse(body, headers={"X-Signature": "forged"}, verify=lambda raw, got: verdict)
    assert issubclass(webhooks.WebhookVerificationError, periskope.PeriskopeError)


def test_dedupe_key_is_stable_and_distinguishes_changes() -> None:
    body = load("message.ack.updated")
    first, again = webhooks.parse(json.dumps(body)), webhooks.parse(json.dumps(body, indent=4, sort_keys=True))
    assert first.key == again.key
    assert "message.ack.updated" in first.key and first.data.message_id in first.key
    changed = json.loads(json.dumps(body))
    changed["data"]["ack"] = "4"
    assert webhooks.parse(changed).key != first.key
    assert webhooks.parse(dict(body, timestamp="2024-05-13T11:19:41+00:00")).key != first.key
    assert webhooks.parse(dict(body, event="message.updated")).key != first.key


def test_deduplicator() -> None:
    dedupe = webhooks.Deduplicator(max_size=2)
    created, updated, deleted = (
        webhooks.parse(load(n)) for n in ("message.created", "message.updated", "ticket.deleted")
    )
    assert [dedupe.seen(e) for e in (created, created, updated, created)] == [False, True, False, True]
    assert dedupe.seen(deleted) is False  # evicts the least recently seen (updated)
    assert len(dedupe) == 2
    assert dedupe.seen(updated) is False
    assert dedupe.seen("any-key") is False and dedupe.seen("any-key") is True
    dedupe.clear()
    assert len(dedupe) == 0
    with pytest.raises(ValueError, match="max_size"):
        webhooks.Deduplicator(max_size=0)


def test_deduplicator_is_thread_safe() -> None:
    dedupe = webhooks.Deduplicator(max_size=1000)
    keys = [f"k{i % 500}" for i in range(8000)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(dedupe.seen, keys))
    assert results.count(False) == 500 and len(dedupe) == 500


def test_event_is_frozen_and_repr_is_short() -> None:
    event = webhooks.parse(load("ticket.created"))
    with pytest.raises(AttributeError):
        event.name = "other"  # type: ignore[misc]
    assert repr(event) == (
        "TicketEvent(name='ticket.created', object_id='TICKET-12345', timestamp='2024-05-24T08:30:00.250000+00:00')"
    )


# --- the example receiver ---


@pytest.fixture
def receiver() -> Iterator[tuple[str, ModuleType]]:
    spec = importlib.util.spec_from_file_location("webhook_receiver", ROOT / "examples" / "webhook_receiver.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["webhook_receiver"] = module
    spec.loader.exec_module(module)
    module.WebhookHandler.dedupe = webhooks.Deduplicator()
    server = module.make_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", module
    server.shutdown()
    server.server_close()
    thread.join(10)
    del sys.modules["webhook_receiver"]


def post(url: str, body: bytes) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode()


def test_example_receiver(receiver: tuple[str, ModuleType], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = receiver
    body = fixture_for("message.created").read_bytes()
    assert post(url, body) == (200, "ok")
    assert post(url, body) == (200, "ok")  # a redelivery is acknowledged too
    assert post(url, fixture_for("ticket.created").read_bytes()) == (200, "ok")
    assert post(url, b'{"event": "org.member.created", "data": {}}') == (200, "ok")
    status, text = post(url, b"not json")
    assert status == 400 and "not JSON" in text
    assert post(url, b'{"event": "message.created", "data": {}}')[0] == 400
    lines = capsys.readouterr().out.splitlines()
    chat = "12036329726967XXXX@g.us"
    assert lines[0] == f"2024-05-13T11:19:35.120000+00:00 message.created chat={chat} type=image body='Hello, world'"
    assert lines[1].startswith("duplicate message.created true_12036329726967XXXX@g.us_")
    assert lines[2] == "2024-05-24T08:30:00.250000+00:00 ticket.created ticket=TICKET-12345 status=open"
    assert lines[3] == "- org.member.created (unknown event)"
    assert len(lines) == 4


def test_example_describes_every_event(receiver: tuple[str, ModuleType]) -> None:
    _, module = receiver
    for name in EXPECTED:
        line = module.describe(webhooks.parse(load(name)))
        assert name in line and "unknown" not in line
