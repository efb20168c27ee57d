"""What the server says of its rate limit, from the X-RateLimit-* headers."""

from __future__ import annotations

import math
import os
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx


@dataclass(frozen=True)
class RateLimit:
    """`limit` requests per window, `remaining` of them left, the window resets at `reset`."""

    limit: int | None
    remaining: int | None
    reset: datetime | None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """None when the response carries none of the headers."""
        limit = _int(headers.get("x-ratelimit-limit"))
        remaining = _int(headers.get("x-ratelimit-remaining"))
        reset = _epoch(headers.get("x-ratelimit-reset"))
        if limit is None and remaining is None and reset is None:
            return None
        return cls(limit=limit, remaining=remaining, reset=reset)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _epoch(value: str | None) -> datetime | None:
    """X-RateLimit-Reset is epoch seconds ('1738041123'); a small number is read as seconds from now."""
    try:
        seconds = float(value) if value is not None else None
        if seconds is None or not math.isfinite(seconds):
            return None
        if seconds < _EPOCH_2001:
            seconds += time.time()
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return None


class RateBudget:
    """Paces the requests of one (API key, phone): spends what X-RateLimit-Remaining allows in the current window,
    then waits for X-RateLimit-Reset, so that a steady stream does not meet a 429. Thread-safe; shared by every
    client in the process that uses the same key and phone (see `LocalBudget`).

    Before the first response it lets one request through at a time, to learn the limit; after `PROBES` responses
    without X-RateLimit-* headers it stops waiting (the server meters nothing it tells us about).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset: float | None = None  # epoch seconds
        self.rolled: float | None = None  # the reset of the last window that ended
        self.in_flight: int = 0
        self.probes: int = 0  # responses seen without any X-RateLimit-* header, while the limit is unknown

    def reserve(self, now: float) -> float:
        """0.0 when a request may go now (and counts it), else how long to wait before asking again."""
        with self._lock:
            if self.reset is not None and now >= self.reset:
                # A new window: full until told otherwise, less the requests still on their way (they may land in it).
                self.rolled, self.reset = self.reset, None
                self.remaining = None if self.limit is None else max(self.limit - self.in_flight, 0)
            if self.limit is None or self.remaining is None:
                if self.in_flight and self.limit is None and self.probes < PROBES:
                    return PROBE_WAIT
                self.in_flight += 1
                return 0.0
            if self.remaining > 0:
                self.remaining -= 1
                self.in_flight += 1
                return 0.0
            if self.reset is not None:
                return max(self.reset - now, 0.0) + WINDOW_MARGIN
            if self.in_flight:  # spent, and no window end known: one request at a time until a response says more
                return PROBE_WAIT
            self.in_flight += 1
            return 0.0

    async def areserve(self, now: float) -> float:
        return self.reserve(now)

    def settle(self, limit: RateLimit | None, *, reserved: bool = True) -> None:
        """A request is done; `limit` is what its response said (None without headers or without a response)."""
        with self._lock:
            if reserved:
                self.in_flight = max(self.in_flight - 1, 0)
            if limit is None:
                if self.limit is None:
                    self.probes += 1
                return
            if limit.limit is not None:
                self.limit = limit.limit
            reset = limit.reset.timestamp() if limit.reset is not None else None
            if reset is not None and self.rolled is not None and reset <= self.rolled:
                return  # an answer from a window already over
            if reset is not None and self.reset is None and self.remaining is not None:
                # The first answer in a window we have been counting since it began: the smaller count wins.
                self.reset = reset
                if limit.remaining is not None:
                    self.remaining = min(self.remaining, limit.remaining)
            elif reset is not None and (self.reset is None or reset > self.reset):
                # A newer window than the one we knew: what it has left, less the requests still on their way to it.
                remaining = None if limit.remaining is None else max(limit.remaining - self.in_flight, 0)
                self.reset, self.remaining = reset, remaining
            elif limit.remaining is not None and (reset is None or reset == self.reset):
                self.remaining = limit.remaining if self.remaining is None else min(self.remaining, limit.remaining)

    @property
    def idle(self) -> bool:
        """Nothing in flight: forgetting this budget costs at most a few probe requests."""
        return self.in_flight == 0


class Budget(Protocol):
    """The budget of one (API key, phone), as the clients use it: `reserve` before every attempt (0.0: go; else wait
    that long and ask again), `settle` once the attempt is done, with what its response said."""

    def reserve(self, now: float) -> float: ...

    async def areserve(self, now: float) -> float: ...

    def settle(self, limit: RateLimit | None, *, reserved: bool = True) -> None: ...


class BudgetBackend(Protocol):
    """Where budgets live: `LocalBudget` (this process, the default) or `RedisBudget` (shared by every process).
    Pass one as `Periskope(..., rate_budget=...)`."""

    def budget(self, base_url: str, key_hash: str, phone: str | None) -> Budget:
        """The budget of an API key (given as its SHA-256) and phone against the server at `base_url`."""
        ...

    def reset(self) -> None:
        """Forget every budget: the next request of each probes the limit afresh."""
        ...


class LocalBudget:
    """The in-process budgets, one per (server, API key, phone), shared by every client, thread and task of this
    process. At most `max_budgets` are kept: past that, the least recently used idle ones are forgotten.
    A forked child starts with none (the parent's in-flight requests are not the child's)."""

    def __init__(self, max_budgets: int = 256) -> None:
        self.max_budgets = max_budgets
        self._budgets: OrderedDict[tuple[str, str, str | None], RateBudget] = OrderedDict()
        self._lock = threading.Lock()
        _forked.add(self)

    def budget(self, base_url: str, key_hash: str, phone: str | None) -> RateBudget:
        key = (base_url, key_hash, phone)
        with self._lock:
            budget = self._budgets.get(key)
            if budget is not None:
                self._budgets.move_to_end(key)
                return budget
            budget = self._budgets[key] = RateBudget()
            if len(self._budgets) > self.max_budgets:
                self._evict()
            return budget

    def _evict(self) -> None:
        for key in [key for key, budget in self._budgets.items() if budget.idle]:
            del self._budgets[key]
            if len(self._budgets) <= self.max_budgets // 2:
                return

    def reset(self) -> None:
        with self._lock:
            self._budgets.clear()

    def _after_fork(self) -> None:
        self._lock = threading.Lock()
        self._budgets.clear()

    def __len__(self) -> int:
        return len(self._budgets)


PROBES = 3
PROBE_WAIT = 0.01
WINDOW_MARGIN = 0.01
_EPOCH_2001 = 1_000_000_000
_forked: weakref.WeakSet[Any] = weakref.WeakSet()  # objects with an _after_fork(), called in a forked child
os.register_at_fork(after_in_child=lambda: [each._after_fork() for each in list(_forked)])

LOCAL = LocalBudget()
"""The process-wide budgets every client uses unless given another backend (or PERISKOPE_RATE_BUDGET_URL)."""
_budgets = LOCAL._budgets
_backends: dict[str, BudgetBackend] = {}


def default_backend() -> BudgetBackend:
    """`LOCAL`, or the RedisBudget that PERISKOPE_RATE_BUDGET_URL names (one per URL, made on first use)."""
    url = os.environ.get("PERISKOPE_RATE_BUDGET_URL")
    if not url:
        return LOCAL
    backend = _backends.get(url)
    if backend is None:
        from ._redis_budget import RedisBudget  # noqa: PLC0415 - redis is imported only by who uses it

        backend = _backends.setdefault(url, RedisBudget(url))
    return backend


def reset_rate_budgets() -> None:
    """Forget every in-process rate budget (and those of PERISKOPE_RATE_BUDGET_URL's Redis, if set): for tests,
    so that one test's server never makes a later test's client wait."""
    LOCAL.reset()
    for backend in list(_backends.values()):
        backend.reset()
