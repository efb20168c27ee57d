"""client.reactions: the emoji reactions to messages (to react, use messages.react)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from typing import Unpack

from periskope_api.api.reaction import get_reactions
from periskope_api.models import Reaction, ReactionList
from periskope_api.types import Unset

from .._call import Call
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import AsyncResource, RequestOptions, SyncResource, given, items, raw_response, when, window
from .._response import decoder

_decode_reactions = decoder(get_reactions.parse_response, ReactionList)


def _reactions(
    chat_id: str | None, message_id: str | None, start_time: str | date | None, end_time: str | date | None
) -> Callable[[Window], Call[ReactionList]]:
    def build(at: Window) -> Call[ReactionList]:
        kwargs = get_reactions.request_kwargs(
            chat_id=given(chat_id), message_id=given(message_id), offset=at.offset_param,
            limit=given(at.limit), start_time=when(start_time), end_time=when(end_time),
        )  # fmt: skip
        return Call(kwargs, _decode_reactions, idempotent=True)

    return build


def _reaction_items(envelope: ReactionList) -> tuple[Sequence[Reaction], int | Unset | None]:
    return items(envelope.reactions), envelope.count


class Reactions(SyncResource):
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
        """Reactions, of one chat or one message if given; iterating goes through every page."""
        build = _reactions(chat_id, message_id, start_time, end_time)
        return self._list(build, _reaction_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> ReactionsWithRawResponse:
        return ReactionsWithRawResponse(self)


class ReactionsWithRawResponse:
    def __init__(self, reactions: Reactions) -> None:
        self.list = raw_response(reactions.list)


class AsyncReactions(AsyncResource):
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
        """Reactions: `await` for the first page, or `async for` over every reaction; see Reactions.list."""
        build = _reactions(chat_id, message_id, start_time, end_time)
        return self._list(build, _reaction_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncReactionsWithRawResponse:
        return AsyncReactionsWithRawResponse(self)


class AsyncReactionsWithRawResponse:
    def __init__(self, reactions: AsyncReactions) -> None:
        self.list = async_raw_pager(reactions.list)
