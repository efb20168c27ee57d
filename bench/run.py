"""`make bench`: every benchmark of issue 5, each in a fresh process, then one table.

    python bench/run.py [--only calls,decode,ratelimit,redis,import,generate]

Loopback servers only (bench/server.py on 127.0.0.1), fixed iteration counts, medians; each module runs alone too
(`python bench/bench_decode.py`). Expect about 1 minute on a 2-core box. The numbers are this machine's: compare
ratios, which are measured against a baseline in the same run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH, ROOT, Row, print_table

MODULES = {
    "calls": "bench_calls.py",
    "decode": "bench_decode.py",
    "ratelimit": "bench_ratelimit.py",
    "redis": "bench_redis.py",
    "import": "bench_import.py",
    "generate": "bench_generate.py",
}


def run_module(script: str) -> list[Row]:
    result = subprocess.run(
        [sys.executable, str(BENCH / script)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("ROWS ")]
    if result.returncode != 0 or not lines:
        sys.stderr.write(result.stdout + result.stderr)
        return [Row(script, "FAILED", "-", "-", "-", "NO", f"exit {result.returncode}; output above")]
    return [Row(**row) for row in json.loads(lines[-1][5:])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(MODULES), help="comma-separated: " + ", ".join(MODULES))
    names = [n.strip() for n in parser.parse_args().only.split(",") if n.strip()]
    unknown = set(names) - set(MODULES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    rows: list[Row] = []
    t0 = time.perf_counter()
    for name in names:
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += run_module(MODULES[name])
        print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print()
    print_table(rows)
    print(f"\n{sys.version.split()[0]}, {time.perf_counter() - t0:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
