"""What messages.send and broadcast return: the queue ticket, and a way to wait until the message reaches a delivery
level (the broadcast completes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from periskope_api.models import Ack

if TYPE_CHECKING:
    from periskope_api.models import BroadcastResult, BroadcastStatus, Message, MessageStatus, SendResult

    from .._delivery import DeliveryEvents
    from .._resource_base import RequestOptions
    from .messages import AsyncMessages, Messages
    from .queue import AsyncQueue, Queue

# The waiting and resolving policy (periskope/_delivery.py) loads on first use.
# ruff: noqa: PLC0415

Until = Ack | Callable[["MessageStatus"], bool]  # a level, or a predicate on the status (groups: read_count >= 3)
BroadcastUntil = Callable[["BroadcastStatus"], bool] | None
OnUncertain = Literal["raise", "resolve"]


def sent_result(message: Message) -> SendResult:
    """The send result a message found by `resolve` stands for: its queue id and unique id."""
    from periskope_api.models import SendResult

    fields = {"queue_id": message.sent_message_id, "unique_id": message.unique_id}
    return SendResult.from_dict({key: value for key, value in fields.items() if isinstance(value, str)})


class _SentMessage:
    """What `messages.send` returns: the queue ticket. The message itself exists once the phone has sent it."""

    def __init__(self, result: SendResult, request_options: RequestOptions | None = None) -> None:
        self.result = result
        self.request_options: RequestOptions = dict(request_options or {})  # type: ignore[assignment]

    @property
    def queue_id(self) -> str:
        return self.result.queue_id if isinstance(self.result.queue_id, str) else ""

    @property
    def unique_id(self) -> str | None:
        """The id for `messages.status()`, and the last part of the message_id once sent."""
        return self.result.unique_id if isinstance(self.result.unique_id, str) and self.result.unique_id else None

    @property
    def queue_position(self) -> int | None:
        return self.result.queue_position

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} queue_id={self.queue_id!r} unique_id={self.unique_id!r} "
            f"position={self.queue_position!r}>"
        )


class SentMessage(_SentMessage):
    def __init__(self, result: SendResult, messages: Messages, request_options: RequestOptions | None = None) -> None:
        super().__init__(result, request_options)
        self._messages = messages

    def wait(
        self,
        until: Until = Ack.DELIVERED,
        *,
        timeout: float = 60.0,
        interval: float = 1.0,
        events: DeliveryEvents | None = None,
    ) -> MessageStatus:
        """Wait until the message reaches `until`: an Ack level (SENT, DELIVERED, READ, ... see Ack) or a predicate
        on the MessageStatus (`lambda s: (s.read_count or 0) >= 3`). Polls GET /message/{unique_id}/status (GET
        /message/{queue_id} when the send returned no unique_id) with the send's phone, headers and timeout, backing
        off with jitter from `interval` s; with `events` (DeliveryEvents), resolves from message events and polls only
        when they stop. Never takes longer than `timeout` s, sleeps and retries included: WaitTimeoutError (with
        `.last_status`) then; MessageFailedError when the message failed."""
        from .._delivery import wait_sync

        return wait_sync(self, self._messages, until, timeout, interval, events)


class AsyncSentMessage(_SentMessage):
    def __init__(
        self, result: SendResult, messages: AsyncMessages, request_options: RequestOptions | None = None
    ) -> None:
        super().__init__(result, request_options)
        self._messages = messages

    async def wait(
        self,
        until: Until = Ack.DELIVERED,
        *,
        timeout: float = 60.0,
        interval: float = 1.0,
        events: DeliveryEvents | None = None,
    ) -> MessageStatus:
        """Wait until the message reaches `until`; see SentMessage.wait."""
        from .._delivery import wait_async

        return await wait_async(self, self._messages, until, timeout, interval, events)


class _SentBroadcast:
    """What `messages.broadcast` returns: the broadcast's id, and a way to wait until it completes."""

    def __init__(self, result: BroadcastResult, request_options: RequestOptions | None = None) -> None:
        self.result = result
        self.request_options: RequestOptions = dict(request_options or {})  # type: ignore[assignment]

    @property
    def broadcast_id(self) -> str:
        return self.result.broadcast_id if isinstance(self.result.broadcast_id, str) else ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} broadcast_id={self.broadcast_id!r}>"


class SentBroadcast(_SentBroadcast):
    def __init__(self, result: BroadcastResult, queue: Queue, request_options: RequestOptions | None = None) -> None:
        super().__init__(result, request_options)
        self._queue = queue

    def wait(self, until: BroadcastUntil = None, *, timeout: float = 300.0, interval: float = 2.0) -> BroadcastStatus:
        """Poll `queue.broadcast_status` (with the broadcast's phone and options, backing off with jitter) until the
        broadcast completes, or until `until(status)` holds (`lambda s: (s.total_read_count or 0) >= 10`). Bounded by
        `timeout` like SentMessage.wait: WaitTimeoutError, or MessageFailedError when it expired or was stopped."""
        from .._delivery import wait_broadcast_sync

        return wait_broadcast_sync(self, self._queue, until, timeout, interval)


class AsyncSentBroadcast(_SentBroadcast):
    def __init__(
        self, result: BroadcastResult, queue: AsyncQueue, request_options: RequestOptions | None = None
    ) -> None:
        super().__init__(result, request_options)
        self._queue = queue

    async def wait(
        self, until: BroadcastUntil = None, *, timeout: float = 300.0, interval: float = 2.0
    ) -> BroadcastStatus:
        """Wait until the broadcast completes; see SentBroadcast.wait."""
        from .._delivery import wait_broadcast_async

        return await wait_broadcast_async(self, self._queue, until, timeout, interval)
