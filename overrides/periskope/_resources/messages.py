"""client.messages: send, broadcast, get, edit, forward, delete, react, pin."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope_api.api.message import get_message
from periskope_api.models import Message, SendResult

from .._call import Call
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    model,
    path_id,
    raw_response,
)
from .._response import decoder, no_content
from ._sent import AsyncSentBroadcast, AsyncSentMessage, OnUncertain, SentBroadcast, SentMessage, sent_result
from .docs_messages import AsyncMessagesDocsMixin, MessagesDocsMixin

if TYPE_CHECKING:
    from periskope_api.models import (
        BroadcastMessageBodyMedia,
        BroadcastMessageBodyPoll,
        BroadcastMessageBodyVariablesItem,
        BroadcastResult,
        SendMessageBodyMedia,
        SendMessageBodyPoll,
    )

    from .._errors import APIError

    Media = SendMessageBodyMedia | Mapping[str, Any]
    Poll = SendMessageBodyPoll | Mapping[str, Any]

# ruff: noqa: PLC0415 - each operation but get loads its request models on first use, not at import

_decode_message = decoder(get_message.parse_response, Message)


def _get(message_id: str) -> Call[Message]:
    return Call(get_message.request_kwargs(path_id("message_id", message_id)), _decode_message, idempotent=True)


def _send(
    chat_id: str, message: str | None, media: Media | None, reply_to: str | None, poll: Poll | None,
    hide_url_preview: bool | None,
) -> Call[SendResult]:  # fmt: skip
    from periskope_api.api.message import send_message
    from periskope_api.models import SendMessageBody, SendMessageBodyMedia, SendMessageBodyOptions, SendMessageBodyPoll
    from periskope_api.models import SendResult as Result

    body = SendMessageBody(
        chat_id=path_id("chat_id", chat_id),
        message=given(message),
        media=model(SendMessageBodyMedia.from_dict, media),
        reply_to=given(reply_to),
        poll=model(SendMessageBodyPoll.from_dict, poll),
        options=SendMessageBodyOptions(hide_url_preview=hide_url_preview)
        if hide_url_preview is not None
        else given(None),
    )
    return Call(send_message.request_kwargs(body=body), decoder(send_message.parse_response, Result), idempotent=False)


def _broadcast(
    chat_ids: Sequence[str], message: str | None, media: Mapping[str, Any] | BroadcastMessageBodyMedia | None,
    poll: Mapping[str, Any] | BroadcastMessageBodyPoll | None, reply_to: str | None, scheduled_at: str | None,
    delay: float | None, variables: Sequence[Mapping[str, Any] | BroadcastMessageBodyVariablesItem] | None,
) -> Call[BroadcastResult]:  # fmt: skip
    from periskope_api.api.message import broadcast_message
    from periskope_api.models import BroadcastMessageBody, BroadcastMessageBodyMedia, BroadcastMessageBodyPoll
    from periskope_api.models import BroadcastMessageBodyVariablesItem as Variables
    from periskope_api.models import BroadcastResult as Result

    body = BroadcastMessageBody(
        chat_ids=list(chat_ids),
        message=given(message),
        media=model(BroadcastMessageBodyMedia.from_dict, media),
        poll=model(BroadcastMessageBodyPoll.from_dict, poll),
        reply_to=given(reply_to),
        scheduled_at=given(scheduled_at),
        delay=given(delay),
        variables=given(
            [Variables.from_dict(v) if isinstance(v, Mapping) else v for v in variables]
            if variables is not None
            else None
        ),
    )
    return Call(
        broadcast_message.request_kwargs(body=body), decoder(broadcast_message.parse_response, Result), idempotent=False
    )


def _edit(message_id: str, edited_body: str) -> Call[None]:
    from periskope_api.api.message import edit_message
    from periskope_api.models import EditMessageBody

    body = EditMessageBody(edited_body=edited_body)
    return Call(edit_message.request_kwargs(path_id("message_id", message_id), body=body), no_content, idempotent=False)


def _forward(message_id: str, forward_chat_ids: Sequence[str]) -> Call[None]:
    from periskope_api.api.message import forward_message
    from periskope_api.models import ForwardMessageBody

    body = ForwardMessageBody(forward_chat_ids=list(forward_chat_ids))
    kwargs = forward_message.request_kwargs(path_id("message_id", message_id), body=body)
    return Call(kwargs, no_content, idempotent=False)


def _delete(message_id: str) -> Call[None]:
    from periskope_api.api.message import delete_message

    return Call(delete_message.request_kwargs(path_id("message_id", message_id)), no_content, idempotent=False)


def _react(message_id: str, reaction: str) -> Call[None]:
    from periskope_api.api.message import react_to_message
    from periskope_api.models import ReactToMessageBody

    body = ReactToMessageBody(reaction=reaction)
    kwargs = react_to_message.request_kwargs(path_id("message_id", message_id), body=body)
    return Call(kwargs, no_content, idempotent=False)


def _pin(message_id: str, pin: bool) -> Call[None]:
    from periskope_api.api.message import pin_message
    from periskope_api.models import PinMessageBody

    # Setting a pin state twice leaves the same state: safe to retry.
    body = PinMessageBody(pin=pin)
    return Call(pin_message.request_kwargs(path_id("message_id", message_id), body=body), no_content, idempotent=True)


class Messages(MessagesDocsMixin, SyncResource):
    def get(self, message_id: str, **request: Unpack[RequestOptions]) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with."""
        return self._request(_get(message_id), request)

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
        call = _send(chat_id, message, media, reply_to, poll, hide_url_preview).then(
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
        media: Mapping[str, Any] | BroadcastMessageBodyMedia | None = None,
        poll: Mapping[str, Any] | BroadcastMessageBodyPoll | None = None,
        reply_to: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        variables: Sequence[Mapping[str, Any] | BroadcastMessageBodyVariablesItem] | None = None,
        **request: Unpack[RequestOptions],
    ) -> SentBroadcast:
        """Send one message to many chats, `delay` seconds apart (default 1), now or at `scheduled_at` (ISO, UTC).
        `.wait()` on the result waits until it completes."""
        call = _broadcast(chat_ids, message, media, poll, reply_to, scheduled_at, delay, variables)
        return self._request(call.then(lambda result: SentBroadcast(result, self._client.queue, request)), request)

    def edit(self, message_id: str, *, edited_body: str, **request: Unpack[RequestOptions]) -> None:
        """Edit the text (or caption) of a sent message, within 15 minutes of delivery."""
        return self._request(_edit(message_id, edited_body), request)

    def forward(self, message_id: str, *, forward_chat_ids: Sequence[str], **request: Unpack[RequestOptions]) -> None:
        return self._request(_forward(message_id, forward_chat_ids), request)

    def delete(self, message_id: str, **request: Unpack[RequestOptions]) -> None:
        """Delete a message for everyone."""
        return self._request(_delete(message_id), request)

    def react(self, message_id: str, *, reaction: str, **request: Unpack[RequestOptions]) -> None:
        """React with an emoji; an empty string removes the reaction."""
        return self._request(_react(message_id, reaction), request)

    def pin(self, message_id: str, *, pin: bool = True, **request: Unpack[RequestOptions]) -> None:
        """Pin (or, with pin=False, unpin) a message in its chat."""
        return self._request(_pin(message_id, pin), request)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)


class MessagesWithRawResponse:
    def __init__(self, messages: Messages) -> None:
        self.get = raw_response(messages.get)
        self.send = raw_response(messages.send)
        self.broadcast = raw_response(messages.broadcast)
        self.edit = raw_response(messages.edit)
        self.forward = raw_response(messages.forward)
        self.delete = raw_response(messages.delete)
        self.react = raw_response(messages.react)
        self.pin = raw_response(messages.pin)
        self.send_sync = raw_response(messages.send_sync)
        self.status = raw_response(messages.status)


class AsyncMessages(AsyncMessagesDocsMixin, AsyncResource):
    async def get(self, message_id: str, **request: Unpack[RequestOptions]) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with."""
        return await self._request(_get(message_id), request)

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
        call = _send(chat_id, message, media, reply_to, poll, hide_url_preview).then(
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
        media: Mapping[str, Any] | BroadcastMessageBodyMedia | None = None,
        poll: Mapping[str, Any] | BroadcastMessageBodyPoll | None = None,
        reply_to: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        variables: Sequence[Mapping[str, Any] | BroadcastMessageBodyVariablesItem] | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncSentBroadcast:
        """Send one message to many chats; see Messages.broadcast."""
        call = _broadcast(chat_ids, message, media, poll, reply_to, scheduled_at, delay, variables)
        broadcast = call.then(lambda result: AsyncSentBroadcast(result, self._client.queue, request))
        return await self._request(broadcast, request)

    async def edit(self, message_id: str, *, edited_body: str, **request: Unpack[RequestOptions]) -> None:
        return await self._request(_edit(message_id, edited_body), request)

    async def forward(
        self, message_id: str, *, forward_chat_ids: Sequence[str], **request: Unpack[RequestOptions]
    ) -> None:
        return await self._request(_forward(message_id, forward_chat_ids), request)

    async def delete(self, message_id: str, **request: Unpack[RequestOptions]) -> None:
        return await self._request(_delete(message_id), request)

    async def react(self, message_id: str, *, reaction: str, **request: Unpack[RequestOptions]) -> None:
        return await self._request(_react(message_id, reaction), request)

    async def pin(self, message_id: str, *, pin: bool = True, **request: Unpack[RequestOptions]) -> None:
        return await self._request(_pin(message_id, pin), request)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)


class AsyncMessagesWithRawResponse:
    def __init__(self, messages: AsyncMessages) -> None:
        self.get = async_raw_response(messages.get)
        self.send = async_raw_response(messages.send)
        self.broadcast = async_raw_response(messages.broadcast)
        self.edit = async_raw_response(messages.edit)
        self.forward = async_raw_response(messages.forward)
        self.delete = async_raw_response(messages.delete)
        self.react = async_raw_response(messages.react)
        self.pin = async_raw_response(messages.pin)
        self.send_sync = async_raw_response(messages.send_sync)
        self.status = async_raw_response(messages.status)
