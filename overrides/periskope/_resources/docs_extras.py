"""Methods of client.messages, client.chats and client.queue for endpoints documented at docs.periskope.app after
SDK 1.1.3 (not in the SDK's spec; typed from the docs by overrides/overlay/50-docs-endpoints.yaml).

Mixins, mixed into the resources: `class Messages(MessagesDocsMixin, SyncResource)` (the mixin first: it is itself a
SyncResource, for `self._request`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack

import httpx

from periskope_api.api.chat import list_chat_audit_logs, update_chat_ai_settings
from periskope_api.api.message import send_message_sync
from periskope_api.api.queue import get_queue_health, list_message_queues
from periskope_api.models import (
    ChatAiSettings,
    ChatAuditLog,
    ChatAuditLogList,
    ListMessageQueuesBody,
    MessageQueueJob,
    QueueHealth,
    SendMessageSyncBody,
    SendMessageSyncBodyMedia,
    SendMessageSyncBodyOptions,
    SendMessageSyncBodyPoll,
    SendSyncResult,
    UpdateChatAiSettingsBody,
)
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._errors import PeriskopeError
from .._pagination import AsyncPager, SyncPage, Window
from .._resource import AsyncResource, RequestOptions, SyncResource, given, items, model, path_id, window
from .._response import decoder

Media = SendMessageSyncBodyMedia | Mapping[str, Any]
Poll = SendMessageSyncBodyPoll | Mapping[str, Any]
MessageQueueJobs = list[MessageQueueJob]

_decode_send_sync = decoder(send_message_sync.parse_response, SendSyncResult)
_decode_ai_settings = decoder(update_chat_ai_settings.parse_response, ChatAiSettings)
_decode_audit_logs = decoder(list_chat_audit_logs.parse_response, ChatAuditLogList)
_decode_health = decoder(get_queue_health.parse_response, QueueHealth)
_decode_queue_jobs = decoder(list_message_queues.parse_response, list)


# Messages -------------------------------------------------------------------------------------------------------------


def _send_sync(
    chat_id: str, message: str | None, media: Media | None, reply_to: str | None, poll: Poll | None,
    hide_url_preview: bool | None,
) -> Call[SendSyncResult]:  # fmt: skip
    body = SendMessageSyncBody(
        chat_id=path_id("chat_id", chat_id),
        message=given(message),
        media=model(SendMessageSyncBodyMedia.from_dict, media),
        reply_to=given(reply_to),
        poll=model(SendMessageSyncBodyPoll.from_dict, poll),
        options=UNSET if hide_url_preview is None else SendMessageSyncBodyOptions(hide_url_preview=hide_url_preview),
    )
    # Sending twice would send the message twice.
    return Call(send_message_sync.request_kwargs(body=body), _decode_send_sync, idempotent=False)


class MessagesDocsMixin(SyncResource):
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


def _update_ai_settings(
    chat_id: str, is_agent_allowed: bool | None, is_flagging_allowed: bool | None
) -> Call[ChatAiSettings]:
    if is_agent_allowed is None and is_flagging_allowed is None:
        raise PeriskopeError("update_ai_settings: give is_agent_allowed, is_flagging_allowed or both")
    body = UpdateChatAiSettingsBody(
        is_agent_allowed=given(is_agent_allowed), is_flagging_allowed=given(is_flagging_allowed)
    )
    kwargs = update_chat_ai_settings.request_kwargs(path_id("chat_id", chat_id), body=body)
    # Setting a flag twice leaves the same state: safe to retry.
    return Call(kwargs, _decode_ai_settings, idempotent=True)


def _audit_logs(
    chat_id: str, performed_by: str | None, action: str | None
) -> Callable[[Window], Call[ChatAuditLogList]]:
    chat_id = path_id("chat_id", chat_id)

    def build(at: Window) -> Call[ChatAuditLogList]:
        kwargs = list_chat_audit_logs.request_kwargs(
            chat_id, offset=given(at.offset or None), limit=given(at.limit), performed_by=given(performed_by),
            action=given(action),
        )  # fmt: skip
        return Call(kwargs, _decode_audit_logs, idempotent=True)

    return build


def _audit_log_items(envelope: ChatAuditLogList) -> tuple[Sequence[ChatAuditLog], int | Unset | None]:
    return items(envelope.logs), envelope.count


class ChatsDocsMixin(SyncResource):
    def update_ai_settings(
        self,
        chat_id: str,
        *,
        is_agent_allowed: bool | None = None,
        is_flagging_allowed: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatAiSettings:
        """Allow or forbid the AI agent to reply in a chat, and AI flagging to flag its messages (give at least one;
        the other stays as it is)."""
        return self._request(_update_ai_settings(chat_id, is_agent_allowed, is_flagging_allowed), request)

    def list_audit_logs(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        performed_by: str | None = None,
        action: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[ChatAuditLog]:
        """Who changed what in a chat, newest first; only one member's (`performed_by`) or one kind (`action`)."""
        build = _audit_logs(chat_id, performed_by, action)
        return self._list(build, _audit_log_items, window(offset, limit, max_items), request)


class AsyncChatsDocsMixin(AsyncResource):
    async def update_ai_settings(
        self,
        chat_id: str,
        *,
        is_agent_allowed: bool | None = None,
        is_flagging_allowed: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatAiSettings:
        """Allow or forbid the AI agent and AI flagging in a chat; see Chats.update_ai_settings."""
        return await self._request(_update_ai_settings(chat_id, is_agent_allowed, is_flagging_allowed), request)

    def list_audit_logs(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        performed_by: str | None = None,
        action: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[ChatAuditLog]:
        """Who changed what in a chat: `await` for the first page, or `async for` over every entry."""
        build = _audit_logs(chat_id, performed_by, action)
        return self._list(build, _audit_log_items, window(offset, limit, max_items), request)


# Queue ----------------------------------------------------------------------------------------------------------------


def _health() -> Call[QueueHealth]:
    return Call(get_queue_health.request_kwargs(), _decode_health, idempotent=True)


def _job_list(response: httpx.Response) -> MessageQueueJobs:
    return list(_decode_queue_jobs(response))


def _list_jobs(queue_id: str | None, broadcast_id: str | None) -> Call[MessageQueueJobs]:
    body: ListMessageQueuesBody | Unset = UNSET  # no body: every job
    if queue_id is not None or broadcast_id is not None:
        body = ListMessageQueuesBody(
            queue_id=UNSET if queue_id is None else path_id("queue_id", queue_id),
            broadcast_id=UNSET if broadcast_id is None else path_id("broadcast_id", broadcast_id),
        )
    # A POST that only reads: safe to retry.
    return Call(list_message_queues.request_kwargs(body=body), _job_list, idempotent=True)


class QueueDocsMixin(SyncResource):
    def health(self, **request: Unpack[RequestOptions]) -> QueueHealth:
        """How many jobs of the message queue are waiting, active, completed, failed, delayed and paused."""
        return self._request(_health(), request)

    def list_jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> MessageQueueJobs:
        """The jobs of the message queue, with their status and timeline: all, the one a send returned
        (`queue_id`), or those of a broadcast (`broadcast_id`)."""
        return self._request(_list_jobs(queue_id, broadcast_id), request)


class AsyncQueueDocsMixin(AsyncResource):
    async def health(self, **request: Unpack[RequestOptions]) -> QueueHealth:
        """How many jobs of the message queue are in each state; see Queue.health."""
        return await self._request(_health(), request)

    async def list_jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> MessageQueueJobs:
        """The jobs of the message queue; see Queue.list_jobs."""
        return await self._request(_list_jobs(queue_id, broadcast_id), request)
