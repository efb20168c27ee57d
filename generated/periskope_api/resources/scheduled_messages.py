# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.scheduled_messages"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    envelope_items,
    iso_time,
    non_empty_str,
    omit_if_none,
    optional_model,
    raw_response,
    window,
)
from periskope._response import decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        DeletedScheduledMessage,
        JsonObject,
        ScheduledMessage,
        ScheduledMessageList,
        ScheduledOccurrence,
        ScheduledOccurrenceList,
        ScheduledRepeatConfig,
    )


def _create_scheduled_message(
    chat_id: str,
    scheduled_at: str | date,
    message: str | None,
    media: Mapping[str, Any] | JsonObject | None,
    is_repeat: bool | None,
    repeat_config: ScheduledRepeatConfig | Mapping[str, Any] | None,
) -> Call[ScheduledMessage]:
    from ..api.scheduled_message import create_scheduled_message
    from ..models import CreateScheduledMessageBody, JsonObject, ScheduledMessage, ScheduledRepeatConfig

    kwargs = create_scheduled_message.request_kwargs(
        body=CreateScheduledMessageBody(
            chat_id=non_empty_str("chat_id", chat_id),
            scheduled_at=iso_time(scheduled_at),
            message=omit_if_none(message),
            media=optional_model(JsonObject.from_dict, media),
            is_repeat=omit_if_none(is_repeat),
            repeat_config=optional_model(ScheduledRepeatConfig.from_dict, repeat_config),
        )
    )
    return Call(kwargs, decoder(create_scheduled_message.parse_response, ScheduledMessage), idempotent=False)


def _delete_scheduled_message(scheduled_id: str) -> Call[DeletedScheduledMessage]:
    from ..api.scheduled_message import delete_scheduled_message
    from ..models import DeletedScheduledMessage

    kwargs = delete_scheduled_message.request_kwargs(non_empty_str("scheduled_id", scheduled_id))
    return Call(kwargs, decoder(delete_scheduled_message.parse_response, DeletedScheduledMessage), idempotent=False)


def _get_scheduled_message_by_id(scheduled_id: str) -> Call[ScheduledMessage]:
    from ..api.scheduled_message import get_scheduled_message_by_id
    from ..models import ScheduledMessage

    kwargs = get_scheduled_message_by_id.request_kwargs(non_empty_str("scheduled_id", scheduled_id))
    return Call(kwargs, decoder(get_scheduled_message_by_id.parse_response, ScheduledMessage), idempotent=True)


def _list_scheduled_messages() -> Callable[[Window], Call[ScheduledMessageList]]:
    from ..api.scheduled_message import list_scheduled_messages
    from ..models import ScheduledMessageList

    def build(at: Window) -> Call[ScheduledMessageList]:
        kwargs = list_scheduled_messages.request_kwargs(offset=at.offset_param, limit=omit_if_none(at.limit))
        return Call(kwargs, decoder(list_scheduled_messages.parse_response, ScheduledMessageList), idempotent=True)

    return build


def _list_scheduled_messages_items(
    envelope: ScheduledMessageList,
) -> tuple[Sequence[ScheduledMessage], int | Unset | None]:
    return envelope_items(envelope.scheduled_messages), envelope.count


def _list_scheduled_message_occurrences(scheduled_id: str) -> Callable[[Window], Call[ScheduledOccurrenceList]]:
    from ..api.scheduled_message import list_scheduled_message_occurrences
    from ..models import ScheduledOccurrenceList

    def build(at: Window) -> Call[ScheduledOccurrenceList]:
        kwargs = list_scheduled_message_occurrences.request_kwargs(
            non_empty_str("scheduled_id", scheduled_id), offset=at.offset_param, limit=omit_if_none(at.limit)
        )
        return Call(
            kwargs, decoder(list_scheduled_message_occurrences.parse_response, ScheduledOccurrenceList), idempotent=True
        )

    return build


def _list_scheduled_message_occurrences_items(
    envelope: ScheduledOccurrenceList,
) -> tuple[Sequence[ScheduledOccurrence], int | Unset | None]:
    return envelope_items(envelope.occurrences), envelope.count


def _update_scheduled_message(scheduled_id: str, message: str | None) -> Call[ScheduledMessage]:
    from ..api.scheduled_message import update_scheduled_message
    from ..models import ScheduledMessage, UpdateScheduledMessageBody

    kwargs = update_scheduled_message.request_kwargs(
        non_empty_str("scheduled_id", scheduled_id), body=UpdateScheduledMessageBody(message=omit_if_none(message))
    )
    return Call(kwargs, decoder(update_scheduled_message.parse_response, ScheduledMessage), idempotent=True)


class ScheduledMessages(SyncResource):
    """client.scheduled_messages"""

    def create(
        self,
        *,
        chat_id: str,
        scheduled_at: str | date,
        message: str | None = None,
        media: Mapping[str, Any] | JsonObject | None = None,
        is_repeat: bool | None = None,
        repeat_config: ScheduledRepeatConfig | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Schedule a message to a chat at `scheduled_at` (ISO 8601, UTC), once or repeating (`is_repeat`,
        `repeat_config={"repeat_interval": "week", "repeat_value": 1, "repeat_days": ["monday"]}`)."""
        return self._request(
            _create_scheduled_message(chat_id, scheduled_at, message, media, is_repeat, repeat_config), request
        )

    def delete(
        self,
        scheduled_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedScheduledMessage:
        """Delete a scheduled message: no further runs; its run history stays (`list_occurrences`)."""
        return self._request(_delete_scheduled_message(scheduled_id), request)

    def get(
        self,
        scheduled_id: str,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """A scheduled message, by its scheduled_id."""
        return self._request(_get_scheduled_message_by_id(scheduled_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[ScheduledMessage]:
        """The phone's scheduled messages, a page at a time; iterating goes through every page."""
        build = _list_scheduled_messages()
        return self._list(build, _list_scheduled_messages_items, window(offset, limit, max_items), request)

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
        build = _list_scheduled_message_occurrences(scheduled_id)
        return self._list(build, _list_scheduled_message_occurrences_items, window(offset, limit, max_items), request)

    def update(
        self,
        scheduled_id: str,
        *,
        message: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Change the text of a scheduled message (other fields: `extra_body`)."""
        return self._request(_update_scheduled_message(scheduled_id, message), request)

    @cached_property
    def with_raw_response(self) -> ScheduledMessagesWithRawResponse:
        return ScheduledMessagesWithRawResponse(self)


class ScheduledMessagesWithRawResponse:
    """`client.scheduled_messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: ScheduledMessages) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.list_occurrences = raw_response(resource.list_occurrences)
        self.update = raw_response(resource.update)


class AsyncScheduledMessages(AsyncResource):
    """client.scheduled_messages"""

    async def create(
        self,
        *,
        chat_id: str,
        scheduled_at: str | date,
        message: str | None = None,
        media: Mapping[str, Any] | JsonObject | None = None,
        is_repeat: bool | None = None,
        repeat_config: ScheduledRepeatConfig | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Schedule a message to a chat at `scheduled_at` (ISO 8601, UTC), once or repeating (`is_repeat`,
        `repeat_config={"repeat_interval": "week", "repeat_value": 1, "repeat_days": ["monday"]}`)."""
        return await self._request(
            _create_scheduled_message(chat_id, scheduled_at, message, media, is_repeat, repeat_config), request
        )

    async def delete(
        self,
        scheduled_id: str,
        **request: Unpack[RequestOptions],
    ) -> DeletedScheduledMessage:
        """Delete a scheduled message: no further runs; its run history stays (`list_occurrences`)."""
        return await self._request(_delete_scheduled_message(scheduled_id), request)

    async def get(
        self,
        scheduled_id: str,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """A scheduled message, by its scheduled_id."""
        return await self._request(_get_scheduled_message_by_id(scheduled_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[ScheduledMessage]:
        """The phone's scheduled messages, a page at a time; iterating goes through every page."""
        build = _list_scheduled_messages()
        return self._list(build, _list_scheduled_messages_items, window(offset, limit, max_items), request)

    def list_occurrences(
        self,
        scheduled_id: str,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[ScheduledOccurrence]:
        """The runs of a scheduled message, newest first: whether each one sent, and what."""
        build = _list_scheduled_message_occurrences(scheduled_id)
        return self._list(build, _list_scheduled_message_occurrences_items, window(offset, limit, max_items), request)

    async def update(
        self,
        scheduled_id: str,
        *,
        message: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> ScheduledMessage:
        """Change the text of a scheduled message (other fields: `extra_body`)."""
        return await self._request(_update_scheduled_message(scheduled_id, message), request)

    @cached_property
    def with_raw_response(self) -> AsyncScheduledMessagesWithRawResponse:
        return AsyncScheduledMessagesWithRawResponse(self)


class AsyncScheduledMessagesWithRawResponse:
    """`client.scheduled_messages.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncScheduledMessages) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.list_occurrences = async_raw_pager(resource.list_occurrences)
        self.update = async_raw_response(resource.update)
