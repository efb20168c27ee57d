"""client.chats, the operations documented after SDK 1.1.3 (overrides/overlay/50-docs-endpoints.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Unpack

from periskope_api.api.chat import list_chat_audit_logs, update_chat_ai_settings
from periskope_api.models import (
    ChatAiSettings,
    ChatAuditLog,
    ChatAuditLogList,
    UpdateChatAiSettingsBody,
)
from periskope_api.types import Unset

from .._call import Call
from .._errors import PeriskopeError
from .._pagination import AsyncPager, SyncPage, Window
from .._resource import AsyncResource, RequestOptions, SyncResource, given, items, path_id, window
from .._response import decoder

_decode_ai_settings = decoder(update_chat_ai_settings.parse_response, ChatAiSettings)
_decode_audit_logs = decoder(list_chat_audit_logs.parse_response, ChatAuditLogList)


# Messages -------------------------------------------------------------------------------------------------------------


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
            chat_id, offset=at.offset_param, limit=given(at.limit), performed_by=given(performed_by),
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
