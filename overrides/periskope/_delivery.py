"""Delivery you can trust: what "reached" means for a sent message, how a wait polls (bounded by its timeout, with the
send's own phone and options), delivery events that spare the polls, and resolving a send whose outcome is unknown.

The resources call these with themselves as a parameter (`wait_sync(handle, ...)`, `resolve_sync(messages, error)`),
so that the policy lives here, once, for the sync and the async client.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from periskope_api.models import (
    Ack,
    BroadcastStatus,
    DeliveryInfo,
    Message,
    MessageQueueJob,
    MessageQueueJobMessage,
    MessageQueueJobTimeline,
    MessageStatus,
)

from . import _retry
from ._custom._sent import OnUncertain, Until
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    MessageFailedError,
    NotFoundError,
    PeriskopeError,
    SentRequest,
    UnresolvedSendError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    import asyncio

    from ._custom.messages import AsyncMessages, Messages
    from ._custom.queue import AsyncQueue, Queue
    from ._resource_base import RequestOptions
    from .webhooks import Event

__all__ = ["DeliveryEvents", "OnUncertain", "UnresolvedSendError", "Until"]

T = TypeVar("T")

SEND_PATH = "/message/send"
MAX_INTERVAL = 10.0
CLOCK_SKEW = timedelta(seconds=60)  # the server's clock against ours, when comparing a message's time with a send's
RESOLVE_WINDOW = 200  # messages of the chat looked at, newest first
EVENT_KINDS = ("message.ack.updated", "message.updated", "message.created")


# What a status means ------------------------------------------------------------------------------------------------


def ack_of(status: MessageStatus) -> Ack | None:
    ack = status.ack
    return ack if isinstance(ack, Ack) else None


def reached(status: MessageStatus, until: Until, label: str) -> bool:
    """Whether `status` satisfies `until`; raises MessageFailedError when the message failed."""
    ack = ack_of(status)
    if ack is not None and ack.is_failed:
        raise MessageFailedError(f"message {label} failed to send (ack FAILED)", last_status=status)
    if isinstance(until, Ack):
        return ack is not None and ack.reached(until)
    return bool(until(status))


def status_of_message(message: Message) -> MessageStatus:
    """A Message (GET /message/{queue_id}, a webhook or realtime event) seen as a MessageStatus."""
    fields: dict[str, Any] = {"message_id": message.message_id, "chat_id": message.chat_id}
    for name in ("unique_id", "performed_by"):
        value = getattr(message, name)
        if isinstance(value, str):
            fields[name] = value
    if isinstance(message.sent_message_id, str):
        fields["queue_id"] = message.sent_message_id
    if isinstance(message.ack, Ack):
        fields["ack"] = int(message.ack)
    if isinstance(message.delivery_info, DeliveryInfo):
        for name in ("delivered_count", "read_count"):
            value = getattr(message.delivery_info, name)
            if isinstance(value, int):
                fields[name] = value
    body = message.body if isinstance(message.body, str) else None
    fields["message"] = {"body": body, "type": str(message.message_type)}
    return MessageStatus.from_dict(fields)


def _is_about(status: MessageStatus, unique_id: str | None, queue_id: str) -> bool:
    """Whether a status (from an event) is the sent message's: by unique_id, the message_id's third part
    (`true_<chat>_<unique_id>[_<author>]`), or the queue_id."""
    if unique_id and status.unique_id == unique_id:
        return True
    if unique_id and isinstance(status.message_id, str) and status.message_id.split("_")[2:3] == [unique_id]:
        return True
    return bool(queue_id) and status.queue_id == queue_id


# Delivery events ----------------------------------------------------------------------------------------------------


class DeliveryEvents:
    """Message events (from a `Realtime` connection, or fed from webhooks) that `SentMessage.wait(events=...)`
    resolves from instead of polling; when they stop, the wait polls again.

        events = DeliveryEvents.attach(realtime)        # or: events.feed(webhooks.parse(body)) in your receiver
        sent.wait(until=Ack.READ, events=events)
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Callable[[MessageStatus], None]] = []

    @classmethod
    def attach(cls, realtime: Any) -> DeliveryEvents:
        """Events of a `Realtime` or `AsyncRealtime` connection."""
        events = cls()
        for name in EVENT_KINDS:
            realtime.on(name, events.feed)
        return events

    def feed(self, event: Event[Any]) -> None:
        """Hand one event over (other kinds than message events are ignored)."""
        data = getattr(event, "data", None)
        if not isinstance(data, Message):
            return
        status = status_of_message(data)
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(status)

    def _listen(self, listener: Callable[[MessageStatus], None]) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                self._listeners.remove(listener)

        return stop


# Waiting ------------------------------------------------------------------------------------------------------------


class _Handle(Protocol):
    @property
    def queue_id(self) -> str: ...
    @property
    def unique_id(self) -> str | None: ...
    @property
    def request_options(self) -> RequestOptions: ...


def poll_options(options: RequestOptions, remaining: float, default: float | httpx.Timeout | None) -> RequestOptions:
    """The send's phone, headers and timeout for one poll: the timeout cut to what is left of the wait, no retries
    (the wait itself retries, within its deadline)."""
    polled: RequestOptions = {"max_retries": 0, "timeout": _bounded(options.get("timeout", default), remaining)}
    if "phone" in options:
        polled["phone"] = options["phone"]
    if "extra_headers" in options:
        polled["extra_headers"] = options["extra_headers"]
    return polled


def _bounded(timeout: float | httpx.Timeout | None, remaining: float) -> float | httpx.Timeout:
    remaining = max(remaining, 0.001)
    if isinstance(timeout, httpx.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        connect, read, write, pool = (remaining if p is None else min(p, remaining) for p in parts)
        return httpx.Timeout(connect=connect, read=read, write=write, pool=pool)
    return remaining if timeout is None else min(float(timeout), remaining)


class _Backoff:
    """The wait's clock: its deadline, the next pause (x1.5 up to 10 s, jittered), what a server asked for."""

    def __init__(self, timeout: float, interval: float) -> None:
        if not isinstance(timeout, (int, float)) or timeout < 0:
            raise PeriskopeError(f"timeout must be a number of seconds, 0 or more, got {timeout!r}")
        if not isinstance(interval, (int, float)) or interval <= 0:
            raise PeriskopeError(f"interval must be a number of seconds above 0, got {interval!r}")
        self.deadline = time.monotonic() + timeout
        self.interval = float(interval)
        self.asked = 0.0

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def pause(self) -> float:
        """Seconds to sleep before the next poll (never past the deadline)."""
        wait = max(self.interval * (1 - 0.25 * random.random()), self.asked)
        self.interval = min(self.interval * 1.5, MAX_INTERVAL)
        self.asked = 0.0
        return max(0.0, min(wait, self.remaining()))

    def transient(self, error: APIError) -> None:
        """Note a failed poll that a later one may get past; re-raise any other."""
        if isinstance(error, APIStatusError) and not (error.status_code in {408, 429} or error.status_code >= 500):
            raise error
        if not isinstance(error, (APIStatusError, APIConnectionError)):
            raise error
        if isinstance(error, APIStatusError):
            asked = error.response.headers.get("retry-after", "")
            self.asked = float(asked) if asked.replace(".", "", 1).isdigit() else 0.0


class _Watch:
    """One wait: the sent message, what it waits for, the last status seen."""

    def __init__(self, handle: _Handle, until: Until, timeout: float, interval: float) -> None:
        self.handle = handle
        self.until = until
        self.timeout = timeout
        self.clock = _Backoff(timeout, interval)
        self.last: MessageStatus | None = None
        self.label = handle.unique_id or handle.queue_id

    def see(self, status: MessageStatus) -> bool:
        """Note a status of this message; whether it is the one waited for (MessageFailedError if it failed)."""
        self.last = status
        return reached(status, self.until, self.label)

    def is_about(self, status: MessageStatus) -> bool:
        return _is_about(status, self.handle.unique_id, self.handle.queue_id)

    def poll_options(self, default: float | httpx.Timeout | None) -> RequestOptions:
        return poll_options(self.handle.request_options, self.clock.remaining(), default)

    def check_time(self) -> None:
        if self.clock.remaining() > 0:
            return
        goal = self.until.name if isinstance(self.until, Ack) else "the awaited state"
        ack = ack_of(self.last) if self.last is not None else None
        seen = f"; last ack {ack.name if ack is not None else 'unknown'}"
        message = f"message {self.label} did not reach {goal} within {self.timeout:g}s{seen}"
        raise WaitTimeoutError(message, last_status=self.last)

    def quiet_until(self) -> float:
        return min(time.monotonic() + self.clock.interval, self.clock.deadline)


def wait_sync(
    handle: _Handle, messages: Messages, until: Until, timeout: float, interval: float, events: DeliveryEvents | None
) -> MessageStatus:
    watch = _Watch(handle, until, timeout, interval)
    inbox: queue.Queue[MessageStatus] = queue.Queue()
    stop = events._listen(inbox.put) if events is not None else None
    try:
        while True:
            if events is not None and (done := _from_events_sync(watch, inbox)):
                return done
            watch.check_time()
            if done := _poll_sync(watch, messages):
                return done
            watch.check_time()
            if events is None:
                _retry.sleep(watch.clock.pause())
    finally:
        if stop is not None:
            stop()


def _from_events_sync(watch: _Watch, inbox: queue.Queue[MessageStatus]) -> MessageStatus | None:
    """Statuses from events until they stop for a pause (then the caller polls once)."""
    quiet_until = time.monotonic() + watch.clock.pause()
    while (left := quiet_until - time.monotonic()) > 0:
        try:
            status = inbox.get(timeout=left)
        except queue.Empty:
            return None
        if watch.is_about(status):
            if watch.see(status):
                return status
            quiet_until = watch.quiet_until()  # events flow: no poll yet
    return None


def _poll_sync(watch: _Watch, messages: Messages) -> MessageStatus | None:
    options = watch.poll_options(messages._client.timeout)
    handle = watch.handle
    try:
        if handle.unique_id:
            status = messages.status(handle.unique_id, **options)
        else:
            status = status_of_message(messages.get(handle.queue_id, **options))
    except NotFoundError:
        return None  # not known yet: the phone has not sent it
    except APIError as error:
        watch.clock.transient(error)
        return None
    return status if watch.see(status) else None


async def wait_async(
    handle: _Handle,
    messages: AsyncMessages,
    until: Until,
    timeout: float,
    interval: float,
    events: DeliveryEvents | None,
) -> MessageStatus:
    import asyncio  # noqa: PLC0415 - sync users never need it

    watch = _Watch(handle, until, timeout, interval)
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[MessageStatus] = asyncio.Queue()
    stop = None
    if events is not None:

        def hand_over(status: MessageStatus) -> None:
            loop.call_soon_threadsafe(inbox.put_nowait, status)

        stop = events._listen(hand_over)
    try:
        while True:
            if events is not None and (done := await _from_events_async(watch, inbox)):
                return done
            watch.check_time()
            if done := await _poll_async(watch, messages):
                return done
            watch.check_time()
            if events is None:
                await _retry.async_sleep(watch.clock.pause())
    finally:
        if stop is not None:
            stop()


async def _from_events_async(watch: _Watch, inbox: asyncio.Queue[MessageStatus]) -> MessageStatus | None:
    import asyncio  # noqa: PLC0415

    quiet_until = time.monotonic() + watch.clock.pause()
    while (left := quiet_until - time.monotonic()) > 0:
        try:
            status = await asyncio.wait_for(inbox.get(), left)
        except TimeoutError:
            return None
        if watch.is_about(status):
            if watch.see(status):
                return status
            quiet_until = watch.quiet_until()
    return None


async def _poll_async(watch: _Watch, messages: AsyncMessages) -> MessageStatus | None:
    options = watch.poll_options(messages._client.timeout)
    handle = watch.handle
    try:
        if handle.unique_id:
            status = await messages.status(handle.unique_id, **options)
        else:
            status = status_of_message(await messages.get(handle.queue_id, **options))
    except NotFoundError:
        return None
    except APIError as error:
        watch.clock.transient(error)
        return None
    return status if watch.see(status) else None


# Resolving an uncertain send ----------------------------------------------------------------------------------------


def uncertain_send(error: object) -> SentRequest:
    """What an error's send was; a PeriskopeError when the error is not about a send."""
    sent = getattr(error, "sent", None)
    if not isinstance(error, APIError) or not isinstance(sent, SentRequest):
        raise PeriskopeError(f"nothing to resolve: {type(error).__name__} is not the error of a send")
    if sent.method != "POST" or not sent.path.endswith(SEND_PATH) or not isinstance(sent.body, Mapping):
        raise PeriskopeError(f"resolve() handles messages.send; this error is from {sent.method} {sent.path}")
    if not isinstance(sent.body.get("chat_id"), str):
        raise PeriskopeError("resolve(): the failed send has no chat_id")
    return sent


def _is_the_send(message: Message, sent: SentRequest) -> bool:
    """From me, the same text (or caption) and media, and not older than the send."""
    body = sent.body or {}
    if message.from_me is not True:
        return False
    if isinstance(message.timestamp, datetime) and message.timestamp < sent.started_at - CLOCK_SKEW:
        return False
    text = body.get("message")
    if isinstance(text, str) and (message.body if isinstance(message.body, str) else "") != text:
        return False
    media = body.get("media")
    if isinstance(media, Mapping):
        has_media = message.has_media is True or (message.media is not None and bool(message.media.to_dict()))
        name = media.get("filename")
        got = message.media.filename if message.media is not None else None
        if not has_media or (isinstance(name, str) and isinstance(got, str) and got != name):
            return False
    return True


def _older_than_send(message: Message, sent: SentRequest) -> bool:
    return isinstance(message.timestamp, datetime) and message.timestamp < sent.started_at - CLOCK_SKEW


def _queued_job(jobs: list[MessageQueueJob], sent: SentRequest) -> bool:
    """Whether the queue holds a job for this send that has not failed (queued, or sent moments ago)."""
    body = sent.body or {}
    for job in jobs:
        if job.chat_id != body.get("chat_id") or str(job.status) == "failed":
            continue
        text = body.get("message")
        job_body = job.message.body if isinstance(job.message, MessageQueueJobMessage) else None
        if isinstance(text, str) and isinstance(job_body, str) and job_body != text:
            continue
        queued = job.timeline.queued_at if isinstance(job.timeline, MessageQueueJobTimeline) else None
        if isinstance(queued, datetime) and queued < sent.started_at - CLOCK_SKEW:
            continue
        return True
    return False


def _options(sent: SentRequest) -> RequestOptions:
    return {"phone": sent.phone} if sent.phone else {}


def send_once_sync(messages: Messages, send: Callable[[], T], found: Callable[[Message], T]) -> T:
    """`send()`; after a failure that may have reached the server, resolve it: the message found, or (provably
    absent) one more `send()`. Never two sends of one message that could both arrive."""
    try:
        return send()
    except APIError as error:
        if not error.may_have_been_sent:
            raise
        message = resolve_sync(messages, error)
    return found(message) if message is not None else send()


async def send_once_async(
    messages: AsyncMessages, send: Callable[[], Awaitable[T]], found: Callable[[Message], T]
) -> T:
    try:
        return await send()
    except APIError as error:
        if not error.may_have_been_sent:
            raise
        message = await resolve_async(messages, error)
    return found(message) if message is not None else await send()


def resolve_sync(messages: Messages, error: APIError) -> Message | None:
    sent = uncertain_send(error)
    if not error.may_have_been_sent:
        return None
    chat = str((sent.body or {})["chat_id"])
    client = messages._client
    seen = 0
    for seen, message in enumerate(  # noqa: B007 - seen: how far the window went
        client.chats.list_chat_messages(chat, limit=50, max_items=RESOLVE_WINDOW, **_options(sent)), start=1
    ):
        if _is_the_send(message, sent):
            return message
        if _older_than_send(message, sent):
            break
    else:
        if seen >= RESOLVE_WINDOW:
            raise UnresolvedSendError(f"{chat} has more than {RESOLVE_WINDOW} new messages to check", error=error)
    if _queued_job(client.queue.list_jobs(**_options(sent)), sent):
        raise UnresolvedSendError("the message is in the queue, not yet sent: do not send it again", error=error)
    return None


async def resolve_async(messages: AsyncMessages, error: APIError) -> Message | None:
    sent = uncertain_send(error)
    if not error.may_have_been_sent:
        return None
    chat = str((sent.body or {})["chat_id"])
    client = messages._client
    seen = 0
    async for message in client.chats.list_chat_messages(chat, limit=50, max_items=RESOLVE_WINDOW, **_options(sent)):
        seen += 1
        if _is_the_send(message, sent):
            return message
        if _older_than_send(message, sent):
            break
    else:
        if seen >= RESOLVE_WINDOW:
            raise UnresolvedSendError(f"{chat} has more than {RESOLVE_WINDOW} new messages to check", error=error)
    if _queued_job(await client.queue.list_jobs(**_options(sent)), sent):
        raise UnresolvedSendError("the message is in the queue, not yet sent: do not send it again", error=error)
    return None


# Broadcasts ---------------------------------------------------------------------------------------------------------

_BROADCAST_OVER = ("expired", "stopped")


def broadcast_done(status: BroadcastStatus, until: Callable[[BroadcastStatus], bool] | None, label: str) -> bool:
    """Whether a broadcast's status is the one waited for: `until`, else completed (MessageFailedError when it
    expired or was stopped: it will never complete)."""
    if until is not None:
        return bool(until(status))
    state = str(status.broadcast_status) if isinstance(status.broadcast_status, str) else None
    if state in _BROADCAST_OVER:
        raise MessageFailedError(f"broadcast {label} {state} before completing", last_status=status)
    return state == "completed"


class _Broadcast(Protocol):
    @property
    def broadcast_id(self) -> str: ...
    @property
    def request_options(self) -> RequestOptions: ...


def _broadcast_timeout(handle: _Broadcast, timeout: float, last: BroadcastStatus | None) -> WaitTimeoutError:
    state = last.broadcast_status if last is not None and isinstance(last.broadcast_status, str) else "unknown"
    message = f"broadcast {handle.broadcast_id} did not complete within {timeout:g}s; last state {state}"
    return WaitTimeoutError(message, last_status=last)


def wait_broadcast_sync(
    handle: _Broadcast,
    queues: Queue,
    until: Callable[[BroadcastStatus], bool] | None,
    timeout: float,
    interval: float,
) -> BroadcastStatus:
    clock = _Backoff(timeout, interval)
    last: BroadcastStatus | None = None
    while clock.remaining() > 0:
        options = poll_options(handle.request_options, clock.remaining(), queues._client.timeout)
        try:
            last = queues.broadcast_status(broadcast_id=handle.broadcast_id, **options)
            if broadcast_done(last, until, handle.broadcast_id):
                return last
        except NotFoundError:
            pass
        except APIError as error:
            clock.transient(error)
        _retry.sleep(clock.pause())
    raise _broadcast_timeout(handle, timeout, last)


async def wait_broadcast_async(
    handle: _Broadcast,
    queues: AsyncQueue,
    until: Callable[[BroadcastStatus], bool] | None,
    timeout: float,
    interval: float,
) -> BroadcastStatus:
    clock = _Backoff(timeout, interval)
    last: BroadcastStatus | None = None
    while clock.remaining() > 0:
        options = poll_options(handle.request_options, clock.remaining(), queues._client.timeout)
        try:
            last = await queues.broadcast_status(broadcast_id=handle.broadcast_id, **options)
            if broadcast_done(last, until, handle.broadcast_id):
                return last
        except NotFoundError:
            pass
        except APIError as error:
            clock.transient(error)
        await _retry.async_sleep(clock.pause())
    raise _broadcast_timeout(handle, timeout, last)
