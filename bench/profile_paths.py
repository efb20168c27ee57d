"""Profiles (cProfile, sorted by own time) of the decode path and the per-call path; top entries printed, full
stats in build/bench/profile-{decode,call}.txt.

    bench/.venv/bin/python bench/profile_paths.py
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_decode import build_page, touch
from common import API_KEY, BUILD, PHONE, SEED_ID, loopback_server

import periskope


def report(profile: cProfile.Profile, name: str, top: int) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime")
    stats.print_stats()
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / f"profile-{name}.txt").write_text(out.getvalue())
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    print(f"== {name} ==")
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


def main() -> None:
    blob = json.dumps(build_page()).encode()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        touch([periskope.Message.from_dict(d) for d in json.loads(blob)])
    profile.disable()
    report(profile, "decode", 18)

    with loopback_server("canned") as port:
        client = periskope.Periskope(api_key=API_KEY, phone=PHONE, base_url=f"http://127.0.0.1:{port}")
        for _ in range(200):
            client.messages.get(SEED_ID)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(2000):
            client.messages.get(SEED_ID)
        profile.disable()
        client.close()
    report(profile, "call", 30)


if __name__ == "__main__":
    main()
