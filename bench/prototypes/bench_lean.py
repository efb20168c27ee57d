"""Measure the lean `_from_dict` prototype (lean_from_dict.py) against the generated one on the bench page.

    bench/.venv/bin/python bench/prototypes/bench_lean.py [ROUNDS]

Every lean level is checked first: for each message of the page, to_dict() of its result equals to_dict() of the
generated result. Then json.loads / generated / lean 1-3 / pydantic are timed interleaved (decode + every field read,
as in bench_decode.py), and the per-level gain is the median of per-round differences.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from bench_decode import build_page, pydantic_message, pydantic_models, touch  # noqa: E402
from common import BUILD, interleaved, median  # noqa: E402
from lean_from_dict import lean_decoder  # noqa: E402

from periskope import Message  # noqa: E402


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    page = build_page()
    blob = json.dumps(page).encode()
    levels = {}
    for level in (1, 2, 3):
        decode, sources = lean_decoder(Message, level)
        levels[level] = decode
        (BUILD / f"lean-level{level}.py.txt").write_text("\n\n".join(sources.values()))
        for d in page:
            assert decode(d).to_dict() == Message.from_dict(d).to_dict()
    from pydantic import TypeAdapter

    adapter = TypeAdapter(list[pydantic_message(pydantic_models())])

    def run_generated() -> None:
        touch([Message.from_dict(d) for d in json.loads(blob)])

    def lean(level: int):  # type: ignore[no-untyped-def]
        decode = levels[level]
        return lambda: touch([decode(d) for d in json.loads(blob)])

    variants = {"json.loads": lambda: json.loads(blob), "generated": run_generated,
                "lean1": lean(1), "lean2": lean(2), "lean3": lean(3),
                "pydantic": lambda: touch(adapter.validate_json(blob))}  # fmt: skip
    times = interleaved(variants, rounds)
    base, pyd = times["json.loads"], times["pydantic"]
    print(f"{'variant':<12} {'median ms':>10} {'x json.loads':>13} {'x pydantic':>11} {'gain vs previous':>17}")
    prev = None
    for name, t in times.items():
        vs_json = median([a / b for a, b in zip(t, base, strict=True)])
        vs_pyd = median([a / b for a, b in zip(t, pyd, strict=True)])
        gain = ""
        if name.startswith("lean") and prev is not None:
            gain = f"{median([p - a for p, a in zip(times[prev], t, strict=True)]) * 1e3:+.1f} ms"
        print(f"{name:<12} {median(t) * 1e3:>10.1f} {vs_json:>12.2f}x {vs_pyd:>10.2f}x {gain:>17}")
        if name in ("generated", "lean1", "lean2", "lean3"):
            prev = name
    print(f"(lean sources written to {BUILD}/lean-level*.py.txt)")


if __name__ == "__main__":
    main()
