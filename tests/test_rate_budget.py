"""The proactive rate budget (pure logic, explicit clock) and its wiring into the clients. The logic tests run
against both backends: this process's `RateBudget` and a real Redis's (`RedisBudget`), which must follow the same
rules."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import API_KEY, Recorder, call, json_response, seed_example
from redis_server import RedisServer

import periskope
from periskope import _rate_limit
from periskope._rate_limit import Budget, RateBudget, RateLimit

T0 = 1_800_000_000.0


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with RedisServer() as server:
        yield server.url


@pytest.fixture(params=["local", "redis"])
def new_budget(request: pytest.FixtureRequest) -> Callable[[], Budget]:
    """A fresh budget of the backend under test."""
    if request.param == "local":
        return RateBudget
    backend = periskope.RedisBudget(request.getfixturevalue("redis_url"))
    return lambda: backend.budget("http://127.0.0.1:1/", uuid.uuid4().hex, None)


def limit(remaining: int, reset: float, total: int = 3) -> RateLimit:
    return RateLimit(limit=total, remaining=remaining, reset=datetime.fromtimestamp(reset, tz=UTC))


def test_before_any_headers_one_request_at_a_time(new_budget: Callable[[], Budget]) -> None:
    budget = new_budget()
    assert budget.reserve(T0) == 0.0
    assert budget.reserve(T0) > 0.0  # the first is still in flight: wait to learn the limit
    budget.settle(None)
    assert budget.reserve(T0) == 0.0


def test_spends_what_remains_then_waits_for_the_reset(new_budget: Callable[[], Budget]) -> None:
    budget = new_budget()
    budget.reserve(T0)
    budget.settle(limit(remaining=2, reset=T0 + 1))
    assert budget.reserve(T0 + 0.1) == 0.0
    assert budget.reserve(T0 + 0.1) == 0.0
    wait = budget.reserve(T0 + 0.2)
    assert 0.8 <= wait <= 0.85
    budget.settle(limit(remaining=1, reset=T0 + 1))
    budget.settle(limit(remaining=0, reset=T0 + 1))
    assert budget.reserve(T0 + 1.0) == 0.0  # a new window: full again (3)
    assert budget.reserve(T0 + 1.0) == 0.0
    assert budget.reserve(T0 + 1.0) == 0.0


def test_in_flight_requests_count_against_the_remaining(new_budget: Callable[[], Budget]) -> None:
    budget = new_budget()
    budget.reserve(T0)
    budget.settle(limit(remaining=2, reset=T0 + 5))
    budget.reserve(T0)
    budget.reserve(T0)  # two in flight; the server's remaining still says 2 for a late response of the first
    budget.settle(limit(remaining=2, reset=T0 + 5))
    assert budget.reserve(T0) > 0.0


def test_a_stale_response_does_not_refill_the_window(new_budget: Callable[[], Budget]) -> None:
    budget = new_budget()
    budget.reserve(T0)
    budget.settle(limit(remaining=0, reset=T0 + 10))
    budget.settle(limit(remaining=5, reset=T0 + 9), reserved=False)  # an older window's answer, arriving late
    assert budget.reserve(T0 + 1) >= 9


async def test_a_client_never_meets_the_429_a_burst_would_cause(make_client: Any) -> None:
    """A server allowing 3 requests per window: the budget paces a stream of 7 so that none is refused."""
    window = {"start": datetime.now(UTC).timestamp(), "used": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        now = datetime.now(UTC).timestamp()
        if now >= window["start"] + 0.3:
            window.update(start=now, used=0)
        window["used"] += 1
        remaining = 3 - window["used"]
        headers = {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": str(max(remaining, 0))}
        headers["X-RateLimit-Reset"] = str(window["start"] + 0.3)
        if remaining < 0:
            return json_response(429, {"code": "RATE_LIMIT_ERROR", "message": "slow down"}, **headers)
        return json_response(200, seed_example(), **headers)

    recorder = Recorder(handler)
    client = make_client(recorder, rate_budget=True, max_retries=0)
    for _ in range(7):
        await call(client.messages.get("m"))
    assert len(recorder.requests) == 7


def test_budgets_are_shared_per_key_and_phone() -> None:
    transport = httpx.MockTransport(Recorder())
    a = periskope.Periskope(API_KEY, "919000000001", http_client=httpx.Client(transport=transport))
    b = periskope.Periskope(API_KEY, "919000000001", http_client=httpx.Client(transport=transport))
    c = periskope.Periskope(API_KEY, "919000000002", http_client=httpx.Client(transport=transport))
    assert a._budget({}) is b._budget({})
    assert a._budget({}) is not c._budget({})
    assert a._budget({"phone": "919000000002"}) is c._budget({})
    assert periskope.Periskope(API_KEY, rate_budget=False)._budget({}) is None


def test_without_rate_limit_headers_the_probe_ends_after_a_few_responses(new_budget: Callable[[], Budget]) -> None:
    """A server that sends no X-RateLimit-* headers: after PROBES answers, requests no longer go one at a time."""
    budget = new_budget()
    for _ in range(_rate_limit.PROBES):
        assert budget.reserve(T0) == 0.0
        assert budget.reserve(T0) > 0.0  # still probing: one at a time
        budget.settle(None)
    assert [budget.reserve(T0) for _ in range(8)] == [0.0] * 8  # 8 threads at once


def test_headers_after_the_probe_ended_still_pace(new_budget: Callable[[], Budget]) -> None:
    budget = new_budget()
    for _ in range(_rate_limit.PROBES):
        budget.reserve(T0)
        budget.settle(None)
    budget.reserve(T0)
    budget.settle(limit(remaining=0, reset=T0 + 2))
    assert budget.reserve(T0) > 1.9


def test_header_less_server_does_not_serialize_threads() -> None:
    """8 threads x 4 requests against a server without rate-limit headers: all but the first few go concurrently."""
    active = {"now": 0, "most": 0}
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            active["now"] += 1
            active["most"] = max(active["most"], active["now"])
        time.sleep(0.05)
        with lock:
            active["now"] -= 1
        return httpx.Response(200, json=seed_example())

    client = periskope.Periskope(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    threads = [threading.Thread(target=lambda: [client.messages.get("m") for _ in range(4)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert active["most"] >= 4


def test_idle_budgets_are_evicted() -> None:
    """2,000 per-call phones do not keep 2,000 budgets."""
    backend = periskope.LocalBudget(max_budgets=100)
    for n in range(2000):
        budget = backend.budget("http://x/", "key", f"9190000{n:05d}")
        budget.reserve(T0)
        budget.settle(limit(remaining=5, reset=T0 + 1))
    assert len(backend) <= 100


def test_budgets_in_flight_are_never_evicted() -> None:
    backend = periskope.LocalBudget(max_budgets=2)
    busy = backend.budget("http://x/", "key", "919000000001")
    busy.reserve(T0)
    for n in range(10):
        backend.budget("http://x/", "key", f"91900000100{n}")
    assert backend.budget("http://x/", "key", "919000000001") is busy


async def test_pace_wait_is_capped(make_client: Any, sleeps: list[float]) -> None:
    """A reset an hour away never makes the client sleep an hour (sync and async): the request goes, and the
    server's answer decides."""
    reset = datetime.now(UTC).timestamp() + 3600
    headers = {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
    recorder = Recorder(lambda request: json_response(200, seed_example(), **headers))
    client = make_client(recorder, rate_budget=True, max_retries=0)
    for _ in range(3):
        await call(client.messages.get("m"))
    assert len(recorder.requests) == 3
    assert sum(sleeps) <= periskope._retry.RetryPolicy.max_wait


async def test_probe_waits_are_capped_in_total(make_client: Any, sleeps: list[float]) -> None:
    """A budget that keeps saying 'wait a little' (a request counted in flight that never ends) is given up on after
    the cap in all, not polled forever."""
    client = make_client(Recorder(), rate_budget=True)
    stuck = client._budget({})
    stuck.reserve(T0)  # in flight forever, limit unknown: every reserve says PROBE_WAIT
    await call(client.messages.get("m"))
    assert 0 < sum(sleeps) <= periskope._retry.RetryPolicy.max_wait


def test_budgets_are_per_server() -> None:
    """Clients of different servers (two test servers, say) never share a budget."""
    transport = httpx.MockTransport(Recorder())
    a = periskope.Periskope(
        API_KEY, "919000000001", base_url="http://127.0.0.1:1001", http_client=httpx.Client(transport=transport)
    )
    b = periskope.Periskope(
        API_KEY, "919000000001", base_url="http://127.0.0.1:1002", http_client=httpx.Client(transport=transport)
    )
    assert a._budget({}) is not b._budget({})


async def test_reset_rate_budgets_means_a_fresh_client_never_waits(make_client: Any, sleeps: list[float]) -> None:
    """One test's server said Remaining: 0 for 3 s; after periskope.reset_rate_budgets() the next test's client does
    not wait for it."""
    reset = str(datetime.now(UTC).timestamp() + 3)
    spent = Recorder(lambda request: json_response(200, seed_example(), **{
        "X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}))  # fmt: skip
    await call(make_client(spent, rate_budget=True).messages.get("m"))
    periskope.reset_rate_budgets()
    await call(make_client(Recorder(), rate_budget=True).messages.get("m"))
    assert sleeps == []


def test_a_forked_child_starts_with_fresh_budgets() -> None:
    """A request in flight in the parent at fork time is not counted in the child (it would never end there)."""
    backend = periskope.LocalBudget()
    budget = backend.budget("http://x/", "key", None)
    budget.reserve(T0)  # in flight, limit unknown: a second request would wait
    assert budget.reserve(T0) > 0
    with warnings.catch_warnings():  # 3.12+ warns about forking a process with threads; this child uses none
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        ok = backend.budget("http://x/", "key", None).reserve(T0) == 0.0
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_redis_is_imported_only_by_who_uses_it() -> None:
    code = (
        "import sys, periskope\n"
        "from periskope import webhooks\n"
        "periskope.Periskope('k', base_url='http://127.0.0.1:1')._budget({})\n"
        "webhooks.Deduplicator().seen('x')\n"
        "assert 'redis' not in sys.modules, 'redis imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
