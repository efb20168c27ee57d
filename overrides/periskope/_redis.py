"""What the Redis-backed features share: connecting with short timeouts and no retries, and falling back to this
process while Redis is unreachable (one warning per outage, a new try every few seconds). Imports redis-py: only
loaded by who uses Redis (extra `periskope[redis]`)."""

from __future__ import annotations

import logging
import threading
import time

from ._errors import PeriskopeError
from ._logs import logger

try:
    import redis
    import redis.asyncio
    from redis.asyncio.retry import Retry as AsyncRetry
    from redis.backoff import NoBackoff
    from redis.retry import Retry
except ImportError as exc:  # pragma: no cover - the extra is installed in the dev environment
    raise PeriskopeError("Redis support needs redis-py: pip install 'periskope[redis]'") from exc

DEFAULT_TIMEOUT = 0.5
"""Seconds a Redis call may take (connect, or one round trip) before the process goes on without it."""
RETRY_AFTER = 1.0
"""Seconds between tries while Redis is unreachable."""
QUIET = 30.0
"""Seconds after an outage's warning in which Redis failing again is the same outage (logged at info level)."""

RedisTarget = str | redis.Redis
# One retry, on a new connection, for a connection that broke (a pooled one from before a Redis restart); none for a
# timeout, which would double the wait.
_RECONNECT = (redis.ConnectionError,)
Errors = (redis.RedisError, OSError)


def connect(target: RedisTarget, timeout: float) -> redis.Redis:
    """A sync client: `target` itself, or one for the URL that fails within `timeout`."""
    if isinstance(target, redis.Redis):
        return target
    if not isinstance(target, str) or not target.startswith(("redis://", "rediss://", "unix://")):
        raise PeriskopeError(f"a Redis URL (redis://host:port/db) or a redis.Redis client is needed, got {target!r}")
    return redis.Redis.from_url(
        target, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 1, _RECONNECT)
    )


def connect_async(url: str, timeout: float) -> redis.asyncio.Redis:
    return redis.asyncio.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=AsyncRetry(NoBackoff(), 1, _RECONNECT)
    )


class Outage:
    """Whether to use Redis now. After a failure: this process's own state for `RETRY_AFTER` seconds, then Redis is
    tried again. Logs one warning when Redis goes away and one info line when it is back."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.down: bool = False
        self._retry_at = 0.0
        self._warned_at: float | None = None
        self._lock = threading.Lock()

    def usable(self) -> bool:
        return not self.down or time.monotonic() >= self._retry_at

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            now = time.monotonic()
            self._retry_at = now + RETRY_AFTER
            if self.down:
                return
            self.down = True
            # A call that was already on its way when Redis came back can fail after it: a flap within QUIET
            # seconds of the warning is the same outage, said at info level.
            again = self._warned_at is not None and now - self._warned_at < QUIET
            if not again:
                self._warned_at = now
        logger.log(logging.INFO if again else logging.WARNING,
                   "%s: Redis unreachable (%s); using this process's own until it is back",
                   self.what, type(exc).__name__)  # fmt: skip

    def ok(self) -> None:
        if self.down:
            with self._lock:
                was_down, self.down = self.down, False
            if was_down:
                logger.info("%s: Redis is back", self.what)
