"""Shared by the benchmarks: the seed example, loopback servers, timing helpers, result rows."""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
BUILD = ROOT / "build" / "bench"
SPEC = ROOT / "generated" / "openapi.yaml"

API_KEY = "sk-bench-0123456789"
PHONE = "919876543210"
SEED_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"
SEED_PATH = "/message/" + quote(SEED_ID, safe="")
# What the client sends: the bare-httpx baselines send the same headers.
BARE_HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "Accept": "application/json",
    "User-Agent": "bench",
    "x-phone": PHONE,
}


def seed_example() -> dict[str, Any]:
    """The documented `200 OK` example of GET /message/{message_id}, from the patched spec."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operation = spec["paths"]["/message/{message_id}"]["get"]
    example: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["examples"]["200 OK"][
        "value"
    ]
    return example


@contextlib.contextmanager
def loopback_server(*args: str) -> Iterator[int]:
    """bench/server.py in a subprocess on 127.0.0.1 (a free port); yields the port. The server exits when its stdin
    closes, so it never outlives this process."""
    proc = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py"), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"server did not start: {line!r}")
        yield int(line.split()[1])
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleaved(
    variants: dict[str, Callable[[], Any]], rounds: int, *, setup: Callable[[], None] | None = None
) -> dict[str, list[float]]:
    """Run every variant once per round, in an order that alternates round by round; seconds per run."""
    import gc

    times: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            if setup:
                setup()
            gc.collect()
            t0 = time.perf_counter()
            variants[name]()
            times[name].append(time.perf_counter() - t0)
    return times


def ratio_of_medians_per_round(num: list[float], den: list[float]) -> float:
    """Median of per-round ratios: each numerator was measured right next to its baseline."""
    return statistics.median(n / d for n, d in zip(num, den, strict=True))


@dataclass
class Row:
    what: str
    ours: str
    baseline: str
    ratio: str
    target: str
    met: str  # "yes", "NO", or "-" (report only)
    note: str = ""


def emit(rows: list[Row]) -> None:
    """The last line a benchmark module prints: its rows as JSON, for run.py."""
    print("ROWS " + json.dumps([asdict(r) for r in rows]))


def print_table(rows: list[Row]) -> None:
    headers = ["what", "ours", "baseline", "ratio", "target", "met?"]
    cells = [[r.what, r.ours, r.baseline, r.ratio, r.target, r.met] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells:
        print("| " + " | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)) + " |")
    notes = [f"  [{i + 1}] {r.what}: {r.note}" for i, r in enumerate(rows) if r.note]
    if notes:
        print("notes:")
        print("\n".join(notes))


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def env_without_bytecode_flag() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
