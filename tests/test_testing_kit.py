"""periskope.testing: FakePeriskope answers every public method of both clients (enumerated by introspection) with
responses that validate against the spec; its state, events and faults; the pytest plugin; the packaged spec."""

from __future__ import annotations

import functools
import inspect
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from check_examples import FORMATS, _lenient
from conftest import ROOT, call
from openapi_schema_validator import OAS30Validator

import periskope
from periskope import Ack
from periskope.testing import FakePeriskope, spec_path
from periskope.testing._spec import load_spec, operations

USER = "919537851844@c.us"
OTHER = "919537851845"
NOT_OPERATIONS = {("messages", "resolve")}  # resolve(error) answers from list calls (tests/test_delivery.py)


@functools.cache
def _components() -> Any:
    return _lenient(load_spec()["components"])


def problems(schema: Any, body: Any) -> list[str]:
    """Where `body` breaks `schema` (the overlaid spec, read as the client reads the wire)."""
    validator = OAS30Validator({**_lenient(schema), "components": _components()}, format_checker=FORMATS)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(body)]


class Checked:
    """A FakePeriskope whose every answer is checked against the operation's response schema."""

    def __init__(self) -> None:
        self.fake = FakePeriskope()
        self.invalid: list[str] = []
        self.answered: set[str] = set()
        self._by_id = {op.operation_id: op for op in operations()}

    def _check(self, response: httpx.Response) -> httpx.Response:
        operation = self._by_id.get(self.fake.operations[-1])
        if operation is not None and response.status_code < 300:
            self.answered.add(operation.operation_id)
            if operation.response_schema is not None:
                body = json.loads(response.content)
                self.invalid += [f"{operation.operation_id}: {p}" for p in problems(operation.response_schema, body)]
        return response

    def client(self, kind: str) -> Any:
        options: dict[str, Any] = {"base_url": self.fake.base_url, "rate_budget": False, "max_retries": 0}
        if kind == "sync":
            transport = httpx.MockTransport(lambda r: self._check(self.fake.handle(r)))
            return periskope.Periskope("sk-test", "919876543210", http_client=httpx.Client(transport=transport),
                                       **options)  # fmt: skip

        async def handle(request: httpx.Request) -> httpx.Response:
            return self._check(await self.fake.handle_async(request))

        transport = httpx.MockTransport(handle)
        return periskope.AsyncPeriskope("sk-test", "919876543210", http_client=httpx.AsyncClient(transport=transport),
                                        **options)  # fmt: skip


def resources(client: object) -> dict[str, object]:
    """client.<name> for every resource namespace: public attributes that are periskope objects, not methods."""
    found = {}
    for name in dir(client):
        value = getattr(client, name)
        public = not name.startswith("_") and name != "with_raw_response"
        if public and not callable(value) and type(value).__module__.startswith("periskope"):
            found[name] = value
    return found


def methods(resource: object) -> dict[str, Callable[..., Any]]:
    return {
        name: getattr(resource, name)
        for name in dir(resource)
        if not name.startswith("_") and name != "with_raw_response" and callable(getattr(resource, name))
    }


VALUES: dict[str, Any] = {
    "participants": [OTHER], "chat_ids": [USER], "forward_chat_ids": [USER], "contact_ids": [USER],
    "labels": "vip", "access": {"member@example.com": True}, "emails": "member@example.com",
    "org_phones": "919876543210", "integration_name": ["message.created"], "scheduled_at": "2026-01-01T10:00:00Z",
    "hook_url": "https://example.com/hook", "reaction": "👍", "invite_code": "AbCdEfGh", "message": "Hello",
    "url": "https://example.com/terms.pdf",
}  # fmt: skip


def value(parameter: inspect.Parameter, ids: dict[str, str]) -> Any:
    """A value for a parameter, by name (ids of objects the test made first for the *_id ones), else by type."""
    if parameter.name in ids or parameter.name in VALUES:
        return {**VALUES, **ids}[parameter.name]
    if parameter.name.endswith("_id"):
        return ids["any_id"]
    annotation = str(parameter.annotation)
    return True if "bool" in annotation else 1 if annotation.startswith(("int", "float")) else "Text"


def argument_sets(method: Callable[..., Any], ids: dict[str, str]) -> list[tuple[list[Any], dict[str, Any]]]:
    """The required parameters alone, then with each optional one in turn (for methods that need at least one)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    optional = []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            continue
        if parameter.default is not parameter.empty:
            optional.append(parameter)
        elif parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            args.append(value(parameter, ids))
        else:
            kwargs[parameter.name] = value(parameter, ids)
    sets = [(args, {**kwargs, **({"message": "Hello"} if any(p.name == "message" for p in optional) else {})})]
    return sets + [(args, {**kwargs, p.name: value(p, ids)}) for p in optional]


async def seed(client: Any, fake: FakePeriskope) -> dict[str, str]:
    """Objects for the *_id arguments: a sent message, a broadcast, a group, a contact, a note, a ticket."""
    sent = await call(client.messages.send(chat_id=USER, message="Hi"))
    broadcast = await call(client.messages.broadcast(chat_ids=[USER], message="Hi all"))
    group = await call(client.groups.create(group_name="Team", participants=[OTHER]))
    contact = await call(client.contacts.create(contact_id=USER, contact_name="Asha"))
    await call(client.notes.create(chat_id=USER, message="a note"))
    ticket = await call(client.tickets.create(chat_id=USER, subject="Refund"))
    return {
        "message_id": fake.find_message(sent)["message_id"],
        "unique_id": sent.unique_id,
        "broadcast_id": broadcast.broadcast_id,
        "chat_id": group.chat_id,
        "contact_id": contact.contact_id,
        "note_id": next(iter(fake.notes)),
        "ticket_id": ticket.ticket.ticket_id,
        "any_id": "id-0123456789",
    }


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_every_method_of_both_clients_answers_with_the_documented_shape(kind: str) -> None:
    checked = Checked()
    client = checked.client(kind)
    failures = []
    calls = 0
    for resource_name, resource in resources(client).items():
        for name, method in methods(resource).items():
            if (resource_name, name) in NOT_OPERATIONS:
                continue
            ids = await seed(client, checked.fake)
            answered, last = False, ""
            raw = getattr(resource.with_raw_response, name)  # type: ignore[attr-defined]
            for args, kwargs in argument_sets(method, ids):
                try:
                    await call(method(*args, **kwargs))  # an AsyncPager is awaited: its first page
                    answered = True
                    raw_response = await call(raw(*args, **kwargs))
                    assert isinstance(raw_response, periskope.APIResponse), f"{resource_name}.{name} raw"
                    raw_response.parse()
                    break
                except periskope.APIError as exc:  # the fake said no
                    last = str(exc)
                    break
                except periskope.PeriskopeError as exc:  # the client wants other arguments: try the next set
                    last = str(exc)
            if not answered:
                failures.append(f"{resource_name}.{name}: {last}")
            calls += 1
    assert not failures, "\n".join(failures)
    assert not checked.invalid
    assert calls > 80  # every method, and its with_raw_response twin
    every = {op.operation_id for op in operations()}
    assert every - checked.answered == set(), "operations no client method reached"


def test_every_operation_of_the_spec_has_a_valid_sample() -> None:
    fake = FakePeriskope()
    invalid = {}
    for operation in operations():
        if operation.response_schema is not None:
            found = problems(operation.response_schema, fake.sample(operation))
            if found:
                invalid[operation.operation_id] = found
    assert len(operations()) == sum(1 for item in load_spec()["paths"].values() for m in item if m != "parameters")
    assert invalid == {}


def test_a_sent_message_is_queued_in_its_chat_and_readable_by_queue_id() -> None:
    fake = FakePeriskope(auto_ack=None)
    client = fake.client()
    sent = client.messages.send(chat_id="919537851844", message="Your order shipped")
    assert sent.queue_id and sent.unique_id
    by_queue = client.messages.get(sent.queue_id)
    assert by_queue.ack == Ack.PENDING and by_queue.body == "Your order shipped"
    assert client.messages.get(by_queue.message_id).unique_id == sent.unique_id
    assert by_queue.message_id == f"true_{USER}_{sent.unique_id}"
    in_chat = client.chats.list_chat_messages(USER)
    assert [m.message_id for m in in_chat.items] == [by_queue.message_id]
    assert [c.chat_id for c in client.chats.list().items] == [USER]


def test_acks_advance_on_command_and_emit_webhook_events() -> None:
    seen: list[Any] = []
    fake = FakePeriskope(auto_ack=None, on_event=seen.append)
    client = fake.client()
    sent = client.messages.send(chat_id=USER, message="Hi")
    fake.advance(sent, Ack.READ)
    assert client.messages.get(sent.queue_id).ack == Ack.READ
    names = [event.name for event in fake.events]
    assert names == ["chat.created", "message.created", "message.ack.updated"]
    assert seen == fake.events
    ack_event = fake.events[-1]
    assert isinstance(ack_event, periskope.webhooks.MessageEvent)
    assert ack_event.data.ack == Ack.READ and ack_event.previous_attributes == {"ack": 0}
    assert set(ack_event.raw) == {"event", "data", "org_id", "previous_attributes", "timestamp"}
    assert set(ack_event.raw["data"]["id"]) == {"fromMe", "id", "remote", "_serialized"}  # the webhook spelling
    assert ack_event.data.id.serialized == ack_event.object_id
    assert periskope.webhooks.parse(json.dumps(ack_event.raw)).key == ack_event.key  # a deliverable body


def test_auto_ack_lets_wait_return_and_an_error_ack_fails_it(periskope_client: Any, periskope_fake: Any) -> None:
    sent = periskope_client.messages.send(chat_id=USER, message="Hi")
    status = sent.wait(Ack.DELIVERED)  # auto_ack: one step per poll of the message's status
    assert isinstance(status, periskope.MessageStatus) and status.ack == Ack.DELIVERED
    assert str(status.status) == "delivered" and status.delivered_count == 1 and status.read_count == 0
    assert periskope_fake.operations[1:] == ["getMessageStatus", "getMessageStatus"]  # PENDING -> SENT -> DELIVERED
    failing = periskope_client.messages.send(chat_id=USER, message="Hi again")
    periskope_fake.advance(failing, Ack.FAILED)
    with pytest.raises(periskope.MessageFailedError) as caught:
        failing.wait()
    assert caught.value.last_status.ack == Ack.FAILED and str(caught.value.last_status.status) == "failed"


def test_status_answers_from_the_stored_message(periskope_client: Any, periskope_fake: Any) -> None:
    periskope_fake.auto_ack = None
    sent = periskope_client.messages.send(chat_id=USER, message="Your order shipped")
    queued = periskope_client.messages.status(sent.unique_id)
    assert (queued.ack, str(queued.status), queued.queue_id) == (Ack.PENDING, "queued", sent.queue_id)
    assert queued.message.body == "Your order shipped" and queued.timeline.sent_at is None
    periskope_fake.advance(sent, Ack.READ)
    read = periskope_client.messages.status(sent.unique_id)
    assert (read.ack, str(read.status), read.delivered_count, read.read_count) == (Ack.READ, "read", 1, 1)
    assert read.timeline.queued_at <= read.timeline.sent_at and "read_at" in read.timeline.to_dict()
    assert sent.wait(Ack.DELIVERED).ack == Ack.READ  # already further than asked: no wait
    with pytest.raises(periskope.NotFoundError):
        periskope_client.messages.status("3EB0NOPE")


def test_wait_follows_advance_between_polls(
    periskope_client: Any, periskope_fake: Any, periskope_clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    periskope_fake.auto_ack = None
    sent = periskope_client.messages.send(chat_id=USER, message="Hi")
    steps = iter([Ack.SENT, Ack.DELIVERED])

    def advance_while_asleep(seconds: float) -> None:  # the phone moves the message on while the wait sleeps
        periskope_clock.sleep(seconds)
        periskope_fake.advance(sent, next(steps))

    monkeypatch.setattr(periskope._retry, "sleep", advance_while_asleep)
    assert sent.wait(until=Ack.DELIVERED, timeout=60).ack == Ack.DELIVERED
    assert len(periskope_clock.slept) == 2 and periskope_fake.operations.count("getMessageStatus") == 3


def test_group_acks_count_participants(periskope_client: Any, periskope_fake: Any) -> None:
    group = periskope_client.groups.create(group_name="Launch", participants=[OTHER, "919000000001"])
    periskope_fake.auto_ack = Ack.READ_ALL
    sent = periskope_client.messages.send(chat_id=group.chat_id, message="Launch at 10")
    two_read = sent.wait(lambda s: (s.read_count or 0) >= 2)
    assert two_read.ack == Ack.READ_ALL and two_read.delivered_count == 2
    acks = [int(e.data.ack) for e in periskope_fake.events_named("message.ack.updated")]
    assert acks == [Ack.SENT, Ack.DELIVERED, Ack.DELIVERED_ALL, Ack.READ, Ack.READ_ALL]


def test_a_broadcast_completes_as_its_messages_are_sent(periskope_client: Any, periskope_fake: Any) -> None:
    broadcast = periskope_client.messages.broadcast(chat_ids=[USER, f"{OTHER}@c.us"], message="Sale today")
    done = broadcast.wait()
    assert str(done.broadcast_status) == "completed" and (done.total_chats, done.sent_chats) == (2, 2)
    assert {m["broadcast_id"] for m in periskope_fake.messages.values()} == {broadcast.broadcast_id}
    periskope_fake.auto_ack = Ack.FAILED
    failing = periskope_client.messages.broadcast(chat_ids=[USER], message="Sale tomorrow")
    assert failing.wait().failed_chats == 1
    with pytest.raises(periskope.NotFoundError):
        periskope_client.queue.broadcast_status(broadcast_id="no-such-broadcast")


def test_wait_times_out_on_the_virtual_clock(periskope_fake: Any, periskope_client: Any, periskope_clock: Any) -> None:
    periskope_fake.auto_ack = None
    sent = periskope_client.messages.send(chat_id=USER, message="Hi")
    with pytest.raises(periskope.WaitTimeoutError):
        sent.wait(timeout=30)
    assert 15 < sum(periskope_clock.slept) <= 30  # slept on the virtual clock, not for real


def test_lists_paginate_by_offset_and_limit_with_the_envelope(periskope_client: Any, periskope_fake: Any) -> None:
    for n in range(5):
        periskope_client.contacts.create(contact_id=f"91953785184{n}", contact_name=f"Contact {n}")
    first = periskope_client.contacts.list(limit=2)
    assert len(first.items) == 2 and first.count == 5
    assert [c.contact_name for c in first] == [f"Contact {n}" for n in range(5)]
    raw = periskope_client.with_raw_response.get("/contacts", query={"offset": 4, "limit": 2}).json()
    assert raw["count"] == 5 and raw["from"] == 5 and raw["to"] == 5 and len(raw["contacts"]) == 1


def test_groups_participants_labels_notes_and_tickets_persist(periskope_client: Any) -> None:
    group = periskope_client.groups.create(group_name="Launch", participants=[OTHER])
    periskope_client.groups.add_participants(group.chat_id, participants=["919000000001"])
    periskope_client.groups.promote_participants(group.chat_id, participants=[OTHER])
    periskope_client.groups.remove_participants(group.chat_id, participants=["919000000001"])
    members = periskope_client.chats.get(group.chat_id).members
    assert members is not None
    assert set(members.additional_properties) == {"919876543210@c.us", f"{OTHER}@c.us"}
    assert members.additional_properties[f"{OTHER}@c.us"].is_admin is True
    periskope_client.chats.update_labels(chat_ids=[group.chat_id], labels=["vip", "beta"])
    assert periskope_client.chats.get(group.chat_id).labels == ["vip", "beta"]
    assert [c.chat_id for c in periskope_client.chats.list(label="vip").items] == [group.chat_id]
    periskope_client.notes.create(chat_id=group.chat_id, message="call back Monday")
    assert [n.body for n in periskope_client.chats.list_notes(group.chat_id).items] == ["call back Monday"]
    ticket = periskope_client.tickets.create(chat_id=group.chat_id, subject="Refund")
    periskope_client.tickets.update(ticket.ticket.ticket_id, status="closed")
    assert str(periskope_client.tickets.get(ticket.ticket.ticket_id).ticket.status) == "closed"
    kinds = [(str(n.type_), n.recipientids) for n in periskope_client.chats.list_chat_notifications(group.chat_id)]
    assert kinds == [("add", [f"{OTHER}@c.us"]), ("add", ["919000000001@c.us"]), ("promote", [f"{OTHER}@c.us"]),
                     ("remove", ["919000000001@c.us"])]  # fmt: skip


def test_receive_records_an_incoming_message(periskope_client: Any, periskope_fake: Any) -> None:
    incoming = periskope_fake.receive(USER, "Where is my order?")
    assert periskope_client.messages.get(incoming["message_id"]).from_me is False
    assert periskope_fake.events_named("message.created")[-1].object_id == incoming["message_id"]
    periskope_fake.advance(incoming, Ack.READ)  # a stored message's dict works as well as a SentMessage or an id
    assert periskope_client.messages.get(incoming["message_id"]).ack == Ack.READ
    assert repr(periskope_fake) == "<FakePeriskope messages=1, chats=1, events=3, requests=2>"


def test_unknown_objects_are_404_and_a_bad_body_is_422(periskope_client: Any) -> None:
    with pytest.raises(periskope.NotFoundError):
        periskope_client.messages.get("true_919537851844@c.us_3EB0NOPE")
    with pytest.raises(periskope.UnprocessableEntityError) as caught:
        periskope_client.post("/message/send", body={"message": "no chat_id"})
    assert "body.chat_id" in caught.value.fields
    with pytest.raises(periskope.UnprocessableEntityError) as caught:
        periskope_client.post("/chats/create", body={"group_name": "Team", "participants": "919537851845"})
    assert caught.value.fields == {"body.participants": {"message": "Expected array"}}


def test_fail_next_status_is_retried_for_reads(
    periskope_client: Any, periskope_fake: Any, periskope_clock: Any
) -> None:
    periskope_fake.fail_next(503, times=2)
    assert periskope_client.chats.list().items == []
    assert periskope_fake.operations == ["listAllChats"] * 3 and len(periskope_clock.slept) == 2


def test_fail_next_lost_response_sends_once(periskope_client: Any, periskope_fake: Any) -> None:
    periskope_fake.fail_next(lost_response=True, operation="sendMessage")
    with pytest.raises(periskope.APIConnectionError):
        periskope_client.messages.send(chat_id=USER, message="exactly once")
    assert periskope_fake.operations == ["sendMessage"]  # not retried: it may have been acted on...
    assert json.loads(periskope_fake.requests[0].content)["message"] == "exactly once"
    assert [m["body"] for m in periskope_fake.messages.values()] == ["exactly once"]  # ...and it was


def test_fail_next_rate_limited_sends_the_headers(periskope_client: Any, periskope_fake: Any) -> None:
    periskope_fake.fail_next(rate_limited=True, retry_after=2, times=3)
    with pytest.raises(periskope.RateLimitError) as caught:
        periskope_client.chats.list()
    assert caught.value.rate_limit is not None and caught.value.rate_limit.remaining == 0
    assert periskope_fake.operations == ["listAllChats"] * 3  # 429 is retried (max_retries=2), then raised


def test_fail_next_latency_beyond_the_timeout_is_a_timeout() -> None:
    fake = FakePeriskope()
    client = fake.client(timeout=0.01, max_retries=0)
    fake.fail_next(latency=0.05)
    with pytest.raises(periskope.APITimeoutError):
        client.queue.status()


def test_fail_next_rejects_nonsense() -> None:
    fake = FakePeriskope()
    nonsense: list[dict[str, Any]] = [
        {}, {"status": 200}, {"status": 500, "operation": "noSuchOperation"}, {"status": 500, "times": 0},
        {"latency": -1.0}, {"status": 500, "times": True},
    ]  # fmt: skip
    for bad in nonsense:
        with pytest.raises(periskope.PeriskopeError):
            fake.fail_next(**bad)


async def test_the_async_fixture(async_periskope_client: Any, periskope_fake: Any) -> None:
    sent = await async_periskope_client.messages.send(chat_id=USER, message="Hi")
    assert (await sent.wait(Ack.READ)).ack == Ack.READ
    assert [e.name for e in periskope_fake.events].count("message.ack.updated") == 3


def test_spec_path_is_the_overlaid_document() -> None:
    assert spec_path().read_bytes() == (ROOT / "generated" / "openapi.yaml").read_bytes()


def test_the_wheel_ships_the_spec_and_the_pytest_plugin(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)  # fmt: skip
    (wheel,) = tmp_path.glob("periskope-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read("periskope/testing/openapi.yaml")
        entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
        assert "[pytest11]\nperiskope = periskope.testing._plugin" in archive.read(entry_points).decode()
    assert shipped == (ROOT / "generated" / "openapi.yaml").read_bytes()


def test_a_spent_rate_budget_elsewhere_does_not_make_the_fixture_client_wait(
    periskope_client: Any, periskope_clock: Any
) -> None:
    elsewhere = FakePeriskope()  # the same fake base URL, key and phone: a budget-keeping client would share its budget
    elsewhere.fail_next(rate_limited=True, retry_after=3)
    with pytest.raises(periskope.RateLimitError):
        elsewhere.client(rate_budget=True, max_retries=0).chats.list()  # learns: 0 remaining for 3 s
    periskope_client.chats.list()
    assert periskope_clock.slept == []  # the fixture's client keeps no shared budget: no wait carried over


def test_every_change_is_an_event_of_its_documented_kind(periskope_client: Any, periskope_fake: Any) -> None:
    sent = periskope_client.messages.send_sync(chat_id=USER, message="Hi")
    (message_id,) = periskope_fake.messages
    assert message_id.endswith(sent.unique_id)
    periskope_client.messages.edit(message_id, edited_body="Hi there")
    periskope_client.messages.react(message_id, reaction="👍")
    periskope_client.messages.delete(message_id)
    periskope_client.notes.create(chat_id=USER, message="VIP")
    ticket = periskope_client.tickets.create(chat_id=USER, subject="Refund")
    periskope_client.tickets.update(ticket.ticket.ticket_id, status="closed")
    periskope_client.chats.update(USER, custom_properties={"tier": "gold"})
    assert [(event.name, type(event).__name__) for event in periskope_fake.events] == [
        ("chat.created", "ChatEvent"),
        ("message.created", "MessageEvent"),
        ("message.updated", "MessageEvent"),
        ("reaction.created", "ReactionEvent"),
        ("message.deleted", "MessageEvent"),
        ("note.created", "NoteEvent"),
        ("ticket.created", "TicketEvent"),
        ("ticket.updated", "TicketEvent"),
        ("chat.custom_properties.updated", "ChatEvent"),
    ]
    assert periskope_fake.events[2].previous_attributes == {"body": "Hi"}
    assert periskope_fake.events[-2].previous_attributes == {"ticket": {"status": "open"}}


async def test_latency_within_the_timeout_only_delays(async_periskope_client: Any, periskope_fake: Any) -> None:
    periskope_fake.fail_next(latency=0.01)
    assert (await async_periskope_client.queue.status()).pending is not None
    assert periskope_fake.operations == ["getQueueStatus"]


def test_the_plugin_loads_nothing_heavy_until_a_fixture_is_used() -> None:
    """Every pytest session of a periskope user imports the plugin: the models, the fake and PyYAML wait."""
    heavy = "m.startswith(('periskope_api.models', 'periskope.webhooks', 'periskope.testing._', 'yaml'))"
    code = f"import sys, periskope.testing._plugin; print(sorted(m for m in sys.modules if {heavy}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['periskope.testing._plugin']"
