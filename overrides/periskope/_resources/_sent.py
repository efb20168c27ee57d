"""What messages.send returns: the queue ticket, and a way to wait for the message to be sent or delivered."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from periskope_api.models import Ack, Message, SendResult

from .. import _retry
from .._errors import MessageFailedError, NotFoundError, WaitTimeoutError

if TYPE_CHECKING:
    from .messages import AsyncMessages, Messages


class _SentMessage:
    """What `messages.send` returns: the queue ticket. The message itself exists once the phone has sent it."""

    def __init__(self, result: SendResult) -> None:
        self.result = result

    @property
    def queue_id(self) -> str:
        return self.result.queue_id if isinstance(self.result.queue_id, str) else ""

    @property
    def unique_id(self) -> str | None:
        return self.result.unique_id if isinstance(self.result.unique_id, str) else None

    @property
    def queue_position(self) -> int | None:
        return self.result.queue_position

    def _reached(self, message: Message, until: Ack) -> bool:
        ack = message.ack
        if isinstance(ack, Ack) and ack == Ack.ERROR:
            raise MessageFailedError(f"message {self.queue_id} failed to send (ack ERROR)")
        return isinstance(ack, Ack) and ack >= until

    def __repr__(self) -> str:
        return f"<{type(self).__name__} queue_id={self.queue_id!r} position={self.queue_position!r}>"


class SentMessage(_SentMessage):
    def __init__(self, result: SendResult, messages: Messages) -> None:
        super().__init__(result)
        self._messages = messages

    def wait(self, until: Ack = Ack.SERVER, *, timeout: float = 60.0, interval: float = 1.0) -> Message:
        """Poll GET /message/{queue_id}, backing off, until the message reaches `until` (Ack.SERVER: sent;
        DEVICE: delivered; READ: read). Raises WaitTimeoutError after `timeout` s, MessageFailedError on ack ERROR."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self._messages.get(self.queue_id)
                if self._reached(message, until):
                    return message
            except NotFoundError:
                pass  # still queued: the queue_id resolves once the phone has sent it
            if time.monotonic() + interval > deadline:
                raise WaitTimeoutError(f"message {self.queue_id} did not reach {until.name} within {timeout:g}s")
            _retry.sleep(interval)
            interval = min(interval * 1.5, 10.0)


class AsyncSentMessage(_SentMessage):
    def __init__(self, result: SendResult, messages: AsyncMessages) -> None:
        super().__init__(result)
        self._messages = messages

    async def wait(self, until: Ack = Ack.SERVER, *, timeout: float = 60.0, interval: float = 1.0) -> Message:
        """Poll GET /message/{queue_id} until the message reaches `until`; see SentMessage.wait."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = await self._messages.get(self.queue_id)
                if self._reached(message, until):
                    return message
            except NotFoundError:
                pass
            if time.monotonic() + interval > deadline:
                raise WaitTimeoutError(f"message {self.queue_id} did not reach {until.name} within {timeout:g}s")
            await _retry.async_sleep(interval)
            interval = min(interval * 1.5, 10.0)
