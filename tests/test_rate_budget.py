"""The proactive rate budget (pure logic, explicit clock) and its wiring into the clients."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from conftest import API_KEY, Recorder, call, json_response, seed_example

import periskope
from periskope._rate_limit import RateBudget, RateLimit

T0 = 1_800_000_000.0


def limit(remaining: int, reset: float, total: int = 3) -> RateLimit:
    return RateLimit(limit=total, remaining=remaining, reset=datetime.fromtimestamp(reset, tz=UTC))


def test_before_any_headers_one_request_at_a_time() -> None:
    budget = RateBudget()
    assert budget.reserve(T0) == 0.0
    assert budget.reserve(T0) > 0.0  # the first is still in flight: wait to learn the limit
    budget.settle(None)
    assert budget.reserve(T0) == 0.0


def test_spends_what_remains_then_waits_for_the_reset() -> None:
    budget = RateBudget()
    budget.reserve(T0)
    budget.settle(limit(remaining=2, reset=T0 + 1))
    assert budget.reserve(T0 + 0.1) == 0.0
    assert budget.reserve(T0 + 0.1) == 0.0
    wait = budget.reserve(T0 + 0.2)
    assert 0.8 <= wait <= 0.85
    assert budget.reserve(T0 + 1.0) == 0.0  # a new window: full again (3)
    assert budget.reserve(T0 + 1.0) == 0.0
    assert budget.reserve(T0 + 1.0) == 0.0


def test_in_flight_requests_count_against_the_remaining() -> None:
    budget = RateBudget()
    budget.reserve(T0)
    budget.settle(limit(remaining=2, reset=T0 + 5))
    budget.reserve(T0)
    budget.reserve(T0)  # two in flight; the server's remaining still says 2 for a late response of the first
    budget.settle(limit(remaining=2, reset=T0 + 5))
    assert budget.reserve(T0) > 0.0


def test_a_stale_response_does_not_refill_the_window() -> None:
    budget = RateBudget()
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
