# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.reactions"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    envelope_items,
    omit_if_none,
    optional_iso_time,
    raw_response,
    window,
)
from periskope._response import decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import Reaction, ReactionList


def _get_reactions(
    chat_id: str | None, message_id: str | None, start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[ReactionList]]:
    from ..api.reaction import get_reactions
    from ..models import ReactionList

    def build(at: Window) -> Call[ReactionList]:
        kwargs = get_reactions.request_kwargs(
            chat_id=omit_if_none(chat_id),
            message_id=omit_if_none(message_id),
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
        )
        return Call(kwargs, decoder(get_reactions.parse_response, ReactionList), idempotent=True)

    return build


def _get_reactions_items(envelope: ReactionList) -> tuple[Sequence[Reaction], int | Unset | None]:
    return envelope_items(envelope.reactions), envelope.count


class Reactions(SyncResource):
    """client.reactions"""

    def list(
        self,
        *,
        chat_id: str | None = None,
        message_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Reaction]:
        """Reactions to messages (emoji, who, when), a page at a time; iterating goes through every page."""
        build = _get_reactions(chat_id, message_id, start_time, end_time)
        return self._list(build, _get_reactions_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> ReactionsWithRawResponse:
        return ReactionsWithRawResponse(self)


class ReactionsWithRawResponse:
    """`client.reactions.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Reactions) -> None:
        self.list = raw_response(resource.list)


class AsyncReactions(AsyncResource):
    """client.reactions"""

    def list(
        self,
        *,
        chat_id: str | None = None,
        message_id: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Reaction]:
        """Reactions to messages (emoji, who, when), a page at a time; iterating goes through every page."""
        build = _get_reactions(chat_id, message_id, start_time, end_time)
        return self._list(build, _get_reactions_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncReactionsWithRawResponse:
        return AsyncReactionsWithRawResponse(self)


class AsyncReactionsWithRawResponse:
    """`client.reactions.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncReactions) -> None:
        self.list = async_raw_pager(resource.list)
