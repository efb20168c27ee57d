"""client.messages: the generated methods, and `send` and `broadcast`, which return handles that can wait for the
delivery; `resolve`, which settles a send that may or may not have reached the server."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope_api.models import (
    BroadcastMessageBodyMedia,
    BroadcastMessageBodyPoll,
    BroadcastMessageBodyVariablesItem,
    SendMessageBodyMedia,
    SendMessageBodyPoll,
)
from periskope_api.resources import messages as generated

from .._resource_base import RequestOptions, async_raw_response, raw_response
from ._sent import AsyncSentBroadcast, AsyncSentMessage, OnUncertain, SentBroadcast, SentMessage, sent_result

if TYPE_CHECKING:
    from periskope_api.models import Message

    from .._errors import APIError

# ruff: noqa: PLC0415 - the delivery policy loads on the first uncertain send or resolve, not at import

Media = SendMessageBodyMedia | Mapping[str, Any]
Poll = SendMessageBodyPoll | Mapping[str, Any]
BroadcastMedia = Mapping[str, Any] | BroadcastMessageBodyMedia
BroadcastPoll = Mapping[str, Any] | BroadcastMessageBodyPoll
Variables = Sequence[Mapping[str, Any] | BroadcastMessageBodyVariablesItem]


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
        on_uncertain: OnUncertain = "raise",
        **request: Unpack[RequestOptions],
    ) -> SentMessage:
        """Queue a message to a chat (`919876543210@c.us`, or a group `...@g.us`). Never retried once it may have
        reached the server. `.wait()` on the result waits for its delivery. `on_uncertain="resolve"`: after a
        failure that may have reached the server, look for the message (`resolve`) and send again only when it
        is provably absent."""
        call = generated._send_message(chat_id, message, media, reply_to, poll, hide_url_preview).then(
            lambda result: SentMessage(result, self, request)
        )
        if on_uncertain == "raise":
            return self._request(call, request)
        from .._delivery import send_once_sync

        return send_once_sync(
            self, lambda: self._request(call, request), lambda found: SentMessage(sent_result(found), self, request)
        )

    def resolve(self, error: APIError) -> Message | None:
        """After a send failed with `error.may_have_been_sent`: the Message if it reached the chat, None if it
        provably did not (send again). UnresolvedSendError when that cannot be told (still queued, a busy chat)."""
        from .._delivery import resolve_sync

        return resolve_sync(self, error)

    def broadcast(
        self,
        *,
        chat_ids: Sequence[str],
        message: str | None = None,
        media: BroadcastMedia | None = None,
        poll: BroadcastPoll | None = None,
        reply_to: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        variables: Variables | None = None,
        **request: Unpack[RequestOptions],
    ) -> SentBroadcast:
        """Send one message to many chats, `delay` seconds apart (default 1), now or at `scheduled_at` (ISO, UTC).
        `.wait()` on the result waits until it completes."""
        call = generated._broadcast_message(chat_ids, message, media, poll, reply_to, scheduled_at, delay, variables)
        return self._request(call.then(lambda result: SentBroadcast(result, self._client.queue, request)), request)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)


class MessagesWithRawResponse(generated.MessagesWithRawResponse):
    def __init__(self, messages: Messages) -> None:
        super().__init__(messages)
        self.send = raw_response(messages.send)
        self.broadcast = raw_response(messages.broadcast)


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
        on_uncertain: OnUncertain = "raise",
        **request: Unpack[RequestOptions],
    ) -> AsyncSentMessage:
        """Queue a message to a chat; see Messages.send."""
        call = generated._send_message(chat_id, message, media, reply_to, poll, hide_url_preview).then(
            lambda result: AsyncSentMessage(result, self, request)
        )
        if on_uncertain == "raise":
            return await self._request(call, request)
        from .._delivery import send_once_async

        return await send_once_async(
            self,
            lambda: self._request(call, request),
            lambda found: AsyncSentMessage(sent_result(found), self, request),
        )

    async def resolve(self, error: APIError) -> Message | None:
        """After a send failed with `error.may_have_been_sent`; see Messages.resolve."""
        from .._delivery import resolve_async

        return await resolve_async(self, error)

    async def broadcast(
        self,
        *,
        chat_ids: Sequence[str],
        message: str | None = None,
        media: BroadcastMedia | None = None,
        poll: BroadcastPoll | None = None,
        reply_to: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        variables: Variables | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncSentBroadcast:
        """Send one message to many chats; see Messages.broadcast."""
        call = generated._broadcast_message(chat_ids, message, media, poll, reply_to, scheduled_at, delay, variables)
        broadcast = call.then(lambda result: AsyncSentBroadcast(result, self._client.queue, request))
        return await self._request(broadcast, request)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)


class AsyncMessagesWithRawResponse(generated.AsyncMessagesWithRawResponse):
    def __init__(self, messages: AsyncMessages) -> None:
        super().__init__(messages)
        self.send = async_raw_response(messages.send)
        self.broadcast = async_raw_response(messages.broadcast)
