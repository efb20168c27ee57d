# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.messages"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    model,
    model_list,
    path_id,
    raw_response,
)
from periskope._response import decoder, no_content

from ..api.message import (
    broadcast_message,
    delete_message,
    edit_message,
    forward_message,
    get_message,
    pin_message,
    react_to_message,
    send_message,
    send_message_sync,
)
from ..models import (
    BroadcastMessageBody,
    BroadcastMessageBodyMedia,
    BroadcastMessageBodyPoll,
    BroadcastMessageBodyVariablesItem,
    BroadcastResult,
    EditMessageBody,
    ForwardMessageBody,
    Message,
    PinMessageBody,
    ReactToMessageBody,
    SendMessageBody,
    SendMessageBodyMedia,
    SendMessageBodyOptions,
    SendMessageBodyPoll,
    SendMessageSyncBody,
    SendMessageSyncBodyMedia,
    SendMessageSyncBodyOptions,
    SendMessageSyncBodyPoll,
    SendResult,
    SendSyncResult,
)


def _broadcast_message(
    chat_ids: Sequence[str],
    message: str | None,
    scheduled_at: str | None,
    delay: float | None,
    media: BroadcastMessageBodyMedia | Mapping[str, Any] | None,
    poll: BroadcastMessageBodyPoll | Mapping[str, Any] | None,
    reply_to: str | None,
    variables: Sequence[BroadcastMessageBodyVariablesItem | Mapping[str, Any]] | None,
) -> Call[BroadcastResult]:
    kwargs = broadcast_message.request_kwargs(
        body=BroadcastMessageBody(
            chat_ids=list(chat_ids),
            message=given(message),
            scheduled_at=given(scheduled_at),
            delay=given(delay),
            media=model(BroadcastMessageBodyMedia.from_dict, media),
            poll=model(BroadcastMessageBodyPoll.from_dict, poll),
            reply_to=given(reply_to),
            variables=model_list(BroadcastMessageBodyVariablesItem.from_dict, variables),
        )
    )
    return Call(kwargs, decoder(broadcast_message.parse_response, BroadcastResult), idempotent=False)


def _delete_message(message_id: str) -> Call[None]:
    kwargs = delete_message.request_kwargs(path_id("message_id", message_id))
    return Call(kwargs, no_content, idempotent=False)


def _edit_message(message_id: str, edited_body: str) -> Call[None]:
    kwargs = edit_message.request_kwargs(
        path_id("message_id", message_id), body=EditMessageBody(edited_body=edited_body)
    )
    return Call(kwargs, no_content, idempotent=False)


def _forward_message(message_id: str, forward_chat_ids: Sequence[str]) -> Call[None]:
    kwargs = forward_message.request_kwargs(
        path_id("message_id", message_id), body=ForwardMessageBody(forward_chat_ids=list(forward_chat_ids))
    )
    return Call(kwargs, no_content, idempotent=False)


def _get_message(message_id: str) -> Call[Message]:
    kwargs = get_message.request_kwargs(path_id("message_id", message_id))
    return Call(kwargs, decoder(get_message.parse_response, Message), idempotent=True)


def _pin_message(message_id: str, pin: bool) -> Call[None]:
    kwargs = pin_message.request_kwargs(path_id("message_id", message_id), body=PinMessageBody(pin=pin))
    return Call(kwargs, no_content, idempotent=False)


def _react_to_message(message_id: str, reaction: str) -> Call[None]:
    kwargs = react_to_message.request_kwargs(
        path_id("message_id", message_id), body=ReactToMessageBody(reaction=reaction)
    )
    return Call(kwargs, no_content, idempotent=False)


def _send_message(
    chat_id: str,
    message: str | None,
    media: SendMessageBodyMedia | Mapping[str, Any] | None,
    reply_to: str | None,
    poll: SendMessageBodyPoll | Mapping[str, Any] | None,
    options: SendMessageBodyOptions | Mapping[str, Any] | None,
) -> Call[SendResult]:
    kwargs = send_message.request_kwargs(
        body=SendMessageBody(
            chat_id=path_id("chat_id", chat_id),
            message=given(message),
            media=model(SendMessageBodyMedia.from_dict, media),
            reply_to=given(reply_to),
            poll=model(SendMessageBodyPoll.from_dict, poll),
            options=model(SendMessageBodyOptions.from_dict, options),
        )
    )
    return Call(kwargs, decoder(send_message.parse_response, SendResult), idempotent=False)


def _send_message_sync(
    chat_id: str,
    message: str | None,
    media: SendMessageSyncBodyMedia | Mapping[str, Any] | None,
    reply_to: str | None,
    poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None,
    options: SendMessageSyncBodyOptions | Mapping[str, Any] | None,
) -> Call[SendSyncResult]:
    kwargs = send_message_sync.request_kwargs(
        body=SendMessageSyncBody(
            chat_id=path_id("chat_id", chat_id),
            message=given(message),
            media=model(SendMessageSyncBodyMedia.from_dict, media),
            reply_to=given(reply_to),
            poll=model(SendMessageSyncBodyPoll.from_dict, poll),
            options=model(SendMessageSyncBodyOptions.from_dict, options),
        )
    )
    return Call(kwargs, decoder(send_message_sync.parse_response, SendSyncResult), idempotent=False)


class Messages(SyncResource):
    """client.messages"""

    def broadcast_message(
        self,
        *,
        chat_ids: Sequence[str],
        message: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        media: BroadcastMessageBodyMedia | Mapping[str, Any] | None = None,
        poll: BroadcastMessageBodyPoll | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        variables: Sequence[BroadcastMessageBodyVariablesItem | Mapping[str, Any]] | None = None,
        **request: Unpack[RequestOptions],
    ) -> BroadcastResult:
        """Broadcast Message"""
        return self._request(
            _broadcast_message(chat_ids, message, scheduled_at, delay, media, poll, reply_to, variables), request
        )

    def delete_message(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Message"""
        return self._request(_delete_message(message_id), request)

    def edit_message(
        self,
        message_id: str,
        *,
        edited_body: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Edit Message"""
        return self._request(_edit_message(message_id, edited_body), request)

    def forward_message(
        self,
        message_id: str,
        *,
        forward_chat_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Forward Message"""
        return self._request(_forward_message(message_id, forward_chat_ids), request)

    def get_message(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """Get Message"""
        return self._request(_get_message(message_id), request)

    def pin_message(
        self,
        message_id: str,
        *,
        pin: bool,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Pin Message"""
        return self._request(_pin_message(message_id, pin), request)

    def react_to_message(
        self,
        message_id: str,
        *,
        reaction: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """React to Message"""
        return self._request(_react_to_message(message_id, reaction), request)

    def send_message(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageBodyPoll | Mapping[str, Any] | None = None,
        options: SendMessageBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendResult:
        """Send Message"""
        return self._request(_send_message(chat_id, message, media, reply_to, poll, options), request)

    def send_message_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageSyncBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None = None,
        options: SendMessageSyncBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send Message Sync"""
        return self._request(_send_message_sync(chat_id, message, media, reply_to, poll, options), request)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)


class MessagesWithRawResponse:
    """`client.messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Messages) -> None:
        self.broadcast_message = raw_response(resource.broadcast_message)
        self.delete_message = raw_response(resource.delete_message)
        self.edit_message = raw_response(resource.edit_message)
        self.forward_message = raw_response(resource.forward_message)
        self.get_message = raw_response(resource.get_message)
        self.pin_message = raw_response(resource.pin_message)
        self.react_to_message = raw_response(resource.react_to_message)
        self.send_message = raw_response(resource.send_message)
        self.send_message_sync = raw_response(resource.send_message_sync)


class AsyncMessages(AsyncResource):
    """client.messages"""

    async def broadcast_message(
        self,
        *,
        chat_ids: Sequence[str],
        message: str | None = None,
        scheduled_at: str | None = None,
        delay: float | None = None,
        media: BroadcastMessageBodyMedia | Mapping[str, Any] | None = None,
        poll: BroadcastMessageBodyPoll | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        variables: Sequence[BroadcastMessageBodyVariablesItem | Mapping[str, Any]] | None = None,
        **request: Unpack[RequestOptions],
    ) -> BroadcastResult:
        """Broadcast Message"""
        return await self._request(
            _broadcast_message(chat_ids, message, scheduled_at, delay, media, poll, reply_to, variables), request
        )

    async def delete_message(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Message"""
        return await self._request(_delete_message(message_id), request)

    async def edit_message(
        self,
        message_id: str,
        *,
        edited_body: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Edit Message"""
        return await self._request(_edit_message(message_id, edited_body), request)

    async def forward_message(
        self,
        message_id: str,
        *,
        forward_chat_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Forward Message"""
        return await self._request(_forward_message(message_id, forward_chat_ids), request)

    async def get_message(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """Get Message"""
        return await self._request(_get_message(message_id), request)

    async def pin_message(
        self,
        message_id: str,
        *,
        pin: bool,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Pin Message"""
        return await self._request(_pin_message(message_id, pin), request)

    async def react_to_message(
        self,
        message_id: str,
        *,
        reaction: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """React to Message"""
        return await self._request(_react_to_message(message_id, reaction), request)

    async def send_message(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageBodyPoll | Mapping[str, Any] | None = None,
        options: SendMessageBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendResult:
        """Send Message"""
        return await self._request(_send_message(chat_id, message, media, reply_to, poll, options), request)

    async def send_message_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageSyncBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None = None,
        options: SendMessageSyncBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send Message Sync"""
        return await self._request(_send_message_sync(chat_id, message, media, reply_to, poll, options), request)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)


class AsyncMessagesWithRawResponse:
    """`client.messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.broadcast_message = async_raw_response(resource.broadcast_message)
        self.delete_message = async_raw_response(resource.delete_message)
        self.edit_message = async_raw_response(resource.edit_message)
        self.forward_message = async_raw_response(resource.forward_message)
        self.get_message = async_raw_response(resource.get_message)
        self.pin_message = async_raw_response(resource.pin_message)
        self.react_to_message = async_raw_response(resource.react_to_message)
        self.send_message = async_raw_response(resource.send_message)
        self.send_message_sync = async_raw_response(resource.send_message_sync)
