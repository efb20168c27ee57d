"""4. Import time: a fresh interpreter per sample, timed from outside (subprocess wall time), cases interleaved.

  import periskope                              vs  import httpx
  import periskope + Periskope() + first get    vs  import httpx + httpx.Client() + first get + json.loads
                                                    (the same loopback server, seed message)

Byte-code caches are populated first and PYTHONDONTWRITEBYTECODE is dropped for the samples, as for an installed
package. The interpreter floor (`python -c pass`) is reported in the notes; ratios are of whole-process times.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    API_KEY,
    BARE_HEADERS,
    PHONE,
    SEED_ID,
    SEED_PATH,
    Row,
    emit,
    env_without_bytecode_flag,
    loopback_server,
    median,
    ms,
    print_table,
)

ROUNDS = 11


def cases(port: int) -> dict[str, str]:
    base = f"http://127.0.0.1:{port}"
    return {
        "pass": "pass",
        "httpx": "import httpx",
        "periskope": "import periskope",
        "httpx+get": (
            f"import httpx, json; c = httpx.Client(base_url={base!r}); "
            f"json.loads(c.get({SEED_PATH!r}, headers={BARE_HEADERS!r}).content)"
        ),
        "periskope+get": (
            f"import periskope; c = periskope.Periskope(api_key={API_KEY!r}, phone={PHONE!r}, base_url={base!r}); "
            f"c.messages.get({SEED_ID!r})"
        ),
    }


def main() -> list[Row]:
    env = env_without_bytecode_flag()
    with loopback_server("canned") as port:
        snippets = cases(port)
        for code in snippets.values():  # write the byte-code caches; check that every snippet works
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times: dict[str, list[float]] = {name: [] for name in snippets}
        names = list(snippets)
        for r in range(ROUNDS):
            for name in names if r % 2 == 0 else reversed(names):
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-c", snippets[name]], check=True, env=env)
                times[name].append(time.perf_counter() - t0)

    def ratio(a: str, b: str) -> float:
        return median([x / y for x, y in zip(times[a], times[b], strict=True)])

    floor = median(times["pass"])
    rows = []
    for ours, base, label in (("periskope", "httpx", "import periskope vs import httpx"),
                              ("periskope+get", "httpx+get", "import + first messages.get vs httpx")):  # fmt: skip
        r = ratio(ours, base)
        net = (median(times[ours]) - floor) / (median(times[base]) - floor)
        rows.append(Row(label, ms(median(times[ours])), ms(median(times[base])), f"{r:.2f}x", "<=1.3x",
                        "yes" if r <= 1.3 else "NO",
                        f"interpreter floor {ms(floor)}; above the floor {net:.2f}x; {ROUNDS} rounds"))  # fmt: skip
    return rows


if __name__ == "__main__":
    rows = main()
    print_table(rows)
    emit(rows)
