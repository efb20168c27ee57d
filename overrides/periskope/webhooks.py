"""Typed webhook (and realtime) events: `parse` a delivery into an event whose `data` is the same model as REST returns.
Also importable as `periskope.webhook_events`, the preferred name (apart from `client.webhooks`, the subscriptions).

    from periskope import webhook_events

    event = webhook_events.parse(request_body)
    if isinstance(event, webhook_events.MessageEvent) and event.name == "message.created":
        print(event.data.body)

Every delivery is the envelope `{event, data, org_id, previous_attributes, timestamp}`. The event names and payload
types are those of Periskope's official SDK (`EVENT_TYPES`); a name not listed there becomes an `UnknownEvent` holding
the raw data, never an error. A body that is not such an envelope, or whose `data` does not fit the event's model,
raises `WebhookParseError` (a `periskope.DecodeError`).

Periskope redelivers; `Deduplicator().seen(event)` tells a redelivery from a new event.

Signatures: Periskope lets you generate a webhook signing key, but publishes no scheme to verify it with (no header
name, no algorithm), so this module does not guess one. Pass your own check as `parse(body, headers=..., verify=...)`:
it is called with the raw body and the headers before anything is parsed; it accepts the delivery by returning True
(any true value). Whatever it raises propagates, and a false return (False, None) raises WebhookVerificationError:
a check that forgets to say yes fails closed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from periskope_api.models import Chat, Message, Notification, PhoneInfo, Reaction, TicketInfo

from ._errors import DecodeError, PeriskopeError
from ._wire import parse_timestamp

if TYPE_CHECKING:
    from redis import Redis

__all__ = [
    "EVENT_TYPES",
    "ChatEvent",
    "Deduplicator",
    "Event",
    "MessageEvent",
    "NoteEvent",
    "NotificationEvent",
    "PhoneEvent",
    "ReactionEvent",
    "TicketEvent",
    "UnknownEvent",
    "Verifier",
    "WebhookParseError",
    "WebhookVerificationError",
    "parse",
]

DataT = TypeVar("DataT")

Verifier = Callable[[bytes, Mapping[str, str]], object]
"""Checks a delivery's raw body and headers: True if it is authentic; False (or raising) if not."""


class WebhookParseError(DecodeError):
    """A webhook body that is not an event envelope, or whose data does not fit the event's model."""


class WebhookVerificationError(PeriskopeError):
    """The `verify=` check returned a false value: the delivery is not authentic."""


@dataclass(frozen=True, kw_only=True, repr=False)
class Event(Generic[DataT]):
    """One delivered event: the envelope's fields, `data` decoded into the event's model, and the body as received."""

    name: str
    """The event name, e.g. `message.created`."""
    data: DataT
    org_id: str | None
    previous_attributes: dict[str, Any]
    """For `*.updated` events, the changed fields' previous values; otherwise empty."""
    timestamp: datetime | None
    """When the event happened; None if the envelope has no timestamp (realtime payloads sent without one)."""
    raw: dict[str, Any]
    """The whole envelope as decoded from JSON."""

    _id_path: ClassVar[tuple[str, ...]] = ()

    @property
    def object_id(self) -> str | None:
        """The id of the object the event is about (message_id, chat_id, ticket_id, ...), if the data has it."""
        value: object = self.raw.get("data")
        for key in self._id_path:
            value = value.get(key) if isinstance(value, Mapping) else None
        return str(value) if isinstance(value, (str, int)) and value != "" else None

    def __repr__(self) -> str:
        when = self.timestamp.isoformat() if self.timestamp else None
        return f"{type(self).__name__}(name={self.name!r}, object_id={self.object_id!r}, timestamp={when!r})"

    @property
    def key(self) -> str:
        """A stable key for this delivery: the same body delivered twice gives the same key (the envelope has no id)."""
        data = json.dumps(self.raw.get("data"), sort_keys=True, separators=(",", ":"), default=str)
        digest = hashlib.sha256(data.encode()).hexdigest()[:32]
        when = self.timestamp.isoformat() if self.timestamp else "-"
        return f"{self.name}|{self.org_id or '-'}|{self.object_id or '-'}|{when}|{digest}"


class ChatEvent(Event[Chat]):
    """`chat.created`, `chat.custom_properties.updated`."""

    _id_path = ("chat_id",)


class NotificationEvent(Event[Notification]):
    """`chat.notification.created`: a group notification (member added, subject changed, ...)."""

    _id_path = ("notification_id",)


class MessageEvent(Event[Message]):
    """`message.created|updated|deleted|ack.updated|flagged|unflagged|ticket.attached`."""

    _id_path = ("message_id",)


class ReactionEvent(Event[Reaction]):
    """`reaction.created`, `reaction.updated`."""

    _id_path = ("reaction_id",)


class TicketEvent(Event[TicketInfo]):
    """`ticket.created|updated|deleted`."""

    _id_path = ("ticket", "ticket_id")


class PhoneEvent(Event[PhoneInfo]):
    """`org.phone.updated|connected|disconnected|qr`."""

    _id_path = ("phone_id",)


class NoteEvent(Event[Message]):
    """`note.created`: a private note, which the API represents as a message."""

    _id_path = ("message_id",)


class UnknownEvent(Event[Any]):
    """An event name this version does not know; `data` is the raw JSON value."""

    @property
    def object_id(self) -> str | None:
        data = self.raw.get("data")
        if isinstance(data, Mapping):
            for key in ("message_id", "reaction_id", "ticket_id", "notification_id", "phone_id", "chat_id", "id"):
                if isinstance(data.get(key), str) and data[key]:
                    return str(data[key])
        return None


_REGISTRY: dict[str, tuple[type[Event[Any]], type[Any]]] = {
    "chat.created": (ChatEvent, Chat),
    "chat.custom_properties.updated": (ChatEvent, Chat),
    "chat.notification.created": (NotificationEvent, Notification),
    **{
        f"message.{action}": (MessageEvent, Message)
        for action in ("created", "updated", "deleted", "ack.updated", "flagged", "unflagged", "ticket.attached")
    },
    "reaction.created": (ReactionEvent, Reaction),
    "reaction.updated": (ReactionEvent, Reaction),
    "ticket.created": (TicketEvent, TicketInfo),
    "ticket.updated": (TicketEvent, TicketInfo),
    "ticket.deleted": (TicketEvent, TicketInfo),
    **{f"org.phone.{action}": (PhoneEvent, PhoneInfo) for action in ("updated", "connected", "disconnected", "qr")},
    "note.created": (NoteEvent, Message),
}

EVENT_TYPES: Mapping[str, tuple[type[Event[Any]], type[Any]]] = MappingProxyType(_REGISTRY)
"""Every event name Periskope publishes → (event class, model of its data)."""


def parse(
    body: bytes | bytearray | str | Mapping[str, Any],
    *,
    headers: Mapping[str, str] | None = None,
    verify: Verifier | None = None,
) -> Event[Any]:
    """The typed event in a webhook body (the raw bytes or text of the request, or the already-decoded JSON object).

    `verify`, if given, is called first with the raw body and `headers`: it must return True (any true value) to
    accept the delivery; its exceptions propagate unchanged, and a false return raises WebhookVerificationError.
    Raises WebhookParseError when the body is not an event envelope or its data does not fit the event's model.
    """
    if not isinstance(body, (bytes, bytearray, str, Mapping)):  # a framework's get_json() can hand over anything
        raise WebhookParseError(f"webhook body must be bytes, str or a JSON object, got {type(body).__name__}")
    if verify is not None:
        if isinstance(body, Mapping):
            raise TypeError("verify needs the raw request body (bytes or str), not a decoded mapping")
        verdict = verify(
            body.encode() if isinstance(body, str) else bytes(body), headers if headers is not None else {}
        )
        if not verdict:
            raise WebhookVerificationError(
                f"verify= refused the delivery (it returned {repr(verdict)[:50]}; return True to accept one)"
            )
    if isinstance(body, Mapping):
        _check_decoded(body)
        envelope = body
    else:
        envelope = _load(body)
    return _decode(envelope)


_MAX_DEPTH = 500  # json.loads stops near the recursion limit (1000); an already-decoded body gets a bound too
_JSON_SCALARS = (str, int, float, bool, type(None))


def _check_decoded(body: Mapping[str, Any]) -> None:
    """An already-decoded body holds only what JSON can (objects with string keys, arrays, scalars), not too deep:
    what the bytes form guarantees, and what Deduplicator and to_dict() rely on."""
    stack: list[tuple[object, int]] = [(body, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise WebhookParseError(f"webhook body is nested deeper than {_MAX_DEPTH} levels")
        if isinstance(value, Mapping):
            if not all(isinstance(key, str) for key in value):
                raise WebhookParseError("webhook body has an object key that is not a string")
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif not isinstance(value, _JSON_SCALARS):
            raise WebhookParseError(f"webhook body holds a {type(value).__name__}, which JSON has no form for")


def _load(body: bytes | bytearray | str) -> Mapping[str, Any]:
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise WebhookParseError(f"webhook body is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise WebhookParseError(f"webhook body is not a JSON object (got {type(value).__name__})")
    return value


def _decode(envelope: Mapping[str, Any]) -> Event[Any]:
    name = envelope.get("event")
    if not isinstance(name, str) or not name:
        raise WebhookParseError("webhook body has no 'event' name")
    org_id = envelope.get("org_id")
    if org_id is not None and not isinstance(org_id, str):
        raise WebhookParseError(f"{name}: org_id is not a string")
    previous = envelope.get("previous_attributes")
    if previous is not None and not isinstance(previous, Mapping):
        raise WebhookParseError(f"{name}: previous_attributes is not an object")
    timestamp = envelope.get("timestamp")
    try:
        when = parse_timestamp(timestamp) if timestamp is not None else None
    except (TypeError, ValueError) as exc:
        raise WebhookParseError(f"{name}: bad timestamp: {exc}") from exc
    event_class, model = _REGISTRY.get(name, (UnknownEvent, None))
    data = envelope.get("data")
    if model is not None:
        try:
            data = model.from_dict(data)
        except DecodeError as exc:
            raise WebhookParseError(f"{name}: {exc}") from exc
    return event_class(
        name=name,
        data=data,
        org_id=org_id,
        previous_attributes=dict(previous or {}),
        timestamp=when,
        raw=dict(envelope),
    )


class Deduplicator:
    """Remembers the events of the last `max_size` deliveries, to drop redeliveries. Thread-safe. Each event is kept
    as a 16-byte digest of its key, so memory is bounded whatever the events' size.

    dedupe = Deduplicator()
    if not dedupe.seen(event):
        handle(event)

    Several receivers (processes, hosts) share one with `Deduplicator(redis="redis://...")` (or a redis.Redis client;
    extra `periskope[redis]`): an atomic set-if-absent of `prefix` + the digest, expiring after `ttl` seconds, so a
    delivery is handled once across all of them. A Redis call that fails or takes longer than `timeout` seconds makes
    this process decide alone (one warning) until Redis answers again.
    """

    def __init__(
        self,
        max_size: int = 10_000,
        *,
        redis: str | Redis | None = None,
        ttl: float = 86_400.0,
        prefix: str = "periskope:",
        timeout: float = 0.5,
    ) -> None:
        if max_size < 1:
            raise ValueError(f"max_size must be at least 1, got {max_size}")
        self.max_size = max_size
        self.ttl = ttl
        self.prefix = prefix
        self._keys: OrderedDict[bytes, None] = OrderedDict()
        self._lock = threading.Lock()
        self._redis: Any = None
        if redis is not None:
            from . import _redis  # noqa: PLC0415 - redis-py is imported only by who uses it

            self._redis, self._outage, self._errors = (
                _redis.connect(redis, timeout),
                _redis.Outage("webhook dedupe"),
                _redis.Errors,
            )

    def seen(self, event: Event[Any] | str) -> bool:
        """True if this event (or key) was seen before; otherwise remember it and return False."""
        digest = hashlib.sha256((event if isinstance(event, str) else event.key).encode()).digest()[:16]
        seen_here = self._remember(digest)
        if self._redis is None or not self._outage.usable():
            return seen_here
        try:
            fresh = self._redis.set(
                self.prefix + "seen:" + digest.hex(), b"1", nx=True, px=max(int(self.ttl * 1000), 1)
            )
        except self._errors as exc:
            self._outage.failed(exc)
            return seen_here
        self._outage.ok()
        return not fresh

    def _remember(self, digest: bytes) -> bool:
        with self._lock:
            if digest in self._keys:
                self._keys.move_to_end(digest)
                return True
            self._keys[digest] = None
            if len(self._keys) > self.max_size:
                self._keys.popitem(last=False)
            return False

    def __len__(self) -> int:
        return len(self._keys)

    def clear(self) -> None:
        """Forget this process's memory (not Redis's)."""
        with self._lock:
            self._keys.clear()
