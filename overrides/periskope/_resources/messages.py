"""client.messages: the generated methods, and `send`, which returns a handle that can wait until it is sent."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from periskope_api.models import SendMessageBodyMedia, SendMessageBodyPoll
from periskope_api.resources import messages as generated

from .._resource import RequestOptions, async_raw_response, raw_response
from ._sent import AsyncSentMessage, SentMessage

Media = SendMessageBodyMedia | Mapping[str, Any]
Poll = SendMessageBodyPoll | Mapping[str, Any]


class Messages(generated.Messages):
    def send(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        poll: Poll | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> SentMessage:
        """Queue a message to a chat (`919876543210@c.us`, or a group `...@g.us`). Never retried once it may have
        reached the server. `.wait()` on the result polls until it is sent."""
        call = generated._send_message(chat_id, message, media, reply_to, poll, hide_url_preview)
        return self._request(call.then(lambda result: SentMessage(result, self)), request)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)


class MessagesWithRawResponse(generated.MessagesWithRawResponse):
    def __init__(self, messages: Messages) -> None:
        super().__init__(messages)
        self.send = raw_response(messages.send)


class AsyncMessages(generated.AsyncMessages):
    async def send(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        poll: Poll | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncSentMessage:
        """Queue a message to a chat; see Messages.send."""
        call = generated._send_message(chat_id, message, media, reply_to, poll, hide_url_preview)
        return await self._request(call.then(lambda result: AsyncSentMessage(result, self)), request)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)


class AsyncMessagesWithRawResponse(generated.AsyncMessagesWithRawResponse):
    def __init__(self, messages: AsyncMessages) -> None:
        super().__init__(messages)
        self.send = async_raw_response(messages.send)
