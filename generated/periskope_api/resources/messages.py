# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.messages"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    nested,
    non_empty_str,
    omit_if_none,
    optional_model,
    optional_model_list,
    raw_response,
)
from periskope._response import decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        BroadcastMessageBodyMedia,
        BroadcastMessageBodyPoll,
        BroadcastMessageBodyVariablesItem,
        BroadcastResult,
        Message,
        MessageStatus,
        SendMessageBodyMedia,
        SendMessageBodyPoll,
        SendMessageSyncBodyMedia,
        SendMessageSyncBodyPoll,
        SendResult,
        SendSyncResult,
    )


def _broadcast_message(
    chat_ids: Sequence[str],
    message: str | None,
    media: Mapping[str, Any] | BroadcastMessageBodyMedia | None,
    poll: Mapping[str, Any] | BroadcastMessageBodyPoll | None,
    reply_to: str | None,
    scheduled_at: str | None,
    delay: float | None,
    variables: Sequence[Mapping[str, Any] | BroadcastMessageBodyVariablesItem] | None,
) -> Call[BroadcastResult]:
    from ..api.message import broadcast_message
    from ..models import (
        BroadcastMessageBody,
        BroadcastMessageBodyMedia,
        BroadcastMessageBodyPoll,
        BroadcastMessageBodyVariablesItem,
        BroadcastResult,
    )

    kwargs = broadcast_message.request_kwargs(
        body=nested(
            BroadcastMessageBody,
            chat_ids=list(chat_ids),
            message=omit_if_none(message),
            scheduled_at=omit_if_none(scheduled_at),
            delay=omit_if_none(delay),
            media=optional_model(BroadcastMessageBodyMedia.from_dict, media),
            poll=optional_model(BroadcastMessageBodyPoll.from_dict, poll),
            reply_to=omit_if_none(reply_to),
            variables=optional_model_list(BroadcastMessageBodyVariablesItem.from_dict, variables),
        )
    )
    return Call(kwargs, decoder(broadcast_message.parse_response, BroadcastResult), idempotent=False)


def _delete_message(message_id: str) -> Call[None]:
    from ..api.message import delete_message

    kwargs = delete_message.request_kwargs(non_empty_str("message_id", message_id))
    return Call(kwargs, no_content, idempotent=False)


def _edit_message(message_id: str, edited_body: str) -> Call[None]:
    from ..api.message import edit_message
    from ..models import EditMessageBody

    kwargs = edit_message.request_kwargs(
        non_empty_str("message_id", message_id), body=nested(EditMessageBody, edited_body=edited_body)
    )
    return Call(kwargs, no_content, idempotent=False)


def _forward_message(message_id: str, forward_chat_ids: Sequence[str]) -> Call[None]:
    from ..api.message import forward_message
    from ..models import ForwardMessageBody

    kwargs = forward_message.request_kwargs(
        non_empty_str("message_id", message_id),
        body=nested(ForwardMessageBody, forward_chat_ids=list(forward_chat_ids)),
    )
    return Call(kwargs, no_content, idempotent=False)


def _get_message(message_id: str) -> Call[Message]:
    from ..api.message import get_message
    from ..models import Message

    kwargs = get_message.request_kwargs(non_empty_str("message_id", message_id))
    return Call(kwargs, decoder(get_message.parse_response, Message), idempotent=True)


def _pin_message(message_id: str, pin: bool) -> Call[None]:
    from ..api.message import pin_message
    from ..models import PinMessageBody

    kwargs = pin_message.request_kwargs(non_empty_str("message_id", message_id), body=nested(PinMessageBody, pin=pin))
    return Call(kwargs, no_content, idempotent=True)


def _react_to_message(message_id: str, reaction: str) -> Call[None]:
    from ..api.message import react_to_message
    from ..models import ReactToMessageBody

    kwargs = react_to_message.request_kwargs(
        non_empty_str("message_id", message_id), body=nested(ReactToMessageBody, reaction=reaction)
    )
    return Call(kwargs, no_content, idempotent=False)


def _send_message(
    chat_id: str,
    message: str | None,
    media: SendMessageBodyMedia | Mapping[str, Any] | None,
    reply_to: str | None,
    poll: SendMessageBodyPoll | Mapping[str, Any] | None,
    hide_url_preview: bool | None,
) -> Call[SendResult]:
    from ..api.message import send_message
    from ..models import SendMessageBody, SendMessageBodyMedia, SendMessageBodyOptions, SendMessageBodyPoll, SendResult

    kwargs = send_message.request_kwargs(
        body=nested(
            SendMessageBody,
            chat_id=non_empty_str("chat_id", chat_id),
            message=omit_if_none(message),
            media=optional_model(SendMessageBodyMedia.from_dict, media),
            reply_to=omit_if_none(reply_to),
            poll=optional_model(SendMessageBodyPoll.from_dict, poll),
            options=nested(SendMessageBodyOptions, hide_url_preview=omit_if_none(hide_url_preview)),
        )
    )
    return Call(kwargs, decoder(send_message.parse_response, SendResult), idempotent=False)


def _send_message_sync(
    chat_id: str,
    message: str | None,
    media: SendMessageSyncBodyMedia | Mapping[str, Any] | None,
    reply_to: str | None,
    poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None,
    hide_url_preview: bool | None,
) -> Call[SendSyncResult]:
    from ..api.message import send_message_sync
    from ..models import (
        SendMessageSyncBody,
        SendMessageSyncBodyMedia,
        SendMessageSyncBodyOptions,
        SendMessageSyncBodyPoll,
        SendSyncResult,
    )

    kwargs = send_message_sync.request_kwargs(
        body=SendMessageSyncBody(
            chat_id=non_empty_str("chat_id", chat_id),
            message=omit_if_none(message),
            media=optional_model(SendMessageSyncBodyMedia.from_dict, media),
            reply_to=omit_if_none(reply_to),
            poll=optional_model(SendMessageSyncBodyPoll.from_dict, poll),
            options=nested(SendMessageSyncBodyOptions, hide_url_preview=omit_if_none(hide_url_preview)),
        )
    )
    return Call(kwargs, decoder(send_message_sync.parse_response, SendSyncResult), idempotent=False)


def _get_message_status(unique_id: str) -> Call[MessageStatus]:
    from ..api.message import get_message_status
    from ..models import MessageStatus

    kwargs = get_message_status.request_kwargs(non_empty_str("unique_id", unique_id))
    return Call(kwargs, decoder(get_message_status.parse_response, MessageStatus), idempotent=True)


class Messages(SyncResource):
    """client.messages"""

    def delete(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete a message for everyone."""
        return self._request(_delete_message(message_id), request)

    def edit(
        self,
        message_id: str,
        *,
        edited_body: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Edit the text (or caption) of a sent message, within 15 minutes of delivery."""
        return self._request(_edit_message(message_id, edited_body), request)

    def forward(
        self,
        message_id: str,
        *,
        forward_chat_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Forward a message to other chats (`forward_chat_ids`). Never retried once it may have reached the server."""
        return self._request(_forward_message(message_id, forward_chat_ids), request)

    def get(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with."""
        return self._request(_get_message(message_id), request)

    def pin(
        self,
        message_id: str,
        *,
        pin: bool = True,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Pin (or, with pin=False, unpin) a message in its chat."""
        return self._request(_pin_message(message_id, pin), request)

    def react(
        self,
        message_id: str,
        *,
        reaction: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """React with an emoji; an empty string removes the reaction."""
        return self._request(_react_to_message(message_id, reaction), request)

    def send_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageSyncBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send a message and wait for WhatsApp to take it: the result carries the sent `message`. Never retried once
        it may have reached the server."""
        return self._request(_send_message_sync(chat_id, message, media, reply_to, poll, hide_url_preview), request)

    def status(
        self,
        unique_id: str,
        **request: Unpack[RequestOptions],
    ) -> MessageStatus:
        """Where a sent message is (queued, sent, delivered, read, failed: `.ack`, `.status`, `.timeline`, group
        counts), by the `unique_id` that send or broadcast returned."""
        return self._request(_get_message_status(unique_id), request)

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self)


class MessagesWithRawResponse:
    """`client.messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Messages) -> None:
        self.delete = raw_response(resource.delete)
        self.edit = raw_response(resource.edit)
        self.forward = raw_response(resource.forward)
        self.get = raw_response(resource.get)
        self.pin = raw_response(resource.pin)
        self.react = raw_response(resource.react)
        self.send_sync = raw_response(resource.send_sync)
        self.status = raw_response(resource.status)


class AsyncMessages(AsyncResource):
    """client.messages"""

    async def delete(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete a message for everyone."""
        return await self._request(_delete_message(message_id), request)

    async def edit(
        self,
        message_id: str,
        *,
        edited_body: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Edit the text (or caption) of a sent message, within 15 minutes of delivery."""
        return await self._request(_edit_message(message_id, edited_body), request)

    async def forward(
        self,
        message_id: str,
        *,
        forward_chat_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Forward a message to other chats (`forward_chat_ids`). Never retried once it may have reached the server."""
        return await self._request(_forward_message(message_id, forward_chat_ids), request)

    async def get(
        self,
        message_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """A message, by its message_id (`true_919537851844@c.us_3EB0...`) or by the queue_id it was sent with."""
        return await self._request(_get_message(message_id), request)

    async def pin(
        self,
        message_id: str,
        *,
        pin: bool = True,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Pin (or, with pin=False, unpin) a message in its chat."""
        return await self._request(_pin_message(message_id, pin), request)

    async def react(
        self,
        message_id: str,
        *,
        reaction: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """React with an emoji; an empty string removes the reaction."""
        return await self._request(_react_to_message(message_id, reaction), request)

    async def send_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: SendMessageSyncBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        poll: SendMessageSyncBodyPoll | Mapping[str, Any] | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send a message and wait for WhatsApp to take it: the result carries the sent `message`. Never retried once
        it may have reached the server."""
        return await self._request(
            _send_message_sync(chat_id, message, media, reply_to, poll, hide_url_preview), request
        )

    async def status(
        self,
        unique_id: str,
        **request: Unpack[RequestOptions],
    ) -> MessageStatus:
        """Where a sent message is (queued, sent, delivered, read, failed: `.ack`, `.status`, `.timeline`, group
        counts), by the `unique_id` that send or broadcast returned."""
        return await self._request(_get_message_status(unique_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self)


class AsyncMessagesWithRawResponse:
    """`client.messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncMessages) -> None:
        self.delete = async_raw_response(resource.delete)
        self.edit = async_raw_response(resource.edit)
        self.forward = async_raw_response(resource.forward)
        self.get = async_raw_response(resource.get)
        self.pin = async_raw_response(resource.pin)
        self.react = async_raw_response(resource.react)
        self.send_sync = async_raw_response(resource.send_sync)
        self.status = async_raw_response(resource.status)
