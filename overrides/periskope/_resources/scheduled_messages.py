"""client.scheduled_messages: messages sent later, once or repeating - schedule, list, read, change, delete, runs.

Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/...): not in the SDK's spec, typed
from the docs by overrides/overlay/50-docs-endpoints.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import Any, Unpack

from periskope_api.api.scheduled_message import (
    create_scheduled_message,
    delete_scheduled_message,
    get_scheduled_message_by_id,
    list_scheduled_message_occurrences,
    list_scheduled_messages,
    update_scheduled_message,
)
from periskope_api.models import (
    CreateScheduledMessageBody,
    DeletedScheduledMessage,
    JsonObject,
    ScheduledMessage,
    ScheduledMessageList,
    ScheduledOccurrence,
    ScheduledOccurrenceList,
    ScheduledRepeatConfig,
    UpdateScheduledMessageBody,
)
from periskope_api.types import Unset

from .._call import Call
from .._errors import PeriskopeError
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    items,
    model,
    path_id,
    raw_response,
    window,
)
from .._response import decoder

RepeatConfig = ScheduledRepeatConfig | Mapping[str, Any]

_decode_created = decoder(create_scheduled_message.parse_response, ScheduledMessage)
_decode_list = decoder(list_scheduled_messages.parse_response, ScheduledMessageList)
_decode_get = decoder(get_scheduled_message_by_id.parse_response, ScheduledMessage)
_decode_updated = decoder(update_scheduled_message.parse_response, ScheduledMessage)
_decode_deleted = decoder(delete_scheduled_message.parse_response, DeletedScheduledMessage)
_decode_occurrences = decoder(list_scheduled_message_occurrences.parse_response, ScheduledOccurrenceList)


def _iso(value: str | date) -> str:
    """scheduled_at: an ISO string as it is, a datetime (UTC, as the API expects) in ISO form."""
    if isinstance(value, str):
        if not value.strip():
            raise PeriskopeError("scheduled_at must be an ISO 8601 time, got an empty string")
        return value
    if isinstance(value, date):
        return value.isoformat()
    raise PeriskopeError(f"scheduled_at must be an ISO 8601 string or a datetime, got {value!r}")


def _create(
    chat_id: str, scheduled_at: str | date, message: str | None, media: Mapping[str, Any] | JsonObject | None,
    is_repeat: bool | None, repeat_config: RepeatConfig | None,
) -> Call[ScheduledMessage]:  # fmt: skip
    body = CreateScheduledMessageBody(
        chat_id=path_id("chat_id", chat_id),
        scheduled_at=_iso(scheduled_at),
        message=given(message),
        media=model(JsonObject.from_dict, media),
        is_repeat=given(is_repeat),
        repeat_config=model(ScheduledRepeatConfig.from_dict, repeat_config),
    )
    # Sending twice would schedule the message twice.
    return Call(create_scheduled_message.request_kwargs(body=body), _decode_created, idempotent=False)


def _list(at: Window) -> Call[ScheduledMessageList]:
    kwargs = list_scheduled_messages.request_kwargs(offset=at.offset_param, limit=given(at.limit))
    return Call(kwargs, _decode_list, idempotent=True)


def _scheduled_items(envelope: ScheduledMessageList) -> tuple[Sequence[ScheduledMessage], int | Unset | None]:
    return items(envelope.scheduled_messages), envelope.count


def _get(scheduled_id: str) -> Call[ScheduledMessage]:
    kwargs = get_scheduled_message_by_id.request_kwargs(path_id("scheduled_id", scheduled_id))
    return Call(kwargs, _decode_get, idempotent=True)


def _update(scheduled_id: str, message: str | None) -> Call[ScheduledMessage]:
    body = UpdateScheduledMessageBody(message=given(message))
    kwargs = update_scheduled_message.request_kwargs(path_id("scheduled_id", scheduled_id), body=body)
    # Setting the same text twice leaves the same state: safe to retry.
    return Call(kwargs, _decode_updated, idempotent=True)


def _delete(scheduled_id: str) -> Call[DeletedScheduledMessage]:
    kwargs = delete_scheduled_message.request_kwargs(path_id("scheduled_id", scheduled_id))
    return Call(kwargs, _decode_deleted, idempotent=False)


def _occurrences(scheduled_id: str) -> Callable[[Window], Call[ScheduledOccurrenceList]]:
    scheduled_id = path_id("scheduled_id", scheduled_id)

    def build(at: Window) -> Call[ScheduledOccurrenceList]:
        kwargs = list_scheduled_message_occurrences.request_kwargs(
            scheduled_id, offset=at.offset_param, limit=given(at.limit)
        )
        return Call(kwargs, _decode_occurrences, idempotent=True)

    return build


def _occurrence_items(envelope: ScheduledOccurrenceList) -> tuple[Sequence[ScheduledOccurrence], int | Unset | None]:
    return items(envelope.occurrences), envelope.count


class ScheduledMessages(SyncResource):
    def create(
        self,
        *,
        chat_id: str,
        scheduled_at: str | date,
        message: str | None = None,
        media: Mapping[str, Any] | JsonObject | None = None,
        is_repeat: bool | None = None,
        repeat_config: RepeatConfig | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Schedule a message to a chat at `scheduled_at` (ISO 8601, UTC), once or repeating (`is_repeat`,
        `repeat_config={"repeat_interval": "week", "repeat_value": 1, "repeat_days": ["monday"]}`)."""
        return self._request(_create(chat_id, scheduled_at, message, media, is_repeat, repeat_config), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[ScheduledMessage]:
        """The phone's scheduled messages, a page at a time; iterating goes through every page."""
        return self._list(_list, _scheduled_items, window(offset, limit, max_items), request)

    def get(self, scheduled_id: str, **request: Unpack[RequestOptions]) -> ScheduledMessage:
        """A scheduled message, by its scheduled_id."""
        return self._request(_get(scheduled_id), request)

    def update(
        self, scheduled_id: str, *, message: str | None = None, **request: Unpack[RequestOptions]
    ) -> ScheduledMessage:
        """Change the text of a scheduled message (other fields: `extra_body`)."""
        return self._request(_update(scheduled_id, message), request)

    def delete(self, scheduled_id: str, **request: Unpack[RequestOptions]) -> DeletedScheduledMessage:
        """Delete a scheduled message: no further runs; its run history stays (`list_occurrences`)."""
        return self._request(_delete(scheduled_id), request)

    def list_occurrences(
        self,
        scheduled_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[ScheduledOccurrence]:
        """The runs of a scheduled message, newest first: whether each one sent, and what."""
        build = _occurrences(scheduled_id)
        return self._list(build, _occurrence_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> ScheduledMessagesWithRawResponse:
        return ScheduledMessagesWithRawResponse(self)


class ScheduledMessagesWithRawResponse:
    def __init__(self, scheduled: ScheduledMessages) -> None:
        self.create = raw_response(scheduled.create)
        self.list = raw_response(scheduled.list)
        self.get = raw_response(scheduled.get)
        self.update = raw_response(scheduled.update)
        self.delete = raw_response(scheduled.delete)
        self.list_occurrences = raw_response(scheduled.list_occurrences)


class AsyncScheduledMessages(AsyncResource):
    async def create(
        self,
        *,
        chat_id: str,
        scheduled_at: str | date,
        message: str | None = None,
        media: Mapping[str, Any] | JsonObject | None = None,
        is_repeat: bool | None = None,
        repeat_config: RepeatConfig | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Schedule a message; see ScheduledMessages.create."""
        return await self._request(_create(chat_id, scheduled_at, message, media, is_repeat, repeat_config), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[ScheduledMessage]:
        """Scheduled messages: `await` for the first page, or `async for` over every one."""
        return self._list(_list, _scheduled_items, window(offset, limit, max_items), request)

    async def get(self, scheduled_id: str, **request: Unpack[RequestOptions]) -> ScheduledMessage:
        """A scheduled message, by its scheduled_id."""
        return await self._request(_get(scheduled_id), request)

    async def update(
        self, scheduled_id: str, *, message: str | None = None, **request: Unpack[RequestOptions]
    ) -> ScheduledMessage:
        """Change the text of a scheduled message (other fields: `extra_body`)."""
        return await self._request(_update(scheduled_id, message), request)

    async def delete(self, scheduled_id: str, **request: Unpack[RequestOptions]) -> DeletedScheduledMessage:
        """Delete a scheduled message; its run history stays."""
        return await self._request(_delete(scheduled_id), request)

    def list_occurrences(
        self,
        scheduled_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[ScheduledOccurrence]:
        """The runs of a scheduled message, newest first."""
        build = _occurrences(scheduled_id)
        return self._list(build, _occurrence_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncScheduledMessagesWithRawResponse:
        return AsyncScheduledMessagesWithRawResponse(self)


class AsyncScheduledMessagesWithRawResponse:
    def __init__(self, scheduled: AsyncScheduledMessages) -> None:
        self.create = async_raw_response(scheduled.create)
        self.list = async_raw_pager(scheduled.list)
        self.get = async_raw_response(scheduled.get)
        self.update = async_raw_response(scheduled.update)
        self.delete = async_raw_response(scheduled.delete)
        self.list_occurrences = async_raw_pager(scheduled.list_occurrences)
