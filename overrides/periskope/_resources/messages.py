"""client.messages"""

from __future__ import annotations

from typing import TYPE_CHECKING

from periskope_api.api.message import get_message
from periskope_api.models import Message

from .._call import Call
from .._errors import PeriskopeError
from .._response import APIResponse, decoder

if TYPE_CHECKING:
    from .._client import AsyncPeriskope, Periskope, Timeout

_decode_message = decoder(get_message.parse_response, Message)


def _get_call(message_id: str) -> Call[Message]:
    if not isinstance(message_id, str) or not message_id.strip():
        raise PeriskopeError(f"message_id must be a non-empty string, got {message_id!r}")
    return Call(get_message.request_kwargs(message_id), _decode_message, idempotent=True)


class Messages:
    def __init__(self, client: Periskope) -> None:
        self._client = client
        self.with_raw_response = MessagesWithRawResponse(self)

    def get(self, message_id: str, *, phone: str | int | None = None, timeout: Timeout = None) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with.

        `phone` overrides the client's x-phone for this call.
        """
        return self._get(message_id, phone=phone, timeout=timeout).parse()

    def _get(self, message_id: str, *, phone: str | int | None = None, timeout: Timeout = None) -> APIResponse[Message]:
        return self._client.request(_get_call(message_id), phone=phone, timeout=timeout)


class MessagesWithRawResponse:
    """The same methods, returning the APIResponse (status, headers, rate limit, trace id; `.parse()`)."""

    def __init__(self, messages: Messages) -> None:
        self.get = messages._get


class AsyncMessages:
    def __init__(self, client: AsyncPeriskope) -> None:
        self._client = client
        self.with_raw_response = AsyncMessagesWithRawResponse(self)

    async def get(self, message_id: str, *, phone: str | int | None = None, timeout: Timeout = None) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with.

        `phone` overrides the client's x-phone for this call.
        """
        return (await self._get(message_id, phone=phone, timeout=timeout)).parse()

    async def _get(
        self, message_id: str, *, phone: str | int | None = None, timeout: Timeout = None
    ) -> APIResponse[Message]:
        return await self._client.request(_get_call(message_id), phone=phone, timeout=timeout)


class AsyncMessagesWithRawResponse:
    """The same methods, returning the APIResponse (status, headers, rate limit, trace id; `.parse()`)."""

    def __init__(self, messages: AsyncMessages) -> None:
        self.get = messages._get
