"""The rate budget and webhook deduplication shared through a real Redis (redis-server on a loopback port): several
processes against a rate-limited loopback server (bench/server.py: N requests per second, X-RateLimit-* headers),
Redis killed, restarted and paused mid-run, and what Redis holds."""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import API_KEY, PHONE, ROOT, seed_example
from redis_server import RedisServer

import periskope
from periskope import _redis, webhooks

WORKER = str(ROOT / "tests" / "budget_worker.py")
PER_SECOND = 48
LATENCY = 0.02


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture
def limited_server() -> Iterator[str]:
    """bench/server.py allowing PER_SECOND requests per wall-clock second, answering after LATENCY seconds (as over
    a network: requests of other processes are on their way when an answer's X-RateLimit-Remaining is read); its
    /__stats counts 200s and 429s."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "server.py"), "ratelimit", str(PER_SECOND), str(LATENCY)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    port = int(proc.stdout.readline().split()[1])
    yield f"http://127.0.0.1:{port}"
    proc.stdin.close()
    proc.wait(timeout=10)
    proc.stdout.close()


def run_workers(base_url: str, budget: str, *mode: str) -> dict[str, Any]:
    """4 processes x 4 threads (or tasks), 3 x PER_SECOND calls in all, started together once all are warm."""
    calls = 3 * PER_SECOND // 16
    argv = [sys.executable, WORKER, "budget", base_url, budget, "4", str(calls), *mode]
    procs = [subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(4)]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    start_at = time.time() + 0.2
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"{start_at}\n")
        proc.stdin.flush()
    results = [json.loads(proc.communicate(timeout=60)[0]) for proc in procs]
    elapsed = max(r["ended"] for r in results) - min(r["started"] for r in results)
    stats = httpx.get(f"{base_url}/__stats").json()
    return {"calls": 16 * calls, "elapsed": elapsed, **stats}


@pytest.mark.parametrize("mode", [(), ("async",)], ids=["threads", "asyncio"])
def test_processes_sharing_a_redis_budget_meet_no_429(
    redis_server: RedisServer, limited_server: str, mode: tuple[str, ...]
) -> None:
    """Zero 429s served, every call answered. (Throughput against the limit is a timing claim: `make bench` reports
    it, row "one RedisBudget".)"""
    result = run_workers(limited_server, redis_server.url, *mode)
    assert result["limited"] == 0
    assert result["ok"] == result["calls"]


def test_processes_with_their_own_budgets_meet_429s(limited_server: str) -> None:
    """The reason RedisBudget exists: the same workload, each process pacing alone, overruns the server's limit."""
    result = run_workers(limited_server, "local")
    assert result["limited"] > 0


def limited_transport() -> httpx.MockTransport:
    """A server allowing 1000 requests a second (so the budget rarely waits), with the headers."""

    def handler(request: httpx.Request) -> httpx.Response:
        reset = int(time.time()) + 1
        headers = {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "900", "X-RateLimit-Reset": str(reset)}
        return httpx.Response(200, json=seed_example(), headers=headers)

    return httpx.MockTransport(handler)


def redis_keys(server: RedisServer) -> list[bytes]:
    return list(server.client().scan_iter(count=1000))


def test_redis_killed_and_restarted(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    """Every request completes, one warning for the outage, and the budget is back on Redis once it is."""
    budget = periskope.RedisBudget(redis_server.url, timeout=2.0)  # a killed Redis refuses at once
    client = periskope.Periskope(
        API_KEY, PHONE, rate_budget=budget, http_client=httpx.Client(transport=limited_transport())
    )
    done: list[int] = []
    stop = threading.Event()

    def calls() -> None:
        while not stop.is_set():
            client.messages.get("m")
            done.append(1)

    threads = [threading.Thread(target=calls, daemon=True) for _ in range(4)]
    with caplog.at_level(logging.INFO, logger="periskope"):
        for thread in threads:
            thread.start()
        try:
            survive_a_restart(redis_server, done)
        finally:
            stop.set()
            for thread in threads:
                thread.join()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "Redis unreachable" in warnings[0].getMessage()
    assert any("Redis is back" in r.getMessage() for r in caplog.records)


def survive_a_restart(redis_server: RedisServer, done: list[int]) -> None:
    time.sleep(0.3)
    assert redis_keys(redis_server)
    redis_server.kill()
    before = len(done)
    time.sleep(0.5)
    assert len(done) > before  # requests go on without Redis
    redis_server.start()  # empty: no persistence
    deadline = time.monotonic() + _redis.RETRY_AFTER + 5  # the next try, plus a local window's wait at most
    while not redis_keys(redis_server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert redis_keys(redis_server), f"{len(done)} calls, still off Redis"  # the budget is on Redis again


def test_redis_paused_longer_than_the_timeout(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    """A Redis that accepts connections but never answers (SIGSTOP): calls go on, on the local budget."""
    budget = periskope.RedisBudget(redis_server.url, timeout=0.2)
    client = periskope.Periskope(
        API_KEY, PHONE, rate_budget=budget, http_client=httpx.Client(transport=limited_transport())
    )
    client.messages.get("m")
    redis_server.pause()
    try:
        for _ in range(20):
            client.messages.get("m")
        assert [r.levelno for r in caplog.records if r.levelno >= logging.WARNING] == [logging.WARNING]
    finally:
        redis_server.resume()


async def test_async_client_survives_redis_going_away(redis_server: RedisServer) -> None:
    budget = periskope.RedisBudget(redis_server.url, timeout=0.2)
    transport = limited_transport()
    client = periskope.AsyncPeriskope(
        API_KEY, PHONE, rate_budget=budget, http_client=httpx.AsyncClient(transport=transport)
    )
    await client.messages.get("m")
    redis_server.kill()
    for _ in range(5):
        await client.messages.get("m")
    await budget.aclose()
    await client.close()
    assert budget.outage.down


def test_no_key_material_in_redis(redis_server: RedisServer) -> None:
    """SCAN every key and value: no API key (nor its hash), no phone, no server URL; every key expires; the prefix
    is the one configured."""
    budget = periskope.RedisBudget(redis_server.url, prefix="myapp:budget:")
    base = "http://127.0.0.1:9/v1"
    client = periskope.Periskope(
        API_KEY, PHONE, base_url=base, rate_budget=budget, http_client=httpx.Client(transport=limited_transport())
    )
    for _ in range(3):
        client.messages.get("m")
    dedupe = webhooks.Deduplicator(redis=redis_server.url, prefix="myapp:dedupe:")
    assert not dedupe.seen(webhooks.parse(delivery(1)))
    redis = redis_server.client()
    secrets = [API_KEY, hashlib.sha256(API_KEY.encode()).hexdigest(), PHONE, "127.0.0.1"]
    keys = redis_keys(redis_server)
    assert len(keys) >= 2
    for key in keys:
        assert key.startswith((b"myapp:budget:", b"myapp:dedupe:"))
        assert redis.ttl(key) > 0
        kind = redis.type(key)
        if kind == b"hash":
            values = [*redis.hgetall(key).keys(), *redis.hgetall(key).values()]
        elif kind == b"zset":
            values = redis.zrange(key, 0, -1)
        else:
            values = [redis.get(key)]
        text = b" ".join([key, *values]).decode()
        for secret in secrets:
            assert secret not in text


def test_environment_variable_configures_redis(redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_RATE_BUDGET_URL", redis_server.url)
    client = periskope.Periskope(API_KEY, PHONE, http_client=httpx.Client(transport=limited_transport()))
    client.messages.get("m")
    assert redis_keys(redis_server)
    periskope.reset_rate_budgets()
    assert redis_keys(redis_server) == []


def delivery(n: int) -> str:
    data = {**seed_example(), "message_id": f"true_919537851844@c.us_{n:020d}"}
    return json.dumps(
        {"event": "message.created", "data": data, "org_id": "org-1", "timestamp": "2025-01-28T05:12:03Z"}
    )


def test_receivers_sharing_redis_handle_each_delivery_once(redis_server: RedisServer, tmp_path: Path) -> None:
    """4 receiver processes, each fed the same 1,000 deliveries twice in its own random order: every event is
    handled exactly once in all."""
    deliveries = [delivery(n) for n in range(1000)] * 2
    path = tmp_path / "deliveries.json"
    path.write_text(json.dumps(deliveries))
    procs = [
        subprocess.Popen(
            [sys.executable, WORKER, "dedupe", redis_server.url, str(path), str(seed)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in range(4)
    ]
    handled = Counter(key for proc in procs for key in json.loads(proc.communicate(timeout=60)[0])["processed"])
    assert len(handled) == 1000
    assert set(handled.values()) == {1}


def test_deduplicator_without_redis_decides_alone(redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    dedupe = webhooks.Deduplicator(redis=redis_server.url, timeout=0.2)
    first = webhooks.parse(delivery(1))
    assert not dedupe.seen(first)
    redis_server.kill()
    assert dedupe.seen(first)  # remembered in this process too
    assert not dedupe.seen(webhooks.parse(delivery(2)))
    assert dedupe.seen(webhooks.parse(delivery(2)))
    assert [r.levelno for r in caplog.records if r.levelno >= logging.WARNING] == [logging.WARNING]


def test_deduplicator_memory_is_bounded_by_bytes_not_just_entries() -> None:
    """300 events with 1 MB ids: what the Deduplicator keeps is a 16-byte digest each, not the ids."""
    dedupe = webhooks.Deduplicator(max_size=1000)
    for n in range(300):
        assert not dedupe.seen(f"{n}-" + "x" * 1_000_000)
    assert dedupe.seen("7-" + "x" * 1_000_000)
    assert {len(key) for key in dedupe._keys} == {16}
