"""FakePeriskope: an in-memory, stateful Periskope behind httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from .. import webhooks
from .._errors import PeriskopeError
from ._spec import Operation, Sampler, load_spec, operations, resolve

if TYPE_CHECKING:
    from .._client import AsyncPeriskope, Periskope

JSON = dict[str, Any]
BASE_URL = "https://api.periskope.test/v1"
API_KEY = "sk-fake-periskope"
# Periskope's ack scale (periskope.Ack): the fake keeps plain ints, so that the API models load only when used.
ACK_FAILED, ACK_PENDING, ACK_SENT, ACK_DELIVERED, ACK_DELIVERED_ALL, ACK_READ, ACK_READ_ALL = -1, 0, 1, 2, 3, 4, 5
# The acks a message goes through: a 1:1 chat has one recipient, so no "all participants" levels.
USER_ACKS = (ACK_PENDING, ACK_SENT, ACK_DELIVERED, ACK_READ)
GROUP_ACKS = (ACK_PENDING, ACK_SENT, ACK_DELIVERED, ACK_DELIVERED_ALL, ACK_READ, ACK_READ_ALL)
STATUS_WORDS = {ACK_FAILED: "failed", ACK_PENDING: "queued", ACK_SENT: "sent", ACK_DELIVERED: "delivered",
                ACK_DELIVERED_ALL: "delivered", ACK_READ: "read", ACK_READ_ALL: "read"}  # fmt: skip
TIMELINE_STEPS = ((ACK_SENT, "sent_at"), (ACK_DELIVERED, "delivered_at"), (ACK_READ, "read_at"))


@dataclass(frozen=True)
class Request:
    """What a handler is given: the operation, its path parameters, query, JSON body and x-phone."""

    operation: Operation
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    http: httpx.Request

    def field(self, name: str, default: Any = None) -> Any:
        return self.body.get(name, default) if isinstance(self.body, Mapping) else default


class Reply(Exception):
    """Raised by a handler: answer with this error status and the API's error body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.body: JSON = {"code": code, "message": message, "status": status, "name": code.title()}


@dataclass(frozen=True)
class Fault:
    status: int | None
    lost_response: bool
    latency: float
    rate_limited: bool
    retry_after: float | None
    operation: str | None


Handler = Callable[["FakePeriskope", Request], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a stateful handler; operations without one answer with a sample of their response schema."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakePeriskope:
    """An in-memory Periskope for tests: every operation of the API answered (no sockets), with state where an
    application needs it.

        fake = FakePeriskope()
        client = fake.client()                  # a Periskope wired to the fake; fake.async_client() for async
        sent = client.messages.send(chat_id="919537851844@c.us", message="Hi")
        fake.advance(sent, Ack.DELIVERED)       # or let auto_ack move it one step per read
        assert fake.events[-1].name == "message.ack.updated"
        assert sent.wait(Ack.READ).ack == Ack.READ  # wait() polls the status, which auto_ack moves on

    State: messages (sent, received with `receive`, forwarded, broadcast), chats and their participants and labels,
    contacts, notes and tickets persist across calls; lists paginate by offset/limit with the API's envelope. Other
    operations answer with a sample of their documented response. Every state change is an event (`events`, and
    `on_event` if given) in the webhook envelope, parsed by `periskope.webhooks.parse`.

    `auto_ack`: the ack a sent message climbs to, one step each time it is read (GET /message/{id}, its status, its
    broadcast's status): SENT, DELIVERED, READ; in a group also DELIVERED_ALL before READ, and READ_ALL after it.
    Ack.FAILED: it fails when first read; None: only `advance` moves it.
    `fail_next(...)` makes the next request(s) fail; `requests` records every request received.
    """

    def __init__(
        self,
        *,
        phone: str = "919876543210",
        org_id: str = "2997dd64-89bf-48d3-9a22-b314fca017e5",
        auto_ack: int | None = ACK_READ,
        on_event: Callable[[webhooks.Event[Any]], None] | None = None,
        base_url: str = BASE_URL,
    ) -> None:
        self.phone: str = phone
        self.org_id: str = org_id
        self.auto_ack: int | None = None if auto_ack is None else int(auto_ack)
        self.on_event: Callable[[webhooks.Event[Any]], None] | None = on_event
        self.base_url: str = base_url
        self.messages: dict[str, JSON] = {}
        self.chats: dict[str, JSON] = {}
        self.contacts: dict[str, JSON] = {}
        self.notes: dict[str, JSON] = {}
        self.tickets: dict[str, JSON] = {}
        self.notifications: dict[str, JSON] = {}
        self.events: list[webhooks.Event[Any]] = []
        self.requests: list[httpx.Request] = []
        self.operations: list[str] = []
        """The operationId of each request in `requests` ("" for a path the API does not have)."""
        self._ids: dict[str, str] = {}  # queue_id and unique_id -> message_id
        self.broadcasts: dict[str, JSON] = {}
        self.timelines: dict[str, dict[str, str]] = {}
        """The status timeline (queued_at, sent_at, delivered_at, read_at, failed_at) of each sent message."""
        self._faults: deque[Fault] = deque()
        self._lock = threading.RLock()
        self._sampler = Sampler(load_spec())
        self._base_path = httpx.URL(base_url).path.rstrip("/")
        self.transport: httpx.MockTransport = httpx.MockTransport(self.handle)
        """For `httpx.Client(transport=fake.transport)`."""
        self.async_transport: httpx.MockTransport = httpx.MockTransport(self.handle_async)
        """For `httpx.AsyncClient(transport=fake.async_transport)`."""

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in ("messages", "chats", "events", "requests"))
        return f"<FakePeriskope {counts}>"

    # -- clients ---------------------------------------------------------------------------------------------

    def client(self, **options: Any) -> Periskope:
        """A Periskope talking to this fake (api_key, phone and base_url preset; rate_budget off)."""
        from .._client import Periskope  # noqa: PLC0415 - the client imports nothing of the testing kit

        return Periskope(**self._options(options), http_client=httpx.Client(transport=self.transport))

    def async_client(self, **options: Any) -> AsyncPeriskope:
        """An AsyncPeriskope talking to this fake."""
        from .._client import AsyncPeriskope  # noqa: PLC0415

        return AsyncPeriskope(**self._options(options), http_client=httpx.AsyncClient(transport=self.async_transport))

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        return {"api_key": API_KEY, "phone": self.phone, "base_url": self.base_url, "rate_budget": False, **options}

    # -- fault injection ---------------------------------------------------------------------------------------

    def fail_next(
        self,
        status: int | None = None,
        *,
        lost_response: bool = False,
        latency: float = 0.0,
        rate_limited: bool = False,
        retry_after: float | None = None,
        times: int = 1,
        operation: str | None = None,
    ) -> None:
        """Make the next `times` requests (of `operation`, an operationId such as "sendMessage", if given) fail:

        - `status`: answered with that error status (and the API's error body), not acted on;
        - `rate_limited`: a 429 with X-RateLimit-Limit/Remaining/Reset (and Retry-After if `retry_after`);
        - `lost_response`: acted on, then the connection drops before the answer (the client cannot know);
        - `latency`: seconds before answering; longer than the client's read timeout is a timeout, after the
          request was acted on.
        """
        if status is None and not (lost_response or latency or rate_limited):
            raise PeriskopeError("fail_next needs status=, lost_response=True, latency= or rate_limited=True")
        if status is not None and not (isinstance(status, int) and 400 <= status <= 599):
            raise PeriskopeError(f"status must be an HTTP error status (400-599), got {status!r}")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise PeriskopeError(f"times must be a whole number above 0, got {times!r}")
        if isinstance(latency, bool) or not isinstance(latency, (int, float)) or latency < 0:
            raise PeriskopeError(f"latency must be a number of seconds, 0 or more, got {latency!r}")
        if operation is not None and operation not in {op.operation_id for op in operations()}:
            raise PeriskopeError(f"no operation {operation!r} in the API (use an operationId such as 'sendMessage')")
        fault = Fault(status, lost_response, float(latency), rate_limited, retry_after, operation)
        with self._lock:
            self._faults.extend([fault] * times)

    def _take_fault(self, operation: Operation | None) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.operation is None or (operation is not None and fault.operation == operation.operation_id):
                    self._faults.remove(fault)
                    return fault
        return None

    # -- transport ---------------------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The MockTransport handler (sync)."""
        operation, fault = self._receive(request)
        if fault is not None and fault.latency:
            timeout = _read_timeout(request)
            time.sleep(min(fault.latency, timeout) if timeout is not None else fault.latency)
        return self._respond(request, operation, fault)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """The MockTransport handler (async)."""
        operation, fault = self._receive(request)
        if fault is not None and fault.latency:
            timeout = _read_timeout(request)
            await asyncio.sleep(min(fault.latency, timeout) if timeout is not None else fault.latency)
        return self._respond(request, operation, fault)

    def _receive(self, request: httpx.Request) -> tuple[tuple[Operation, dict[str, str]] | None, Fault | None]:
        path = request.url.path
        if self._base_path and path.startswith(self._base_path + "/"):
            path = path[len(self._base_path) :]
        found = next(
            ((op, params) for op in operations() if (params := op.match(request.method, path)) is not None), None
        )
        with self._lock:
            self.requests.append(request)
            self.operations.append(found[0].operation_id if found else "")
        return found, self._take_fault(found[0] if found else None)

    def _respond(  # noqa: PLR0911 - one return per kind of answer
        self, request: httpx.Request, found: tuple[Operation, dict[str, str]] | None, fault: Fault | None
    ) -> httpx.Response:
        headers = {"x-periskope-trace-id": str(uuid.uuid4()), "x-periskope-org-id": self.org_id}
        if fault is not None and fault.rate_limited:
            reset = int((datetime.now(UTC) + timedelta(seconds=fault.retry_after or 1)).timestamp())
            headers.update({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)})
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            return _error(Reply(429, "RATE_LIMITED", "Too many requests"), headers)
        if fault is not None and fault.status is not None:
            return _error(Reply(fault.status, "INJECTED_FAULT", f"fail_next({fault.status})"), headers)
        if found is None:
            return _error(Reply(404, "NOT_FOUND", f"Cannot {request.method} {request.url.path}"), headers)
        if not request.headers.get("authorization", "").removeprefix("Bearer ").strip():
            return _error(Reply(401, "UNAUTHORIZED", "Missing API key"), headers)
        operation, params = found
        try:
            body = json.loads(request.content) if request.content else None
        except ValueError:
            return _error(Reply(400, "BAD_REQUEST", "The body is not JSON"), headers)
        call = Request(operation, params, dict(request.url.params), body, request)
        try:
            self._check_body(call)
            with self._lock:
                result = self._dispatch(call)
        except Reply as reply:
            return _error(reply, headers)
        timeout = _read_timeout(request)
        if fault is not None and (fault.lost_response or (timeout is not None and fault.latency > timeout)):
            kind = httpx.ReadTimeout if fault.latency else httpx.ReadError
            raise kind("fake: the response was lost after the request was acted on", request=request)
        if operation.status == 204:
            return httpx.Response(204, headers=headers)
        return httpx.Response(operation.status, json=result, headers=headers)

    def _check_body(self, call: Request) -> None:
        schema = call.operation.request_schema
        if schema is None:
            return
        if call.body is not None and not isinstance(call.body, Mapping):
            raise Reply(400, "BAD_REQUEST", "The body must be a JSON object")
        body = call.body or {}
        problems = {name: "Required" for name in schema.get("required", []) if name not in body}
        for name, value in body.items():
            kind = _kind(load_spec(), schema.get("properties", {}).get(name))
            if value is not None and kind in _TYPES and not _is(value, kind):
                problems[name] = f"Expected {kind}"
        if problems:
            reply = Reply(422, "VALIDATION_ERROR", "Request validation failed")
            reply.body["fields"] = {f"body.{name}": {"message": message} for name, message in problems.items()}
            raise reply

    def _dispatch(self, call: Request) -> Any:
        handler = HANDLERS.get(call.operation.operation_id)
        if handler is None:
            return self.sample(call.operation)
        result = handler(self, call)
        return self.sample(call.operation) if result is None else result

    def sample(self, operation: Operation | str) -> Any:
        """A sample of an operation's (by object or operationId) documented success body."""
        if isinstance(operation, str):
            found = next((op for op in operations() if op.operation_id == operation), None)
            if found is None:
                raise PeriskopeError(f"no operation {operation!r} in the API")
            operation = found
        return self._sampler.sample(operation.response_schema)

    def sample_schema(self, name: str) -> Any:
        """A sample of the named component schema (e.g. "MessageType")."""
        return self._sampler.sample({"$ref": f"#/components/schemas/{name}"})

    # -- events ------------------------------------------------------------------------------------------------

    def emit(self, name: str, data: Mapping[str, Any], previous: Mapping[str, Any] | None = None) -> None:
        """Record the event `name` (e.g. "message.created") about `data`, as a webhook delivery would carry it."""
        envelope = {
            "event": name,
            "data": _webhook_spelling(json.loads(json.dumps(data))),
            "org_id": self.org_id,
            "previous_attributes": dict(previous or {}),
            "timestamp": now(),
        }
        event = webhooks.parse(envelope)
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)

    def events_named(self, name: str) -> list[webhooks.Event[Any]]:
        return [event for event in self.events if event.name == name]

    # -- state helpers (used by the handlers and by tests) -----------------------------------------------------

    @property
    def phone_jid(self) -> str:
        return f"{self.phone}@c.us"

    def find_message(self, message: object) -> JSON:
        """A stored message, by message_id, queue_id, unique_id, or anything with one of them (SentMessage, Message,
        MessageStatus, a stored message's dict)."""
        keys = [message] if isinstance(message, str) else []
        for attr in ("message_id", "queue_id", "unique_id"):
            value = message.get(attr) if isinstance(message, Mapping) else getattr(message, attr, None)
            if isinstance(value, str):
                keys.append(value)
        for given in keys:
            key = self._ids.get(given, given)
            if key in self.messages:
                return self.messages[key]
            if key in self.notes:
                return self.notes[key]
        raise Reply(404, "NOT_FOUND", f"Message {keys[0] if keys else message!r} not found")

    def advance(self, message: object, ack: int) -> JSON:
        """Move a message (SentMessage, Message, message_id, queue_id or unique_id) to `ack` (e.g. Ack.DELIVERED,
        Ack.READ, Ack.FAILED), emitting message.ack.updated; its status (delivery counts, timeline) follows."""
        with self._lock:
            try:
                stored = self.find_message(message)
            except Reply as exc:
                raise PeriskopeError(str(exc)) from None
            previous = stored["ack"]
            stored["ack"] = int(ack)
            stored["delivery_info"] = _delivery(stored["ack"], self.recipients(stored["chat_id"]))
            self._timestamp(stored)
            self.emit("message.ack.updated", stored, {"ack": previous})
            return stored

    def add_chat(self, chat_id: str, *, name: str | None = None, **fields: Any) -> JSON:
        """A chat (user, or group when chat_id ends with @g.us), emitting chat.created."""
        with self._lock:
            chat_id = chat_jid(chat_id)
            if chat_id in self.chats:
                self.chats[chat_id].update(fields)
                return self.chats[chat_id]
            group = chat_id.endswith("@g.us")
            members = {self.phone_jid: self.member(self.phone_jid, admin=group)}
            if not group:
                members[chat_id] = self.member(chat_id)
            chat: JSON = {
                "chat_id": chat_id,
                "chat_type": "group" if group else "user",
                "chat_name": name or chat_id.split("@", maxsplit=1)[0],
                "org_id": self.org_id,
                "org_phone": self.phone_jid,
                "chat_org_phones": [self.phone_jid],
                "created_at": now(),
                "updated_at": now(),
                "members": members,
                "member_count": len(members),
                "labels": [],
                "custom_properties": {},
                "assigned_to": None,
                "unread_count": {},
                "is_exited": False,
                **fields,
            }
            self.chats[chat_id] = chat
            self.emit("chat.created", chat)
            return chat

    def member(self, contact_id: str, *, admin: bool = False) -> JSON:
        return {
            "contact_id": contact_id,
            "chat_id": contact_id,
            "org_id": self.org_id,
            "number": contact_id.split("@", maxsplit=1)[0],
            "is_admin": admin,
            "is_super_admin": False,
            "is_me": contact_id == self.phone_jid,
        }

    def add_contact(self, contact_id: str, *, name: str | None = None, **fields: Any) -> JSON:
        with self._lock:
            contact_id = chat_jid(contact_id)
            contact: JSON = {
                "contact_id": contact_id,
                "org_id": self.org_id,
                "contact_name": name,
                "contact_type": "user",
                "number": contact_id.split("@", maxsplit=1)[0],
                "is_internal": False,
                "labels": [],
                "updated_at": now(),
                **fields,
            }
            self.contacts.setdefault(contact_id, {}).update(contact)
            return self.contacts[contact_id]

    def receive(self, chat_id: str, body: str, *, sender: str | None = None) -> JSON:
        """An incoming message in `chat_id` (from `sender`, default the chat itself), emitting message.created."""
        with self._lock:
            chat = self.add_chat(chat_id)
            author = chat_jid(sender) if sender else chat["chat_id"]
            return self.store_message(chat["chat_id"], body, from_me=False, author=author, ack=ACK_DELIVERED)

    def store_message(
        self, chat_id: str, body: str | None, *, from_me: bool, author: str | None = None, ack: int = ACK_PENDING,
        media: Mapping[str, Any] | None = None, note: bool = False, **fields: Any,
    ) -> JSON:  # fmt: skip
        unique_id = "3EB0" + secrets.token_hex(10).upper()
        message_id = f"{'true' if from_me else 'false'}_{chat_id}_{unique_id}"
        author = self.phone_jid if from_me else (author or chat_id)
        message: JSON = {
            "message_id": message_id,
            "org_id": self.org_id,
            "org_phone": self.phone_jid,
            "chat_id": chat_id,
            "message_type": (media or {}).get("type", "chat") if media else "chat",
            "body": body or "",
            "ack": ack,
            "delivery_info": _delivery(ack, self.recipients(chat_id) if from_me else [self.phone_jid]),
            "author": author,
            "from": author,
            "to": chat_id if from_me else self.phone_jid,
            "from_me": from_me,
            "has_media": media is not None,
            "media": dict(media) if media else None,
            "id": {"from_me": from_me, "id": unique_id, "remote": chat_id, "serialized": message_id},
            "unique_id": unique_id,
            "timestamp": now(),
            "is_deleted": False,
            "is_forwarded": False,
            "is_private_note": note,
            "has_reaction": False,
            "reactions": [],
            "mentioned_ids": [],
            **fields,
        }
        (self.notes if note else self.messages)[message_id] = message
        self._ids[unique_id] = message_id
        if from_me and not note:
            self.timelines[message_id] = {"queued_at": message["timestamp"]}
            self._timestamp(message)
        chat = self.chats.get(chat_id)
        if chat is not None and not note:
            chat["latest_message"] = dict(message)
            chat["latest_message_timestamp"] = message["timestamp"]
        self.emit("note.created" if note else "message.created", message)
        return message

    def notify(self, chat_id: str, kind: str, recipients: list[str], body: str = "") -> JSON:
        """A group notification (kind: add, remove, promote, demote, leave, subject, ...), emitting
        chat.notification.created."""
        unique_id = "3EB0" + secrets.token_hex(10).upper()
        notification_id = f"true_{chat_id}_{unique_id}"
        notification: JSON = {
            "notification_id": notification_id,
            "org_id": self.org_id,
            "org_phone": self.phone_jid,
            "chat_id": chat_id,
            "author": self.phone_jid,
            "body": body,
            "type": kind,
            "recipientids": recipients,
            "timestamp": now(),
            "unique_id": unique_id,
            "id": {"from_me": True, "id": unique_id, "remote": chat_id, "serialized": notification_id},
        }
        self.notifications[notification_id] = notification
        self.emit("chat.notification.created", notification)
        return notification

    def read_message(self, message: JSON) -> JSON:
        """What a GET returns; with auto_ack, a sent message climbs one ack step per read."""
        if self.auto_ack is None or not message["from_me"] or message["ack"] < ACK_PENDING:
            return message
        if self.auto_ack == ACK_FAILED:
            self.advance(message["message_id"], ACK_FAILED)
            return message
        ladder = GROUP_ACKS if message["chat_id"].endswith("@g.us") else USER_ACKS
        step = next((ack for ack in ladder if message["ack"] < ack <= self.auto_ack), None)
        if step is not None:
            self.advance(message["message_id"], step)
        return message

    def status(self, message: JSON) -> JSON:
        """A sent message as GET /message/{unique_id}/status answers (MessageStatus), from its stored state."""
        ack, delivery = message["ack"], message["delivery_info"]
        word = STATUS_WORDS.get(ack, "read" if ack > ACK_READ_ALL else "queued")
        sent = {"body": message["body"], "type": message["message_type"]}
        timeline = {"queued_at": message["timestamp"], "sent_at": None, **self.timelines.get(message["message_id"], {})}
        return {
            "queue_id": message.get("queue_id") or "",
            "unique_id": message["unique_id"],
            "message_id": message["message_id"],
            "chat_id": message["chat_id"],
            "performed_by": "api",
            "status": word,
            "status_description": f"Message {word}.",
            "ack": ack,
            "message": {**sent, "quoted_message_id": message.get("quoted_message_id")},
            "timeline": timeline,
            "attempts": 0 if ack == ACK_PENDING else 1,
            "delivered_count": delivery["delivered_count"],
            "read_count": delivery["read_count"],
        }

    def recipients(self, chat_id: str) -> list[str]:
        """Who a message sent to `chat_id` goes to: the chat, or the group's other members."""
        chat = self.chats.get(chat_id)
        if chat is None or chat["chat_type"] != "group":
            return [chat_id]
        return [member for member in chat["members"] if member != self.phone_jid]

    def _timestamp(self, message: JSON) -> None:
        timeline = self.timelines.get(message["message_id"])
        if timeline is None:
            return
        if message["ack"] == ACK_FAILED:
            timeline.setdefault("failed_at", now())
        for level, step in TIMELINE_STEPS:
            if message["ack"] >= level:
                timeline.setdefault(step, now())


def chat_jid(chat_id: str) -> str:
    """919537851844 -> 919537851844@c.us; ids with a suffix as they are."""
    if not isinstance(chat_id, str) or not chat_id.strip():
        raise Reply(400, "BAD_REQUEST", f"Invalid chat id {chat_id!r}")
    return chat_id if "@" in chat_id else f"{chat_id}@c.us"


def _delivery(ack: int, recipients: list[str]) -> JSON:
    """Who has the message (at DELIVERED one recipient, at DELIVERED_ALL every one) and who read it (READ: one,
    READ_ALL: every one); a 1:1 chat has one recipient, so DELIVERED and READ are all of them."""
    stamp = now()
    delivered = recipients if ack >= ACK_DELIVERED_ALL else recipients[:1] if ack >= ACK_DELIVERED else []
    read = recipients if ack >= ACK_READ_ALL else recipients[:1] if ack >= ACK_READ else []
    return {"delivered": dict.fromkeys(delivered, stamp), "read": dict.fromkeys(read, stamp),
            "pending": [r for r in recipients if r not in delivered], "delivered_count": len(delivered),
            "read_count": len(read)}  # fmt: skip


_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str, "array": list, "object": dict, "boolean": bool, "integer": int, "number": (int, float),
}  # fmt: skip


def _kind(spec: Mapping[str, Any], schema: Mapping[str, Any] | None) -> str | None:
    """The JSON type a request field's schema declares (through a $ref or a single allOf), if it declares one."""
    while schema is not None:
        if "type" in schema:
            return str(schema["type"])
        if "$ref" in schema:
            schema = resolve(spec, schema)
        elif len(schema.get("allOf", [])) == 1:
            schema = schema["allOf"][0]
        else:
            return None
    return None


def _is(value: object, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[kind])


def _webhook_spelling(data: JSON) -> JSON:
    """Webhook payloads spell a message key `{fromMe, id, remote, _serialized}` (REST: `from_me`, `serialized`)."""
    key = data.get("id")
    if isinstance(key, dict) and "from_me" in key:
        data["id"] = {
            "fromMe": key["from_me"],
            "id": key["id"],
            "remote": key["remote"],
            "_serialized": key["serialized"],
        }
    return data


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("read") if isinstance(timeout, Mapping) else None
    return float(value) if isinstance(value, (int, float)) else None


def _error(reply: Reply, headers: Mapping[str, str]) -> httpx.Response:
    return httpx.Response(reply.status, json=reply.body, headers=headers)
