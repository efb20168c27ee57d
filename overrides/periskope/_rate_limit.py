"""What the server says of its rate limit, from the X-RateLimit-* headers."""

from __future__ import annotations

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
    """X-RateLimit-Reset is epoch seconds ('1738041123')."""
    try:
        return datetime.fromtimestamp(float(value), tz=UTC) if value is not None else None
    except (ValueError, OverflowError, OSError):
        return None
