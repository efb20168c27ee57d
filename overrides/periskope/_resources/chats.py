"""client.chats: list and read chats, their messages, notifications and notes; labels, access, assignment."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import Literal, Unpack

from periskope_api.api.chat import (
    get_chat_by_id,
    get_messages_in_a_chat,
    get_notes_by_chat,
    get_notifications_in_a_chat,
    list_all_chats,
    list_all_messages,
    list_all_notifications,
    mark_read,
    update_chat,
    update_chat_labels,
    update_chat_override_access,
)
from periskope_api.models import (
    Chat,
    ChatList,
    Message,
    MessageList,
    NoteList,
    Notification,
    NotificationList,
    UpdateChatBody,
    UpdateChatBodyCustomProperties,
    UpdateChatLabelsBody,
    UpdateChatOverrideAccessBody,
    UpdateChatOverrideAccessBodyAccess,
)
from periskope_api.types import Unset

from .._call import Call
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    comma_list,
    given,
    items,
    model,
    optional_comma_list,
    path_id,
    raw_response,
    when,
    window,
)
from .._response import decoder, no_content
from .docs_chats import AsyncChatsDocsMixin, ChatsDocsMixin
from .notes import note_items

ChatKind = Literal["user", "group", "business"]
Labels = str | Sequence[str]

_decode_chat = decoder(get_chat_by_id.parse_response, Chat)
_decode_updated_chat = decoder(update_chat.parse_response, Chat)
_decode_chats = decoder(list_all_chats.parse_response, ChatList)
_decode_messages = decoder(list_all_messages.parse_response, MessageList)
_decode_chat_messages = decoder(get_messages_in_a_chat.parse_response, MessageList)
_decode_notifications = decoder(list_all_notifications.parse_response, NotificationList)
_decode_chat_notifications = decoder(get_notifications_in_a_chat.parse_response, NotificationList)
_decode_notes = decoder(get_notes_by_chat.parse_response, NoteList)

Build = Callable[[Window], Call[ChatList]]


def _chats(
    start_time: str | date | None, end_time: str | date | None, chat_type: str | None, label: str | None
) -> Build:
    def build(at: Window) -> Call[ChatList]:
        kwargs = list_all_chats.request_kwargs(
            offset=at.offset_param, limit=given(at.limit), start_time=when(start_time), end_time=when(end_time),
            chat_type=given(chat_type), label=given(label),
        )  # fmt: skip
        return Call(kwargs, _decode_chats, idempotent=True)

    return build


def _chat_items(envelope: ChatList) -> tuple[Sequence[Chat], int | Unset | None]:
    return items(envelope.chats), envelope.count


def _messages(start_time: str | date | None, end_time: str | date | None) -> Callable[[Window], Call[MessageList]]:
    def build(at: Window) -> Call[MessageList]:
        kwargs = list_all_messages.request_kwargs(
            offset=at.offset_param, limit=given(at.limit), start_time=when(start_time), end_time=when(end_time)
        )
        return Call(kwargs, _decode_messages, idempotent=True)

    return build


def _chat_messages(chat_id: str) -> Callable[[Window], Call[MessageList]]:
    chat_id = path_id("chat_id", chat_id)

    def build(at: Window) -> Call[MessageList]:
        kwargs = get_messages_in_a_chat.request_kwargs(chat_id, offset=at.offset_param, limit=given(at.limit))
        return Call(kwargs, _decode_chat_messages, idempotent=True)

    return build


def _message_items(envelope: MessageList) -> tuple[Sequence[Message], int | Unset | None]:
    return items(envelope.messages), envelope.count


def _notifications(
    start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[NotificationList]]:
    def build(at: Window) -> Call[NotificationList]:
        kwargs = list_all_notifications.request_kwargs(
            offset=at.offset_param, limit=given(at.limit), start_time=when(start_time), end_time=when(end_time)
        )
        return Call(kwargs, _decode_notifications, idempotent=True)

    return build


def _chat_notifications(chat_id: str) -> Callable[[Window], Call[NotificationList]]:
    chat_id = path_id("chat_id", chat_id)

    def build(at: Window) -> Call[NotificationList]:
        kwargs = get_notifications_in_a_chat.request_kwargs(chat_id, offset=at.offset_param, limit=given(at.limit))
        return Call(kwargs, _decode_chat_notifications, idempotent=True)

    return build


def _notification_items(envelope: NotificationList) -> tuple[Sequence[Notification], int | Unset | None]:
    return items(envelope.notifictions), envelope.count  # sic: upstream's key


def _notes(
    chat_id: str, start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[NoteList]]:
    chat_id = path_id("chat_id", chat_id)

    def build(at: Window) -> Call[NoteList]:
        kwargs = get_notes_by_chat.request_kwargs(
            chat_id, offset=at.offset_param, limit=given(at.limit), start_time=when(start_time),
            end_time=when(end_time),
        )  # fmt: skip
        return Call(kwargs, _decode_notes, idempotent=True)

    return build


def _get(chat_id: str) -> Call[Chat]:
    return Call(get_chat_by_id.request_kwargs(path_id("chat_id", chat_id)), _decode_chat, idempotent=True)


def _update(
    chat_id: str, assigned_to: str | None, custom_properties: Mapping[str, str] | None, labels: Labels | None
) -> Call[Chat]:
    body = UpdateChatBody(
        assigned_to=given(assigned_to),
        custom_properties=model(UpdateChatBodyCustomProperties.from_dict, custom_properties),
        labels=optional_comma_list(labels),
    )
    kwargs = update_chat.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_updated_chat, idempotent=True)


def _update_labels(chat_ids: Sequence[str], labels: Labels) -> Call[None]:
    body = UpdateChatLabelsBody(labels=comma_list(labels), chat_ids=list(chat_ids))
    return Call(update_chat_labels.request_kwargs(body=body), no_content, idempotent=True)


def _update_access(chat_ids: Sequence[str], access: Mapping[str, bool], replace: bool | None) -> Call[None]:
    body = UpdateChatOverrideAccessBody(
        access=UpdateChatOverrideAccessBodyAccess.from_dict(access), chat_ids=list(chat_ids), replace=given(replace)
    )
    return Call(update_chat_override_access.request_kwargs(body=body), no_content, idempotent=True)


def _mark_read(chat_id: str) -> Call[None]:
    return Call(mark_read.request_kwargs(path_id("chat_id", chat_id)), no_content, idempotent=True)


class Chats(ChatsDocsMixin, SyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        chat_type: ChatKind | None = None,
        label: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Chat]:
        """Chats, a page of `limit` at a time (at most 2000); iterating goes through every page.
        `label` is a label name or label id."""
        return self._list(
            _chats(start_time, end_time, chat_type, label), _chat_items, window(offset, limit, max_items), request
        )

    def get(self, chat_id: str, **request: Unpack[RequestOptions]) -> Chat:
        """A chat: `919876543210@c.us` for a person, `...@g.us` for a group."""
        return self._request(_get(chat_id), request)

    def update(
        self,
        chat_id: str,
        *,
        assigned_to: str | None = None,
        custom_properties: Mapping[str, str] | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Assign a chat (member email), set custom properties (name or id -> value), or replace its labels."""
        return self._request(_update(chat_id, assigned_to, custom_properties, labels), request)

    def update_labels(self, *, chat_ids: Sequence[str], labels: Labels, **request: Unpack[RequestOptions]) -> None:
        """Replace the labels of several chats (missing labels are created)."""
        return self._request(_update_labels(chat_ids, labels), request)

    def update_access(
        self,
        *,
        chat_ids: Sequence[str],
        access: Mapping[str, bool],
        replace: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Give or take members' access (email -> bool) to chats; replace=True drops access not listed."""
        return self._request(_update_access(chat_ids, access, replace), request)

    def mark_read(self, chat_id: str, **request: Unpack[RequestOptions]) -> None:
        return self._request(_mark_read(chat_id), request)

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
        return self._list(_messages(start_time, end_time), _message_items, window(offset, limit, max_items), request)

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
        return self._list(_chat_messages(chat_id), _message_items, window(offset, limit, max_items), request)

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
        build = _notifications(start_time, end_time)
        return self._list(build, _notification_items, window(offset, limit, max_items), request)

    def list_chat_notifications(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Notification]:
        build = _chat_notifications(chat_id)
        return self._list(build, _notification_items, window(offset, limit, max_items), request)

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
        build = _notes(chat_id, start_time, end_time)
        return self._list(build, note_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> ChatsWithRawResponse:
        return ChatsWithRawResponse(self)


class ChatsWithRawResponse:
    def __init__(self, chats: Chats) -> None:
        self.list = raw_response(chats.list)
        self.get = raw_response(chats.get)
        self.update = raw_response(chats.update)
        self.update_labels = raw_response(chats.update_labels)
        self.update_access = raw_response(chats.update_access)
        self.mark_read = raw_response(chats.mark_read)
        self.list_messages = raw_response(chats.list_messages)
        self.list_chat_messages = raw_response(chats.list_chat_messages)
        self.list_notifications = raw_response(chats.list_notifications)
        self.list_chat_notifications = raw_response(chats.list_chat_notifications)
        self.list_notes = raw_response(chats.list_notes)
        self.update_ai_settings = raw_response(chats.update_ai_settings)
        self.list_audit_logs = raw_response(chats.list_audit_logs)


class AsyncChats(AsyncChatsDocsMixin, AsyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        chat_type: ChatKind | None = None,
        label: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Chat]:
        """Chats: `await` for the first page, or `async for` over every chat; see Chats.list."""
        return self._list(
            _chats(start_time, end_time, chat_type, label), _chat_items, window(offset, limit, max_items), request
        )

    async def get(self, chat_id: str, **request: Unpack[RequestOptions]) -> Chat:
        return await self._request(_get(chat_id), request)

    async def update(
        self,
        chat_id: str,
        *,
        assigned_to: str | None = None,
        custom_properties: Mapping[str, str] | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        return await self._request(_update(chat_id, assigned_to, custom_properties, labels), request)

    async def update_labels(
        self, *, chat_ids: Sequence[str], labels: Labels, **request: Unpack[RequestOptions]
    ) -> None:
        return await self._request(_update_labels(chat_ids, labels), request)

    async def update_access(
        self,
        *,
        chat_ids: Sequence[str],
        access: Mapping[str, bool],
        replace: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        return await self._request(_update_access(chat_ids, access, replace), request)

    async def mark_read(self, chat_id: str, **request: Unpack[RequestOptions]) -> None:
        return await self._request(_mark_read(chat_id), request)

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
        return self._list(_messages(start_time, end_time), _message_items, window(offset, limit, max_items), request)

    def list_chat_messages(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Message]:
        return self._list(_chat_messages(chat_id), _message_items, window(offset, limit, max_items), request)

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
        build = _notifications(start_time, end_time)
        return self._list(build, _notification_items, window(offset, limit, max_items), request)

    def list_chat_notifications(
        self,
        chat_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Notification]:
        build = _chat_notifications(chat_id)
        return self._list(build, _notification_items, window(offset, limit, max_items), request)

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
        build = _notes(chat_id, start_time, end_time)
        return self._list(build, note_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncChatsWithRawResponse:
        return AsyncChatsWithRawResponse(self)


class AsyncChatsWithRawResponse:
    def __init__(self, chats: AsyncChats) -> None:
        self.list = async_raw_pager(chats.list)
        self.get = async_raw_response(chats.get)
        self.update = async_raw_response(chats.update)
        self.update_labels = async_raw_response(chats.update_labels)
        self.update_access = async_raw_response(chats.update_access)
        self.mark_read = async_raw_response(chats.mark_read)
        self.list_messages = async_raw_pager(chats.list_messages)
        self.list_chat_messages = async_raw_pager(chats.list_chat_messages)
        self.list_notifications = async_raw_pager(chats.list_notifications)
        self.list_chat_notifications = async_raw_pager(chats.list_chat_notifications)
        self.list_notes = async_raw_pager(chats.list_notes)
        self.update_ai_settings = async_raw_response(chats.update_ai_settings)
        self.list_audit_logs = async_raw_pager(chats.list_audit_logs)
