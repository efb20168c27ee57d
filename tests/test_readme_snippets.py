"""Every Python snippet in the README runs against the bundled mock, and type-checks with `mypy --strict` and pyright
(strict) as a user's script would; so do the scripts in examples/.

A snippet that continues an earlier one (it uses `client`, `message_id` or `request_body` without defining them) gets
a short preamble defining just those names; nothing else is added. Each snippet runs in its own interpreter, with the
environment a user would set (PERISKOPE_API_KEY, PERISKOPE_PHONE, PERISKOPE_BASE_URL -> the mock).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = ROOT / "README.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
WEBHOOK_BODY = ROOT / "tests" / "data" / "webhooks" / "message.created.docs-message-object.json"
PREAMBLES = {
    "client": "from periskope import Periskope\n\nclient = Periskope()\n",
    "message_id": 'message_id = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"\n',
    "request_body": "import os\n\nrequest_body = open(os.environ['SNIPPET_WEBHOOK_BODY'], 'rb').read()\n",
}
# pyright strict, except that a README shows values as bare expressions (`raw.status_code, raw.headers`).
PYRIGHT_CONFIG = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportUnusedExpression": "none"}


def snippets() -> list[str]:
    return FENCE.findall(README.read_text(encoding="utf-8"))


def _defines(code: str, name: str) -> bool:
    return bool(re.search(rf"^\s*{name}\s*=|\bas {name}\b|\bdef {name}\b", code, re.MULTILINE))


def program(code: str) -> str:
    """The snippet, after a preamble for the names it takes from an earlier snippet."""
    needed = [p for name, p in PREAMBLES.items() if re.search(rf"\b{name}\b", code) and not _defines(code, name)]
    return "".join(needed) + ("\n" if needed else "") + code


@pytest.fixture(scope="module")
def snippet_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("readme_snippets")
    files = []
    for index, code in enumerate(snippets(), start=1):
        path = folder / f"readme_snippet_{index}.py"
        path.write_text(program(code), encoding="utf-8")
        files.append(path)
    return files


def test_the_readme_has_its_snippets() -> None:
    found = snippets()
    assert len(found) >= 7
    assert any("Periskope()" in code for code in found)
    assert any("from_json" in code for code in found)


def test_every_snippet_runs_against_the_mock(snippet_files: list[Path], mock_url: str) -> None:
    env = {
        **os.environ,
        "PERISKOPE_API_KEY": "mock-api-key",
        "PERISKOPE_PHONE": "919876543210",
        "PERISKOPE_BASE_URL": mock_url,
        "SNIPPET_WEBHOOK_BODY": str(WEBHOOK_BODY),
    }
    for path in snippet_files:
        result = subprocess.run(
            [sys.executable, str(path)], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, f"{path.name}:\n{path.read_text()}\n{result.stdout}{result.stderr}"
        assert result.stdout.strip() or "print(" not in path.read_text(), path.name  # what it prints, it printed


def _typecheck_targets(snippet_files: list[Path]) -> list[str]:
    return [str(p) for p in snippet_files] + [str(p) for p in sorted((ROOT / "examples").glob("*.py"))]


def test_snippets_and_examples_pass_mypy_strict(snippet_files: list[Path], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"),
         *_typecheck_targets(snippet_files)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_snippets_and_examples_pass_pyright_strict(snippet_files: list[Path], tmp_path: Path) -> None:
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps(PYRIGHT_CONFIG), encoding="utf-8")
    pyright = Path(sys.executable).with_name("pyright")
    result = subprocess.run(
        [str(pyright), "--project", str(config), "--pythonpath", sys.executable, *_typecheck_targets(snippet_files)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
