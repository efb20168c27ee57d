"""make update-spec in a temporary copy of the repository, offline (SDK typings from tests/fixtures/sdk).

The copy is first rewound to SDK 1.1.1 (its spec imported and its client generated and committed), then updated to
1.1.3: the report, the exit code, the regenerated tree, the CHANGELOG draft and the runtime version are checked.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from repo_copy import REPO, commit, copy_repository

sys.path.insert(0, str(REPO / "scripts"))

import update_spec

MAKE_VARIABLES = {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}  # when the suite itself runs under make
INSTALLED = ["-o", ".venv/.installed", "-o", "scripts/import_spec/node_modules/.package-lock.json"]


def make(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *INSTALLED, *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={**{k: v for k, v in os.environ.items() if k not in MAKE_VARIABLES}, **(env or {})},
    )


def fake_npm(tmp: Path, version: str, types: str) -> dict[str, str]:
    """A PATH whose `npm view` answers like the registry would, for the update check."""
    bin_dir = tmp / "fake-bin"
    bin_dir.mkdir()
    answer = json.dumps({"version": version, "dependencies": {"@periskope/types": types}})
    (bin_dir / "npm").write_text(f"#!/bin/sh\necho '{answer}'\n")
    (bin_dir / "npm").chmod(0o755)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str], Path]:
    tmp = tmp_path_factory.mktemp("update_spec")
    repo = copy_repository(tmp / "repo")
    rewind = [sys.executable, "scripts/import_spec/import_spec.py", "--input-dir", "tests/fixtures/sdk/1.1.1"]
    subprocess.run([*rewind, "--allow-op-drop"], cwd=repo, check=True, capture_output=True)
    generated = make(repo, "generate")
    assert generated.returncode == 0, generated.stderr
    commit(repo, "at SDK 1.1.1")
    outputs = tmp / "github_output"
    proc = make(repo, "update-spec", "VERSION=1.1.3", "SDK_DIR=tests/fixtures/sdk", env={"GITHUB_OUTPUT": str(outputs)})
    return repo, proc, outputs


def test_update_from_1_1_1_to_1_1_3_is_breaking(updated) -> None:
    repo, proc, outputs = updated
    assert proc.returncode != 0
    assert "update_spec.py --version 1.1.3 --sdk-dir tests/fixtures/sdk" in proc.stdout
    assert "update-spec: breaking (exit 4)" in proc.stderr
    assert re.search(r"make: \*\*\* \[.*update-spec\] Error 4$", proc.stderr.strip())
    assert json.loads((repo / "build" / "update-spec.json").read_text()) == {
        "status": "breaking",
        "exit_code": 4,
        "from": "1.1.1",
        "to": "1.1.3",
    }
    assert outputs.read_text() == "status=breaking\nversion=1.1.3\n"


def test_the_report_puts_breaking_changes_first(updated) -> None:
    report = (updated[0] / "build" / "drift-report.md").read_text()
    assert report.startswith("# @periskope/periskope-client 1.1.1 -> 1.1.3 (types 0.6.340 -> 0.6.397)\n")
    assert "**Breaking**: " in report and "Suggested package version: 0.2.0 (from 0.1.0" in report
    breaking, additive = report.split("## Breaking changes")[1].split("## Additive changes")
    assert "- purgeQueue: moved POST /queue/jobs -> DELETE /queue/purge" in breaking
    # griffe, on the Python API: the generated purge_queue functions lost the parameters 1.1.1 had
    python = breaking.split("### Python API")[1]
    for parameter in ("queue_id", "broadcast_id"):
        assert re.search(
            rf"^- `periskope_api\.api\.queue\.purge_queue\.\w+\({parameter}\)`: Parameter was removed$", python, re.M
        )
    assert "- POST /message/{message_id}/pin: operation pinMessage added" in additive
    assert "moved" not in additive


def test_the_regenerated_tree_is_the_committed_one(updated) -> None:
    """Updating 1.1.1 -> 1.1.3 reproduces exactly what this repository commits for 1.1.3."""
    repo = updated[0]
    for path in ("openapi/periskope.yaml", "openapi/periskope.lock.json"):
        assert (repo / path).read_bytes() == (REPO / path).read_bytes(), path
    diff = ["diff", "-r", "-q", "-x", "__pycache__", str(REPO / "generated"), str(repo / "generated")]
    assert subprocess.run(diff, check=False).returncode == 0
    assert 'UPSTREAM_SDK_VERSION = "1.1.3"' in (repo / "overrides/periskope/_version.py").read_text()


def test_the_changelog_entry_is_drafted_under_unreleased(updated) -> None:
    changelog = (updated[0] / "CHANGELOG.md").read_text()
    unreleased = changelog.split("## [Unreleased]")[1].split("\n## [")[0]
    assert "- Regenerated from @periskope/periskope-client 1.1.3 (was 1.1.1): breaking, suggested version 0.2.0" in (
        unreleased
    )
    assert "- **Breaking** (API): purgeQueue: moved POST /queue/jobs -> DELETE /queue/purge" in unreleased
    assert "- **Breaking** (Python): `periskope_api.api.queue.purge_queue." in unreleased
    assert "### Added" in unreleased and "operation pinMessage added" in unreleased


def test_make_api_diff_prints_the_python_breakages(updated) -> None:
    proc = make(updated[0], "api-diff", "FROM=HEAD")
    assert proc.returncode != 0
    lines = proc.stdout.splitlines()
    breakages = [line for line in lines if line.startswith("BREAKING  ")]
    pattern = r"BREAKING  periskope_api\.api\.queue\.purge_queue\.\w+\(queue_id\): Parameter was removed"
    assert any(re.fullmatch(pattern, line) for line in breakages)
    assert lines[-1] == f"api-diff: {len(breakages)} breaking change(s) in the Python API since HEAD"
    report = (updated[0] / "build" / "drift-report.md").read_text()
    assert f"{len(breakages)} breaking changes in the Python API" in report  # the same diff as update-spec's


def test_at_the_locked_version_update_spec_is_a_no_op(tmp_path) -> None:
    repo = copy_repository(tmp_path / "repo")
    for args, env in (([], fake_npm(tmp_path, "1.1.3", "0.6.397")), (["VERSION=1.1.3"], {})):
        proc = make(repo, "update-spec", *args, env=env)
        assert proc.returncode == 0, proc.stderr
        assert "update-spec: up to date (@periskope/periskope-client 1.1.3, @periskope/types 0.6.397)" in proc.stdout
        status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True)
        assert status.stdout == ""
        assert not (repo / "build" / "drift-report.md").exists()


def test_a_newer_types_package_alone_is_an_update_and_a_missing_input_fails(tmp_path) -> None:
    repo = copy_repository(tmp_path / "repo")
    proc = make(repo, "update-spec", "SDK_DIR=tests/fixtures/sdk", env=fake_npm(tmp_path, "1.1.3", "0.6.398"))
    assert "update-spec: failed (exit 1)" in proc.stderr
    assert re.search(r"Error 1$", proc.stderr.strip())
    report = (repo / "build" / "drift-report.md").read_text()
    assert report.startswith("# @periskope/periskope-client 1.1.3 -> 1.1.3 (types 0.6.397 -> 0.6.398)")
    assert "**Failed** (exit 1)" in report
    assert "wanted @periskope/periskope-client 1.1.3 (types 0.6.398), the import used 1.1.3 (types 0.6.397)" in report


@pytest.mark.parametrize(
    "current, status, suggested",
    [("0.1.0", "breaking", "0.2.0"), ("0.1.0", "additive", "0.1.1"), ("1.4.2", "breaking", "2.0.0")],
)
def test_version_bump_rule(current, status, suggested) -> None:
    assert update_spec.suggest_version(current, status) == suggested


def test_a_second_draft_for_the_same_version_replaces_the_first(tmp_path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-12-02\n")
    for count in (1, 2):
        update = update_spec.Update("1.1.1", "1.1.3", spec_lines=[(True, f"op{count}: removed")])
        update_spec.draft_changelog(changelog, update_spec.changelog_entry(update, "0.1.0"), "1.1.3")
    text = changelog.read_text()
    assert "op2: removed" in text and "op1: removed" not in text
    assert text.index("## [Unreleased]") < text.index("op2") < text.index("## [0.1.0]")
