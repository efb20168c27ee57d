"""1. Per-call overhead on a keep-alive loopback server returning the seed message.

sync:  client.messages.get(id)  vs  bare httpx.Client.get + json.loads, same headers, same path.
async: 50 concurrent client.messages.get  vs  50 concurrent bare httpx.AsyncClient.get + json.loads.

Both clients keep their defaults: retries on (max_retries=2), every response wrapped in an APIResponse (raw response
capture), and the rate budget as far as it exists today. The server is a separate process, so process CPU time
here is the client's alone: "added CPU" is (ours - bare) process CPU per call, median over rounds.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from common import (
    API_KEY,
    BARE_HEADERS,
    PHONE,
    SEED_ID,
    SEED_PATH,
    Row,
    emit,
    loopback_server,
    median,
    print_table,
    us,
)

import periskope

SYNC_CALLS, SYNC_ROUNDS, WARMUP = 300, 9, 100
CONCURRENCY, ASYNC_BATCHES, ASYNC_ROUNDS = 50, 8, 7


def measure(fn, n: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n, (time.process_time() - c0) / n


def bench_sync(port: int) -> list[Row]:
    base = f"http://127.0.0.1:{port}"
    bare = httpx.Client(base_url=base)
    client = periskope.Periskope(api_key=API_KEY, phone=PHONE, base_url=base)

    def bare_call() -> object:
        return json.loads(bare.get(SEED_PATH, headers=BARE_HEADERS).content)

    def ours_call() -> object:
        return client.messages.get(SEED_ID)

    def raw_call() -> object:
        response = client.messages.with_raw_response.get(SEED_ID)
        _ = response.rate_limit, response.trace_id
        return response.parse()

    assert isinstance(ours_call(), periskope.Message)
    variants = {"bare": bare_call, "ours": ours_call, "raw": raw_call}
    for fn in variants.values():
        measure(fn, WARMUP)
    wall: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    names = list(variants)
    for r in range(SYNC_ROUNDS):
        for name in names if r % 2 == 0 else reversed(names):
            w, c = measure(variants[name], SYNC_CALLS)
            wall[name].append(w)
            cpu[name].append(c)
    bare.close()
    client.close()
    return [_rows("sync", "client.messages.get", wall, cpu, "ours"),
            _rows("sync", "with_raw_response.get+parse", wall, cpu, "raw")]  # fmt: skip


def _rows(kind: str, label: str, wall: dict[str, list[float]], cpu: dict[str, list[float]], key: str) -> Row:
    ratio = median([o / b for o, b in zip(wall[key], wall["bare"], strict=True)])
    added = median([o - b for o, b in zip(cpu[key], cpu["bare"], strict=True)])
    met = ratio <= 1.10 and added <= 40e-6
    return Row(
        what=f"per-call {kind}: {label}",
        ours=us(median(wall[key])),
        baseline=us(median(wall["bare"])),
        ratio=f"{ratio:.2f}x",
        target="<=1.10x, <=40µs CPU",
        met="yes" if met else "NO",
        note=f"added CPU/call {added * 1e6:.1f} µs (median over rounds; ours {median(cpu[key]) * 1e6:.0f}, "
        f"bare {median(cpu['bare']) * 1e6:.0f} µs CPU/call)",
    )


async def bench_async(port: int) -> Row:
    base = f"http://127.0.0.1:{port}"
    bare = httpx.AsyncClient(base_url=base)
    client = periskope.AsyncPeriskope(api_key=API_KEY, phone=PHONE, base_url=base)

    async def bare_call() -> object:
        return json.loads((await bare.get(SEED_PATH, headers=BARE_HEADERS)).content)

    async def ours_call() -> object:
        return await client.messages.get(SEED_ID)

    async def run(fn, batches: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        for _ in range(batches):
            await asyncio.gather(*(fn() for _ in range(CONCURRENCY)))
        n = batches * CONCURRENCY
        return (time.perf_counter() - t0) / n, (time.process_time() - c0) / n

    assert isinstance(await ours_call(), periskope.Message)
    variants = {"bare": bare_call, "ours": ours_call}
    for fn in variants.values():
        await run(fn, 2)
    wall: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    for r in range(ASYNC_ROUNDS):
        for name in ("bare", "ours") if r % 2 == 0 else ("ours", "bare"):
            w, c = await run(variants[name], ASYNC_BATCHES)
            wall[name].append(w)
            cpu[name].append(c)
    await bare.aclose()
    await client.close()
    return _rows("async", f"{CONCURRENCY} concurrent messages.get", wall, cpu, "ours")


def main() -> list[Row]:
    with loopback_server("canned") as port:
        rows = bench_sync(port)
        rows.append(asyncio.run(bench_async(port)))
    return rows


if __name__ == "__main__":
    rows = main()
    print_table(rows)
    emit(rows)
