"""6. A rate budget shared through Redis: 4 processes x 4 threads, 1000 messages.get in all, against a loopback server
allowing N requests per wall-clock second (bench/server.py, answers 20 ms after arrival as over a network), with one
RedisBudget on a real redis-server (tests/redis_server.py), and for contrast with each process's own budget.
Then the cost one Redis round trip per reserve and per settle adds to a call, against the local budget.

Target: elapsed <= 1.05 x the floor 1000/N with 0 429s; the per-call cost is reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import httpx
from common import ROOT, Row, emit, loopback_server, median, print_table, us
from redis_server import RedisServer

import periskope
from periskope._rate_limit import RateLimit

CALLS, PER_SECOND, LATENCY, PROCESSES, THREADS = 1000, 200, "0.02", 4, 4
ROUNDS, LOOPS = 5, 2000


def shared_run(budget: str) -> tuple[float, int, int]:
    """(elapsed from the first worker's start to the last one's end, 200s, 429s) of one run."""
    with loopback_server("ratelimit", str(PER_SECOND), LATENCY) as port:
        base = f"http://127.0.0.1:{port}"
        per_thread = CALLS // (PROCESSES * THREADS)
        argv = [sys.executable, str(ROOT / "tests" / "budget_worker.py"), "budget", base, budget, str(THREADS)]
        procs = [
            subprocess.Popen([*argv, str(per_thread)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for _ in range(PROCESSES)
        ]
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        start_at = time.time() + 0.2
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"{start_at}\n")
            proc.stdin.flush()
        results = [json.loads(proc.communicate(timeout=120)[0]) for proc in procs]
        stats = httpx.get(f"{base}/__stats").json()
    elapsed = max(r["ended"] for r in results) - min(r["started"] for r in results)
    return elapsed, stats["ok"], stats["limited"]


def per_call_cost(backend: periskope.BudgetBackend) -> float:
    """Median seconds of one reserve + settle (what the client adds to each call), over ROUNDS rounds of LOOPS."""
    budget = backend.budget("http://127.0.0.1:1/", "bench", None)
    headers = RateLimit(limit=10**9, remaining=10**9, reset=None)
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(LOOPS):
            budget.reserve(time.time())
            budget.settle(headers)
        times.append((time.perf_counter() - t0) / LOOPS)
    return median(times)


def main() -> list[Row]:
    floor = (CALLS // (PROCESSES * THREADS)) * PROCESSES * THREADS / PER_SECOND
    with RedisServer() as server:
        elapsed, ok, limited = shared_run(server.url)
        local_elapsed, local_ok, local_limited = shared_run("local")
        redis_cost = per_call_cost(periskope.RedisBudget(server.url))
    local_cost = per_call_cost(periskope.LocalBudget())
    ratio = elapsed / floor
    return [
        Row(f"{PROCESSES} processes x {THREADS} threads, one RedisBudget, {CALLS} GETs at {PER_SECOND}/s: elapsed",
            f"{elapsed:.2f} s", f"{floor:.2f} s", f"{ratio:.2f}x", "<=1.05x", "yes" if ratio <= 1.05 else "NO",
            f"{ok} answered 200. Fixed windows on epoch seconds: the first, partial window lets a burst through, "
            "so < 1.00x is possible."),
        Row("the same: 429 responses received", str(limited), "0", "-", "0", "yes" if limited == 0 else "NO",
            "every 429 the server sent"),
        Row("the same with each process's own budget: 429s", str(local_limited), "-", "-", "report only", "-",
            f"{local_ok} answered 200 in {local_elapsed:.2f} s: what the shared budget prevents"),
        Row("rate budget reserve + settle per call, Redis on loopback", us(redis_cost), us(local_cost) + " (local)",
            f"{redis_cost / local_cost:.0f}x", "report only", "-",
            f"+{(redis_cost - local_cost) * 1e6:.0f} µs per call: two round trips (EVALSHA) to Redis"),
    ]  # fmt: skip


if __name__ == "__main__":
    rows = main()
    print_table(rows)
    emit(rows)
