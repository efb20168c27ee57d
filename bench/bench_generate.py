"""5. Generate: wall time of what `make generate` runs (scripts/generate.py with the project venv's tools), written
to build/bench/generate instead of generated/ so that the bench never touches the checked-in client. Report only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BUILD, ROOT, Row, emit, print_table

VENV_BIN = ROOT / ".venv" / "bin"


def main() -> list[Row]:
    if not (VENV_BIN / "openapi-python-client").exists():
        return [Row("make generate (wall)", "skipped", "-", "-", "report only", "-", "no .venv: run make first")]
    out = BUILD / "generate"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    t0 = time.perf_counter()
    command = [str(VENV_BIN / "python"), "scripts/generate.py", "--out", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        why = (result.stderr or result.stdout).strip().splitlines()
        return [
            Row(
                "make generate (wall, one run)",
                "FAILED",
                "-",
                "-",
                "report only",
                "-",
                f"scripts/generate.py exit {result.returncode} after {elapsed:.1f} s: {why[0] if why else ''}",
            )
        ]
    same = subprocess.run(["diff", "-rq", "-x", "__pycache__", str(ROOT / "generated"), str(out)],
                          capture_output=True, check=False).returncode == 0  # fmt: skip
    return [
        Row(
            "make generate (wall, one run)",
            f"{elapsed:.1f} s",
            "-",
            "-",
            "report only",
            "-",
            "scripts/generate.py --out build/bench/generate; output "
            + ("identical to generated/" if same else "DIFFERS from generated/ (stale or work in progress)"),
        )
    ]


if __name__ == "__main__":
    rows = main()
    print_table(rows)
    emit(rows)
