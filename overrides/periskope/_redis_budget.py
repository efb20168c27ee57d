"""RedisBudget: the rate budget shared by every process and host that uses the same Redis.

Each (server, API key, phone) has a hash (limit, remaining, reset, probes) and a sorted set of the requests in flight
(a random token each, scored by when it left, so that a process that dies mid-request stops counting after
`FLIGHT_MAX_AGE`). Both are read and written by one Lua script per reserve and per settle, which applies the same
rules as the in-process `RateBudget`. Keys are `prefix` + 'budget:' + a SHA-256 of (server, key hash, phone):
neither the API key nor the phone appear in Redis. Every key expires `KEY_TTL` seconds after its last use.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import secrets
import time
import weakref
from collections import deque
from typing import TYPE_CHECKING

from ._rate_limit import PROBE_WAIT, PROBES, WINDOW_MARGIN, LocalBudget, RateBudget, RateLimit, _forked
from ._redis import DEFAULT_TIMEOUT, Errors, Outage, RedisTarget, connect, connect_async

if TYPE_CHECKING:
    import redis.asyncio

KEY_TTL = 600
FLIGHT_MAX_AGE = 120.0
MAX_BUDGETS = 1024

_RESERVE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
local s = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset', 'probes')
local limit, remaining, reset, probes = tonumber(s[1]), tonumber(s[2]), tonumber(s[3]), tonumber(s[4]) or 0
local flying = redis.call('ZCARD', KEYS[2])
local wait = 0
if reset and now >= reset then
  redis.call('HSET', KEYS[1], 'rolled', reset)
  redis.call('HDEL', KEYS[1], 'reset', 'remaining')
  reset, remaining = nil, nil
  if limit then
    remaining = math.max(limit - flying, 0)
    redis.call('HSET', KEYS[1], 'remaining', remaining)
  end
end
if limit == nil or remaining == nil then
  if flying > 0 and limit == nil and probes < tonumber(ARGV[7]) then wait = tonumber(ARGV[5]) end
elseif remaining > 0 then
  redis.call('HSET', KEYS[1], 'remaining', remaining - 1)
elseif reset then
  wait = math.max(reset - now, 0) + tonumber(ARGV[6])
elseif flying > 0 then
  wait = tonumber(ARGV[5])
end
if wait == 0 then redis.call('ZADD', KEYS[2], now, ARGV[2]) end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return tostring(wait)
"""

_SETTLE = """
local now = tonumber(ARGV[1])
if ARGV[2] ~= '' then redis.call('ZREM', KEYS[2], ARGV[2]) end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
if ARGV[5] == '0' then
  if redis.call('HEXISTS', KEYS[1], 'limit') == 0 then redis.call('HINCRBY', KEYS[1], 'probes', 1) end
else
  local limit, remaining, reset = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
  if limit then redis.call('HSET', KEYS[1], 'limit', limit) end
  local s = redis.call('HMGET', KEYS[1], 'remaining', 'reset', 'rolled')
  local known_remaining, known_reset, rolled = tonumber(s[1]), tonumber(s[2]), tonumber(s[3])
  if reset and rolled and reset <= rolled then
    -- an answer from a window already over
  elseif reset and known_reset == nil and known_remaining then
    redis.call('HSET', KEYS[1], 'reset', reset)
    if remaining and remaining < known_remaining then redis.call('HSET', KEYS[1], 'remaining', remaining) end
  elseif reset and (known_reset == nil or reset > known_reset) then
    redis.call('HSET', KEYS[1], 'reset', reset)
    if remaining then
      redis.call('HSET', KEYS[1], 'remaining', math.max(remaining - redis.call('ZCARD', KEYS[2]), 0))
    else
      redis.call('HDEL', KEYS[1], 'remaining')
    end
  elseif remaining and (reset == nil or reset == known_reset) then
    if known_remaining == nil or remaining < known_remaining then
      redis.call('HSET', KEYS[1], 'remaining', remaining)
    end
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1
"""


class RedisBudget:
    """Rate budgets in Redis, shared by every process (and host) whose clients use the same Redis:

        client = periskope.Periskope(rate_budget=periskope.RedisBudget("redis://localhost:6379/0"))

    or, without code, PERISKOPE_RATE_BUDGET_URL=redis://localhost:6379/0. `redis` is a URL or a redis.Redis client
    (then async clients run its calls in a thread, and its own socket timeouts apply: give it short ones). A Redis
    call that fails or takes longer than `timeout` seconds makes this process use its own in-process budget (one
    warning) until Redis answers again. Async users: `await budget.aclose()` before their event loop ends.
    """

    def __init__(self, redis: RedisTarget, *, prefix: str = "periskope:", timeout: float = DEFAULT_TIMEOUT) -> None:
        self.prefix = prefix
        self.timeout = timeout
        self._url = redis if isinstance(redis, str) else None
        self._redis = connect(redis, timeout)
        self._reserve = self._redis.register_script(_RESERVE)
        self._settle = self._redis.register_script(_SETTLE)
        self._local = LocalBudget()
        self.outage: Outage = Outage("rate budget")
        self._budgets: dict[tuple[str, str, str | None], _Budget] = {}
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _AsyncRedis] = weakref.WeakKeyDictionary()
        self._tasks: set[asyncio.Task[None]] = set()
        _forked.add(self)

    def __repr__(self) -> str:
        return f"RedisBudget(prefix={self.prefix!r})"

    def budget(self, base_url: str, key_hash: str, phone: str | None) -> _Budget:
        key = (base_url, key_hash, phone)
        budget = self._budgets.get(key)
        if budget is None:
            if len(self._budgets) >= MAX_BUDGETS:  # forget the handles with nothing in flight (the state is in Redis)
                for idle in [k for k, b in self._budgets.items() if not b._tokens]:
                    del self._budgets[idle]
            name = hashlib.sha256(f"{base_url}\n{key_hash}\n{phone or ''}".encode()).hexdigest()[:32]
            local = self._local.budget(base_url, key_hash, phone)
            keys = [f"{self.prefix}budget:{name}", f"{self.prefix}budget:{name}:f"]
            budget = self._budgets.setdefault(key, _Budget(self, keys, local))
        return budget

    def reset(self) -> None:
        """Delete every budget under this prefix, in Redis and in this process (webhook dedupe records stay)."""
        self._local.reset()
        with contextlib.suppress(*Errors):
            for name in self._redis.scan_iter(match=self.prefix + "budget:*", count=500):
                self._redis.delete(name)

    async def aclose(self) -> None:
        """Finish this event loop's pending settles and close its Redis connections."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        conn = self._async.pop(asyncio.get_running_loop(), None)
        if conn is not None:
            await conn.client.aclose()

    def close(self) -> None:
        self._redis.close()

    def _for_loop(self) -> _AsyncRedis | None:
        if self._url is None:
            return None
        loop = asyncio.get_running_loop()
        conn = self._async.get(loop)
        if conn is None:
            conn = self._async[loop] = _AsyncRedis(connect_async(self._url, self.timeout))
        return conn

    def _after_fork(self) -> None:
        self._budgets.clear()
        self._async = weakref.WeakKeyDictionary()
        self._tasks = set()


class _AsyncRedis:
    def __init__(self, client: redis.asyncio.Redis) -> None:
        self.client = client
        self.reserve = client.register_script(_RESERVE)
        self.settle = client.register_script(_SETTLE)


class _Budget:
    """One (server, key, phone) budget in Redis. `_tokens` holds this process's reservations, oldest first: a token
    for one made in Redis, None for one made in the local fallback (each is settled where it was made)."""

    def __init__(self, backend: RedisBudget, keys: list[str], local: RateBudget) -> None:
        self._backend = backend
        self._keys = keys
        self._local = local
        self._tokens: deque[str | None] = deque()

    def reserve(self, now: float) -> float:
        backend = self._backend
        if backend.outage.usable():
            token = secrets.token_hex(8)
            try:
                wait = float(backend._reserve(keys=self._keys, args=self._reserve_args(now, token)))
            except Errors as exc:
                backend.outage.failed(exc)
            else:
                backend.outage.ok()
                if wait == 0:
                    self._tokens.append(token)
                return wait
        return self._reserve_locally(now)

    async def areserve(self, now: float) -> float:
        backend = self._backend
        if not backend.outage.usable():
            return self._reserve_locally(now)
        conn = backend._for_loop()
        if conn is None:
            return await asyncio.to_thread(self.reserve, now)
        token = secrets.token_hex(8)
        try:
            wait = float(await conn.reserve(keys=self._keys, args=self._reserve_args(now, token)))
        except Errors as exc:
            backend.outage.failed(exc)
            return self._reserve_locally(now)
        backend.outage.ok()
        if wait == 0:
            self._tokens.append(token)
        return wait

    def settle(self, limit: RateLimit | None, *, reserved: bool = True) -> None:
        """Settled where it was reserved. Inside an event loop the Redis write is a task of that loop (the async
        client calls this without awaiting)."""
        token = (self._tokens.popleft() if self._tokens else None) if reserved else ""
        if token is None:
            self._local.settle(limit, reserved=reserved)
            return
        args = self._settle_args(time.time(), token, limit)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        conn = self._backend._for_loop() if loop is not None else None
        if loop is None or conn is None:
            self._settle_sync(args, limit)
            return
        task = loop.create_task(self._settle_async(conn, args, limit))
        self._backend._tasks.add(task)
        task.add_done_callback(self._backend._tasks.discard)

    def _settle_sync(self, args: list[str | float], limit: RateLimit | None) -> None:
        try:
            self._backend._settle(keys=self._keys, args=args)
        except Errors as exc:
            self._backend.outage.failed(exc)
            self._local.settle(limit, reserved=False)

    async def _settle_async(self, conn: _AsyncRedis, args: list[str | float], limit: RateLimit | None) -> None:
        try:
            await conn.settle(keys=self._keys, args=args)
        except Errors as exc:
            self._backend.outage.failed(exc)
            self._local.settle(limit, reserved=False)

    def _reserve_locally(self, now: float) -> float:
        wait: float = self._local.reserve(now)
        if wait == 0:
            self._tokens.append(None)
        return wait

    @staticmethod
    def _reserve_args(now: float, token: str) -> list[str | float]:
        return [repr(now), token, KEY_TTL, FLIGHT_MAX_AGE, PROBE_WAIT, WINDOW_MARGIN, PROBES]

    @staticmethod
    def _settle_args(now: float, token: str, limit: RateLimit | None) -> list[str | float]:
        if limit is None:
            return [repr(now), token, KEY_TTL, FLIGHT_MAX_AGE, "0", "", "", ""]
        reset = repr(limit.reset.timestamp()) if limit.reset is not None else ""
        return [repr(now), token, KEY_TTL, FLIGHT_MAX_AGE, "1", _text(limit.limit), _text(limit.remaining), reset]


def _text(value: int | None) -> str:
    return "" if value is None else str(value)
