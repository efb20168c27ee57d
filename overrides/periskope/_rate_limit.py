"""What the server says of its rate limit, from the X-RateLimit-* headers."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

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
    client in the process that uses the same key and phone (see `budget_for`).

    Before the first response it lets one request through at a time, to learn the limit.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset: float | None = None  # epoch seconds
        self.in_flight = 0

    def reserve(self, now: float) -> float:
        """0.0 when a request may go now (and counts it), else how long to wait before asking again."""
        with self._lock:
            if self.reset is not None and now >= self.reset:  # a new window: assume it is full until told
                self.remaining, self.reset = self.limit, None
            if self.limit is None or self.remaining is None:
                if self.in_flight and self.limit is None:
                    return _PROBE_WAIT
                self.in_flight += 1
                return 0.0
            if self.remaining > 0:
                self.remaining -= 1
                self.in_flight += 1
                return 0.0
            if self.reset is not None:
                return max(self.reset - now, 0.0) + _WINDOW_MARGIN
            if self.in_flight:  # spent, and no window end known: one request at a time until a response says more
                return _PROBE_WAIT
            self.in_flight += 1
            return 0.0

    def settle(self, limit: RateLimit | None, *, reserved: bool = True) -> None:
        """A request is done; `limit` is what its response said (None without headers or without a response)."""
        with self._lock:
            if reserved:
                self.in_flight = max(self.in_flight - 1, 0)
            if limit is None:
                return
            if limit.limit is not None:
                self.limit = limit.limit
            reset = limit.reset.timestamp() if limit.reset is not None else None
            if reset is not None and (self.reset is None or reset > self.reset):
                # A newer window than the one we knew: what it has left, less the requests still on their way to it.
                remaining = None if limit.remaining is None else max(limit.remaining - self.in_flight, 0)
                self.reset, self.remaining = reset, remaining
            elif limit.remaining is not None and (reset is None or reset == self.reset):
                self.remaining = limit.remaining if self.remaining is None else min(self.remaining, limit.remaining)


_PROBE_WAIT = 0.01
_WINDOW_MARGIN = 0.01
_EPOCH_2001 = 1_000_000_000
_budgets: dict[tuple[str, str, str | None], RateBudget] = {}
_budgets_lock = threading.Lock()


def budget_for(base_url: str, key_hash: str, phone: str | None) -> RateBudget:
    """The process-wide budget of an API key (given as its hash) and phone."""
    key = (base_url, key_hash, phone)
    budget = _budgets.get(key)
    if budget is None:
        with _budgets_lock:
            budget = _budgets.setdefault(key, RateBudget())
    return budget
