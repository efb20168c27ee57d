"""When to retry a failed request, and how long to wait first."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ._errors import APIConnectionError, APIError, APIStatusError, RateLimitError

RETRYABLE_STATUSES = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: `initial_delay * 2**attempt`, at most `max_delay`, times 0.75-1.0.

    A wait the server asks for (Retry-After, or X-RateLimit-Reset on a 429) is honoured up to `max_wait`;
    beyond that the error is raised at once rather than sleeping for it.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_wait: float = 60.0

    def delay(self, attempt: int, error: APIError, *, idempotent: bool) -> float | None:
        """Seconds to wait before retry number `attempt + 1`, or None to give up and raise `error`."""
        if attempt >= self.max_retries or not _may_retry(error, idempotent=idempotent):
            return None
        if isinstance(error, APIStatusError):
            asked = _server_wait(error)
            if asked is not None:
                return asked if asked <= self.max_wait else None
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return backoff * (1 - 0.25 * random.random())


def _may_retry(error: APIError, *, idempotent: bool) -> bool:
    """Idempotent requests: connection errors, 408, 429 and 5xx. Others (a send) only when the failure proves the
    server did not act on it: the connection was never made, or a 429."""
    if isinstance(error, APIStatusError):
        if error.status_code == 429:
            return True
        return idempotent and (error.status_code in RETRYABLE_STATUSES or error.status_code >= 500)
    if isinstance(error, APIConnectionError):
        return idempotent or isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
    return False


def _server_wait(error: APIStatusError) -> float | None:
    """Seconds the server asked us to wait: Retry-After (seconds or an HTTP date), else, on a 429, until
    X-RateLimit-Reset."""
    retry_after = error.response.headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            pass
        try:
            return max(0.0, (parsedate_to_datetime(retry_after) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            pass
    if isinstance(error, RateLimitError) and error.reset is not None:
        return max(0.0, (error.reset - datetime.now(UTC)).total_seconds())
    return None


def sleep(seconds: float) -> None:
    """The clients wait through these two, so that tests can replace them."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - asyncio costs ~10 ms to import; sync users never need it

    await asyncio.sleep(seconds)
