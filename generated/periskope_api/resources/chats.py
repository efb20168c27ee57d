# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.chats: list and read chats, their messages, notifications and notes; labels, access, assignment."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    as_model,
    async_raw_response,
    comma_list,
    envelope_items,
    nested,
    non_empty_str,
    omit_if_none,
    optional_comma_list,
    optional_iso_time,
    optional_model,
    raw_response,
    require_any,
    window,
)
from periskope._response import decoder, no_content

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        Chat,
        ChatAiSettings,
        ChatAuditLog,
        ChatAuditLogList,
        ChatList,
        Message,
        MessageList,
        NoteList,
        Notification,
        NotificationList,
    )


def _get_chat_by_id(chat_id: str) -> Call[Chat]:
    from ..api.chat import get_chat_by_id
    from ..models import Chat

    kwargs = get_chat_by_id.request_kwargs(non_empty_str("chat_id", chat_id))
    return Call(kwargs, decoder(get_chat_by_id.parse_response, Chat), idempotent=True)


def _list_all_chats(
    start_time: str | date | None,
    end_time: str | date | None,
    chat_type: Literal["user", "group", "business"] | None,
    label: str | None,
) -> Callable[[Window], Call[ChatList]]:
    from ..api.chat import list_all_chats
    from ..models import ChatList

    def build(at: Window) -> Call[ChatList]:
        kwargs = list_all_chats.request_kwargs(
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
            chat_type=omit_if_none(chat_type),
            label=omit_if_none(label),
        )
        return Call(kwargs, decoder(list_all_chats.parse_response, ChatList), idempotent=True)

    return build


def _list_all_chats_items(envelope: ChatList) -> tuple[Sequence[Chat], int | Unset | None]:
    return envelope_items(envelope.chats), envelope.count


def _list_chat_audit_logs(
    chat_id: str, performed_by: str | None, action: str | None
) -> Callable[[Window], Call[ChatAuditLogList]]:
    from ..api.chat import list_chat_audit_logs
    from ..models import ChatAuditLogList

    def build(at: Window) -> Call[ChatAuditLogList]:
        kwargs = list_chat_audit_logs.request_kwargs(
            non_empty_str("chat_id", chat_id),
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            performed_by=omit_if_none(performed_by),
            action=omit_if_none(action),
        )
        return Call(kwargs, decoder(list_chat_audit_logs.parse_response, ChatAuditLogList), idempotent=True)

    return build


def _list_chat_audit_logs_items(envelope: ChatAuditLogList) -> tuple[Sequence[ChatAuditLog], int | Unset | None]:
    return envelope_items(envelope.logs), envelope.count


def _get_messages_in_a_chat(chat_id: str) -> Callable[[Window], Call[MessageList]]:
    from ..api.chat import get_messages_in_a_chat
    from ..models import MessageList

    def build(at: Window) -> Call[MessageList]:
        kwargs = get_messages_in_a_chat.request_kwargs(
            non_empty_str("chat_id", chat_id), offset=at.offset_param, limit=omit_if_none(at.limit)
        )
        return Call(kwargs, decoder(get_messages_in_a_chat.parse_response, MessageList), idempotent=True)

    return build


def _get_messages_in_a_chat_items(envelope: MessageList) -> tuple[Sequence[Message], int | Unset | None]:
    return envelope_items(envelope.messages), envelope.count


def _get_notifications_in_a_chat(chat_id: str) -> Callable[[Window], Call[NotificationList]]:
    from ..api.chat import get_notifications_in_a_chat
    from ..models import NotificationList

    def build(at: Window) -> Call[NotificationList]:
        kwargs = get_notifications_in_a_chat.request_kwargs(
            non_empty_str("chat_id", chat_id), offset=at.offset_param, limit=omit_if_none(at.limit)
        )
        return Call(kwargs, decoder(get_notifications_in_a_chat.parse_response, NotificationList), idempotent=True)

    return build


def _get_notifications_in_a_chat_items(envelope: NotificationList) -> tuple[Sequence[Notification], int | Unset | None]:
    return envelope_items(envelope.notifictions), envelope.count


def _list_all_messages(
    start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[MessageList]]:
    from ..api.chat import list_all_messages
    from ..models import MessageList

    def build(at: Window) -> Call[MessageList]:
        kwargs = list_all_messages.request_kwargs(
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
        )
        return Call(kwargs, decoder(list_all_messages.parse_response, MessageList), idempotent=True)

    return build


def _list_all_messages_items(envelope: MessageList) -> tuple[Sequence[Message], int | Unset | None]:
    return envelope_items(envelope.messages), envelope.count


def _get_notes_by_chat(
    chat_id: str, start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[NoteList]]:
    from ..api.chat import get_notes_by_chat
    from ..models import NoteList

    def build(at: Window) -> Call[NoteList]:
        kwargs = get_notes_by_chat.request_kwargs(
            non_empty_str("chat_id", chat_id),
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
        )
        return Call(kwargs, decoder(get_notes_by_chat.parse_response, NoteList), idempotent=True)

    return build


def _get_notes_by_chat_items(envelope: NoteList) -> tuple[Sequence[Message], int | Unset | None]:
    return envelope_items(envelope.notes), envelope.count


def _list_all_notifications(
    start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[NotificationList]]:
    from ..api.chat import list_all_notifications
    from ..models import NotificationList

    def build(at: Window) -> Call[NotificationList]:
        kwargs = list_all_notifications.request_kwargs(
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
        )
        return Call(kwargs, decoder(list_all_notifications.parse_response, NotificationList), idempotent=True)

    return build


def _list_all_notifications_items(envelope: NotificationList) -> tuple[Sequence[Notification], int | Unset | None]:
    return envelope_items(envelope.notifictions), envelope.count


def _mark_read(chat_id: str) -> Call[None]:
    from ..api.chat import mark_read

    kwargs = mark_read.request_kwargs(non_empty_str("chat_id", chat_id))
    return Call(kwargs, no_content, idempotent=True)


def _update_chat(
    chat_id: str,
    assigned_to: str | None,
    custom_properties: Mapping[str, str] | None,
    labels: str | Sequence[str] | None,
) -> Call[Chat]:
    from ..api.chat import update_chat
    from ..models import Chat, UpdateChatBody, UpdateChatBodyCustomProperties

    kwargs = update_chat.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(
            UpdateChatBody,
            assigned_to=omit_if_none(assigned_to),
            custom_properties=optional_model(UpdateChatBodyCustomProperties.from_dict, custom_properties),
            labels=optional_comma_list(labels),
        ),
    )
    return Call(kwargs, decoder(update_chat.parse_response, Chat), idempotent=True)


def _update_chat_override_access(
    chat_ids: Sequence[str], access: Mapping[str, bool], replace: bool | None
) -> Call[None]:
    from ..api.chat import update_chat_override_access
    from ..models import UpdateChatOverrideAccessBody, UpdateChatOverrideAccessBodyAccess

    kwargs = update_chat_override_access.request_kwargs(
        body=nested(
            UpdateChatOverrideAccessBody,
            access=as_model(UpdateChatOverrideAccessBodyAccess.from_dict, access),
            chat_ids=list(chat_ids),
            replace=omit_if_none(replace),
        )
    )
    return Call(kwargs, no_content, idempotent=True)


def _update_chat_ai_settings(
    chat_id: str, is_agent_allowed: bool | None, is_flagging_allowed: bool | None
) -> Call[ChatAiSettings]:
    from ..api.chat import update_chat_ai_settings
    from ..models import ChatAiSettings, UpdateChatAiSettingsBody

    require_any("chats.update_ai_settings", is_agent_allowed=is_agent_allowed, is_flagging_allowed=is_flagging_allowed)
    kwargs = update_chat_ai_settings.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=UpdateChatAiSettingsBody(
            is_agent_allowed=omit_if_none(is_agent_allowed), is_flagging_allowed=omit_if_none(is_flagging_allowed)
        ),
    )
    return Call(kwargs, decoder(update_chat_ai_settings.parse_response, ChatAiSettings), idempotent=True)


def _update_chat_labels(chat_ids: Sequence[str], labels: str | Sequence[str]) -> Call[None]:
    from ..api.chat import update_chat_labels
    from ..models import UpdateChatLabelsBody

    kwargs = update_chat_labels.request_kwargs(
        body=nested(UpdateChatLabelsBody, labels=comma_list(labels), chat_ids=list(chat_ids))
    )
    return Call(kwargs, no_content, idempotent=True)


class Chats(SyncResource):
    """client.chats: list and read chats, their messages, notifications and notes; labels, access, assignment."""

    def get(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """A chat: `919876543210@c.us` for a person, `...@g.us` for a group."""
        return self._request(_get_chat_by_id(chat_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        chat_type: Literal["user", "group", "business"] | None = None,
        label: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Chat]:
        """Chats, a page of `limit` at a time (at most 2000); iterating goes through every page.
        `label` is a label name or label id."""
        build = _list_all_chats(start_time, end_time, chat_type, label)
        return self._list(build, _list_all_chats_items, window(offset, limit, max_items), request)

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
        """A chat's audit log: who changed what about it (assignment, labels, settings) and when."""
        build = _list_chat_audit_logs(chat_id, performed_by, action)
        return self._list(build, _list_chat_audit_logs_items, window(offset, limit, max_items), request)

    def list_chat_messages(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Message]:
        """Messages of one chat, newest first."""
        build = _get_messages_in_a_chat(chat_id)
        return self._list(build, _get_messages_in_a_chat_items, window(offset, limit, max_items), request)

    def list_chat_notifications(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Notification]:
        """Get Notifications in a Chat"""
        build = _get_notifications_in_a_chat(chat_id)
        return self._list(build, _get_notifications_in_a_chat_items, window(offset, limit, max_items), request)

    def list_messages(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Message]:
        """Messages of every chat, newest first."""
        build = _list_all_messages(start_time, end_time)
        return self._list(build, _list_all_messages_items, window(offset, limit, max_items), request)

    def list_notes(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Message]:
        """The private notes of one chat."""
        build = _get_notes_by_chat(chat_id, start_time, end_time)
        return self._list(build, _get_notes_by_chat_items, window(offset, limit, max_items), request)

    def list_notifications(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Notification]:
        """Group notifications (joins, leaves, setting changes) of every chat."""
        build = _list_all_notifications(start_time, end_time)
        return self._list(build, _list_all_notifications_items, window(offset, limit, max_items), request)

    def mark_read(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Mark a chat as read on the phone (its unread count goes to zero); safe to repeat."""
        return self._request(_mark_read(chat_id), request)

    def update(
        self,
        chat_id: str,
        *,
        assigned_to: str | None = None,
        custom_properties: Mapping[str, str] | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Assign a chat (member email), set custom properties (name or id -> value), or replace its labels."""
        return self._request(_update_chat(chat_id, assigned_to, custom_properties, labels), request)

    def update_access(
        self,
        *,
        chat_ids: Sequence[str],
        access: Mapping[str, bool],
        replace: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Give or take members' access (email -> bool) to chats; replace=True drops access not listed."""
        return self._request(_update_chat_override_access(chat_ids, access, replace), request)

    def update_ai_settings(
        self,
        chat_id: str,
        *,
        is_agent_allowed: bool | None = None,
        is_flagging_allowed: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatAiSettings:
        """Update Chat AI Settings"""
        return self._request(_update_chat_ai_settings(chat_id, is_agent_allowed, is_flagging_allowed), request)

    def update_labels(
        self,
        *,
        chat_ids: Sequence[str],
        labels: str | Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Replace the labels of several chats (missing labels are created)."""
        return self._request(_update_chat_labels(chat_ids, labels), request)

    @cached_property
    def with_raw_response(self) -> ChatsWithRawResponse:
        return ChatsWithRawResponse(self)


class ChatsWithRawResponse:
    """`client.chats.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Chats) -> None:
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.list_audit_logs = raw_response(resource.list_audit_logs)
        self.list_chat_messages = raw_response(resource.list_chat_messages)
        self.list_chat_notifications = raw_response(resource.list_chat_notifications)
        self.list_messages = raw_response(resource.list_messages)
        self.list_notes = raw_response(resource.list_notes)
        self.list_notifications = raw_response(resource.list_notifications)
        self.mark_read = raw_response(resource.mark_read)
        self.update = raw_response(resource.update)
        self.update_access = raw_response(resource.update_access)
        self.update_ai_settings = raw_response(resource.update_ai_settings)
        self.update_labels = raw_response(resource.update_labels)


class AsyncChats(AsyncResource):
    """client.chats: list and read chats, their messages, notifications and notes; labels, access, assignment."""

    async def get(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """A chat: `919876543210@c.us` for a person, `...@g.us` for a group."""
        return await self._request(_get_chat_by_id(chat_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        chat_type: Literal["user", "group", "business"] | None = None,
        label: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Chat]:
        """Chats, a page of `limit` at a time (at most 2000); iterating goes through every page.
        `label` is a label name or label id."""
        build = _list_all_chats(start_time, end_time, chat_type, label)
        return self._list(build, _list_all_chats_items, window(offset, limit, max_items), request)

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
        """A chat's audit log: who changed what about it (assignment, labels, settings) and when."""
        build = _list_chat_audit_logs(chat_id, performed_by, action)
        return self._list(build, _list_chat_audit_logs_items, window(offset, limit, max_items), request)

    def list_chat_messages(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Message]:
        """Messages of one chat, newest first."""
        build = _get_messages_in_a_chat(chat_id)
        return self._list(build, _get_messages_in_a_chat_items, window(offset, limit, max_items), request)

    def list_chat_notifications(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Notification]:
        """Get Notifications in a Chat"""
        build = _get_notifications_in_a_chat(chat_id)
        return self._list(build, _get_notifications_in_a_chat_items, window(offset, limit, max_items), request)

    def list_messages(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Message]:
        """Messages of every chat, newest first."""
        build = _list_all_messages(start_time, end_time)
        return self._list(build, _list_all_messages_items, window(offset, limit, max_items), request)

    def list_notes(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Message]:
        """The private notes of one chat."""
        build = _get_notes_by_chat(chat_id, start_time, end_time)
        return self._list(build, _get_notes_by_chat_items, window(offset, limit, max_items), request)

    def list_notifications(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Notification]:
        """Group notifications (joins, leaves, setting changes) of every chat."""
        build = _list_all_notifications(start_time, end_time)
        return self._list(build, _list_all_notifications_items, window(offset, limit, max_items), request)

    async def mark_read(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Mark a chat as read on the phone (its unread count goes to zero); safe to repeat."""
        return await self._request(_mark_read(chat_id), request)

    async def update(
        self,
        chat_id: str,
        *,
        assigned_to: str | None = None,
        custom_properties: Mapping[str, str] | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Assign a chat (member email), set custom properties (name or id -> value), or replace its labels."""
        return await self._request(_update_chat(chat_id, assigned_to, custom_properties, labels), request)

    async def update_access(
        self,
        *,
        chat_ids: Sequence[str],
        access: Mapping[str, bool],
        replace: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Give or take members' access (email -> bool) to chats; replace=True drops access not listed."""
        return await self._request(_update_chat_override_access(chat_ids, access, replace), request)

    async def update_ai_settings(
        self,
        chat_id: str,
        *,
        is_agent_allowed: bool | None = None,
        is_flagging_allowed: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatAiSettings:
        """Update Chat AI Settings"""
        return await self._request(_update_chat_ai_settings(chat_id, is_agent_allowed, is_flagging_allowed), request)

    async def update_labels(
        self,
        *,
        chat_ids: Sequence[str],
        labels: str | Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Replace the labels of several chats (missing labels are created)."""
        return await self._request(_update_chat_labels(chat_ids, labels), request)

    @cached_property
    def with_raw_response(self) -> AsyncChatsWithRawResponse:
        return AsyncChatsWithRawResponse(self)


class AsyncChatsWithRawResponse:
    """`client.chats.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncChats) -> None:
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.list_audit_logs = async_raw_pager(resource.list_audit_logs)
        self.list_chat_messages = async_raw_pager(resource.list_chat_messages)
        self.list_chat_notifications = async_raw_pager(resource.list_chat_notifications)
        self.list_messages = async_raw_pager(resource.list_messages)
        self.list_notes = async_raw_pager(resource.list_notes)
        self.list_notifications = async_raw_pager(resource.list_notifications)
        self.mark_read = async_raw_response(resource.mark_read)
        self.update = async_raw_response(resource.update)
        self.update_access = async_raw_response(resource.update_access)
        self.update_ai_settings = async_raw_response(resource.update_ai_settings)
        self.update_labels = async_raw_response(resource.update_labels)
