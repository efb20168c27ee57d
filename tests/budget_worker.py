"""One worker process of the multi-process tests and bench: prints one JSON line with what it did.

python tests/budget_worker.py budget BASE_URL REDIS_URL|local THREADS CALLS START_AT [async]
    THREADS threads (or asyncio tasks) of CALLS messages.get each, from the epoch second START_AT, on a shared
    RedisBudget (or this process's own budget with `local`) -> {"ok": n, "limited": n, "elapsed": s}
python tests/budget_worker.py dedupe REDIS_URL DELIVERIES_FILE SEED
    every delivery of the JSON list in DELIVERIES_FILE, shuffled by SEED, through one Redis Deduplicator
    -> {"processed": [keys of the events this worker handled]}
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

import periskope
from periskope import webhooks

API_KEY = "sk-worker-abcdefghijklmnop"
PHONE = "919876543210"
SEED_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"


def budget(base_url: str, redis_url: str, threads: int, calls: int, use_async: bool) -> dict[str, Any]:
    # A generous Redis timeout: on a loaded test machine a fallback to the local budget would be a false failure.
    backend: Any = periskope.LocalBudget() if redis_url == "local" else periskope.RedisBudget(redis_url, timeout=2.0)
    counts = {"ok": 0, "limited": 0}
    lock = threading.Lock()

    def count(ok: bool) -> None:
        with lock:
            counts["ok" if ok else "limited"] += 1

    warm = (periskope.AsyncPeriskope if use_async else periskope.Periskope)(API_KEY, PHONE, base_url=base_url)
    assert warm.messages is not None  # loads the resource and model modules before the clock starts
    print("READY", flush=True)
    start_at = float(sys.stdin.readline())
    time.sleep(max(start_at - time.time(), 0))
    t0 = time.time()
    if use_async:

        async def run() -> None:
            client = periskope.AsyncPeriskope(API_KEY, PHONE, base_url=base_url, rate_budget=backend, max_retries=0)

            async def one_task() -> None:
                for _ in range(calls):
                    try:
                        await client.messages.get(SEED_ID)
                        count(True)
                    except periskope.RateLimitError:
                        count(False)

            await asyncio.gather(*(one_task() for _ in range(threads)))
            await client.close()
            if isinstance(backend, periskope.RedisBudget):
                await backend.aclose()

        asyncio.run(run())
    else:
        client = periskope.Periskope(API_KEY, PHONE, base_url=base_url, rate_budget=backend, max_retries=0)

        def one_thread() -> None:
            for _ in range(calls):
                try:
                    client.messages.get(SEED_ID)
                    count(True)
                except periskope.RateLimitError:
                    count(False)

        workers = [threading.Thread(target=one_thread) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        client.close()
    return {**counts, "started": t0, "ended": time.time()}


def dedupe(redis_url: str, deliveries_file: str, seed: int) -> dict[str, Any]:
    deliveries = json.loads(Path(deliveries_file).read_text())
    random.Random(seed).shuffle(deliveries)
    dedupe = webhooks.Deduplicator(redis=redis_url, timeout=2.0)
    processed = []
    for body in deliveries:
        event = webhooks.parse(body)
        if not dedupe.seen(event):
            processed.append(event.key)
    return {"processed": processed}


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "budget":
        result = budget(args[0], args[1], int(args[2]), int(args[3]), args[4:] == ["async"])
    else:
        result = dedupe(args[0], args[1], int(args[2]))
    print(json.dumps(result), flush=True)
