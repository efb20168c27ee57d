"""`make test-matrix`: the test suite on every Python 3.11+ found on this machine (`make test` stays on python3).

Interpreters are found on PATH (python3.11, python3.12, ...) and under ~/.pyenv/versions, and kept only if they run;
the list found is printed. Sessions use uv to make their virtualenvs when it is installed (it is, from
requirements/dev.txt), else virtualenv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

MINORS = [f"3.{minor}" for minor in range(11, 16)]


def find_pythons() -> dict[str, str]:
    found = {}
    for version in MINORS:
        candidates = [shutil.which(f"python{version}")]
        candidates += sorted(str(p) for p in Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}"))
        for candidate in filter(None, candidates):
            if (Path(candidate).parent.parent / "pyvenv.cfg").exists():
                continue  # a virtualenv's python (make puts .venv/bin first on PATH): look for the real one
            if subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False).returncode == 0:
                found[version] = candidate
                break
    return found


PYTHONS = find_pythons()
# nox looks interpreters up by name on PATH: put the working ones first (pyenv shims fail for non-global versions).
os.environ["PATH"] = os.pathsep.join([*(str(Path(p).parent) for p in PYTHONS.values()), os.environ["PATH"]])
print(f"test-matrix: Pythons found: {', '.join(f'{v} ({p})' for v, p in PYTHONS.items()) or 'none'}")
print(f"test-matrix: not found: {', '.join(v for v in MINORS if v not in PYTHONS) or 'none'}")

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"


@nox.session(python=list(PYTHONS))
def tests(session: nox.Session) -> None:
    """pytest on this interpreter, with the pinned dev requirements and the package installed editable."""
    session.install("-r", "requirements/dev.txt")
    session.install("--no-deps", "-e", ".")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
