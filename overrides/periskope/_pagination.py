"""Offset/limit pagination: a page that is also an iterator over every item of every later page, fetched lazily.

The API's list envelopes are `{<items>, count, from, to}`; `offset` is 0-based, `from` 1-based. A page is the last one
when it is empty, shorter than the `limit` asked for, or (with no limit) when `count` says nothing is left. `limit` is
clamped to the API's maximum (2000), so that a server cap does not look like a short last page; a page that repeats
the previous one (a server ignoring `offset`) raises DecodeError instead of looping for ever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

from periskope_api.types import UNSET, Unset

from ._errors import DecodeError
from ._response import APIResponse

P = ParamSpec("P")
T = TypeVar("T")

MAX_LIMIT = 2000  # the most items the API returns in one page


@dataclass(frozen=True)
class Window:
    """Which slice a page is: where it starts, how many were asked for, and the most to yield across pages."""

    offset: int
    limit: int | None
    max_items: int | None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit > MAX_LIMIT:
            object.__setattr__(self, "limit", MAX_LIMIT)

    @property
    def offset_param(self) -> int | Unset:
        """The `offset` query parameter: left out for the first item (the server's default)."""
        return self.offset or UNSET


def _count(value: int | Unset | None) -> int | None:
    return value if isinstance(value, int) else None


_PageT = TypeVar("_PageT", bound="_Page[Any]")


class _Page(Generic[T]):
    def __init__(self, items: Sequence[T], count: int | Unset | None, window: Window) -> None:
        if window.limit is not None and len(items) > window.limit:  # the whole body stays within max_response_bytes
            raise DecodeError(f"the server sent {len(items)} items for a page of at most {window.limit}")
        self.items: list[T] = list(items)
        self.count: int | None = _count(count)
        self.offset: int = window.offset
        self.limit: int | None = window.limit
        self._window = window

    def has_next_page(self) -> bool:
        if not self.items:
            return False
        if self.limit is not None:
            return len(self.items) >= self.limit
        return self.count is None or self.offset + len(self.items) < self.count

    def _next_window(self) -> Window:
        return Window(self.offset + len(self.items), self.limit, self._window.max_items)

    def _followed_by(self, page: _PageT) -> _PageT:
        """`page`, unless it repeats this one: a server that ignores `offset` would make iteration endless."""
        if page.items and page.items == self.items:
            raise DecodeError(
                f"the page at offset {page.offset} repeats the one at offset {self.offset}: the server ignored "
                "offset, so iteration stops here rather than loop"
            )
        return page

    def _remaining(self, yielded: int) -> int | None:
        return None if self._window.max_items is None else self._window.max_items - yielded

    def __repr__(self) -> str:
        return f"<{type(self).__name__} offset={self.offset} items={len(self.items)} count={self.count}>"


class SyncPage(_Page[T]):
    """`page.items` is this page; `for item in page` goes on through the next pages (up to `max_items`)."""

    def __init__(
        self, items: Sequence[T], count: int | Unset | None, window: Window, fetch: Callable[[Window], SyncPage[T]]
    ) -> None:
        super().__init__(items, count, window)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T] | None:
        return self._followed_by(self._fetch(self._next_window())) if self.has_next_page() else None

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        yielded = 0
        for page in self.iter_pages():
            for item in page.items:
                remaining = self._remaining(yielded)
                if remaining is not None and remaining <= 0:
                    return
                yield item
                yielded += 1


class AsyncPage(_Page[T]):
    """`page.items` is this page; `async for item in page` goes on through the next pages (up to `max_items`)."""

    def __init__(
        self,
        items: Sequence[T],
        count: int | Unset | None,
        window: Window,
        fetch: Callable[[Window], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(items, count, window)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T] | None:
        return self._followed_by(await self._fetch(self._next_window())) if self.has_next_page() else None

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        yielded = 0
        async for page in self.iter_pages():
            for item in page.items:
                remaining = self._remaining(yielded)
                if remaining is not None and remaining <= 0:
                    return
                yield item
                yielded += 1


class AsyncPager(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` over every item."""

    def __init__(self, first: Callable[[], Awaitable[APIResponse[AsyncPage[T]]]]) -> None:
        self._first = first

    async def raw(self) -> APIResponse[AsyncPage[T]]:
        """The first page's APIResponse (what `with_raw_response.list(...)` returns)."""
        return await self._first()

    async def _page(self) -> AsyncPage[T]:
        return (await self._first()).parse()

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self:
            yield item


def async_raw_pager(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[APIResponse[AsyncPage[T]]]]:
    """with_raw_response for an async list method."""

    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> APIResponse[AsyncPage[T]]:
        return await method(*args, **kwargs).raw()

    return wrapper
