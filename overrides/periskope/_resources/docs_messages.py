"""client.messages, the operations documented after SDK 1.1.3 (overrides/overlay/50-docs-endpoints.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from periskope_api.types import UNSET

from .._call import Call
from .._resource import AsyncResource, RequestOptions, SyncResource, given, model, path_id
from .._response import decoder

if TYPE_CHECKING:
    from periskope_api.models import MessageStatus, SendMessageSyncBodyMedia, SendMessageSyncBodyPoll, SendSyncResult

    Media = SendMessageSyncBodyMedia | Mapping[str, Any]
    Poll = SendMessageSyncBodyPoll | Mapping[str, Any]


# Messages -------------------------------------------------------------------------------------------------------------


def _send_sync(
    chat_id: str, message: str | None, media: Media | None, reply_to: str | None, poll: Poll | None,
    hide_url_preview: bool | None,
) -> Call[SendSyncResult]:  # fmt: skip
    # The request models load on the first send_sync, not when client.messages is first used.
    from periskope_api.api.message import send_message_sync  # noqa: PLC0415
    from periskope_api.models import (  # noqa: PLC0415
        SendMessageSyncBody,
        SendMessageSyncBodyMedia,
        SendMessageSyncBodyOptions,
        SendMessageSyncBodyPoll,
    )
    from periskope_api.models import SendSyncResult as Result  # noqa: PLC0415

    body = SendMessageSyncBody(
        chat_id=path_id("chat_id", chat_id),
        message=given(message),
        media=model(SendMessageSyncBodyMedia.from_dict, media),
        reply_to=given(reply_to),
        poll=model(SendMessageSyncBodyPoll.from_dict, poll),
        options=UNSET if hide_url_preview is None else SendMessageSyncBodyOptions(hide_url_preview=hide_url_preview),
    )
    # Sending twice would send the message twice.
    decode = decoder(send_message_sync.parse_response, Result)
    return Call(send_message_sync.request_kwargs(body=body), decode, idempotent=False)


def _status(unique_id: str) -> Call[MessageStatus]:
    from periskope_api.api.message import get_message_status  # noqa: PLC0415
    from periskope_api.models import MessageStatus as Status  # noqa: PLC0415

    kwargs = get_message_status.request_kwargs(path_id("unique_id", unique_id))
    return Call(kwargs, decoder(get_message_status.parse_response, Status), idempotent=True)


class MessagesDocsMixin(SyncResource):
    def status(self, unique_id: str, **request: Unpack[RequestOptions]) -> MessageStatus:
        """Where a sent message is (queued, sent, delivered, read, failed: `.ack`, `.status`, `.timeline`, group
        counts), by the `unique_id` that send or broadcast returned."""
        return self._request(_status(unique_id), request)

    def send_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        poll: Poll | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send a message and wait for WhatsApp to take it: the result carries the sent `message`. Never retried once
        it may have reached the server."""
        return self._request(_send_sync(chat_id, message, media, reply_to, poll, hide_url_preview), request)


class AsyncMessagesDocsMixin(AsyncResource):
    async def status(self, unique_id: str, **request: Unpack[RequestOptions]) -> MessageStatus:
        """Where a sent message is; see Messages.status."""
        return await self._request(_status(unique_id), request)

    async def send_sync(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        poll: Poll | None = None,
        hide_url_preview: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> SendSyncResult:
        """Send a message and wait until it is sent; see Messages.send_sync."""
        return await self._request(_send_sync(chat_id, message, media, reply_to, poll, hide_url_preview), request)


# Chats ----------------------------------------------------------------------------------------------------------------
