"""The GitHub Actions workflows cannot run here: they are linted (actionlint, zizmor), their shape is checked, and
the scripts they call are tested locally (tests/test_update_spec.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import update_spec

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO / ".github" / "workflows"
LINT = [sys.executable, str(REPO / "scripts" / "lint_workflows.py")]

BAD = """\
on: push
jobs:
  x:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.event.head_commit.message }}"
        if: ${{ matrix.nope }}
"""


def load(name: str) -> dict:
    # YAML 1.1 reads the key `on` as True
    return yaml.safe_load((WORKFLOWS / name).read_text())


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LINT, *args], capture_output=True, text=True, check=False, cwd=REPO)


def test_actionlint_and_zizmor_pass_on_the_workflows() -> None:
    proc = run(str(WORKFLOWS))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("All workflow files passed lint checks") == 2
    assert "No findings to report" in proc.stdout
    assert proc.stdout.rstrip().endswith("lint_workflows: 2 workflow(s) clean")


def test_the_linters_catch_a_bad_workflow(tmp_path) -> None:
    (tmp_path / "bad.yml").write_text(BAD)
    proc = run(str(tmp_path))
    assert proc.returncode == 1
    out = proc.stdout + proc.stderr
    assert 'property "nope" is not defined' in out  # actionlint: expression types
    assert "unpinned-uses" in out and "template-injection" in out  # zizmor
    assert run(str(tmp_path / "empty")).returncode == 1  # no workflow is no pass


@pytest.mark.parametrize("name", ["ci.yml", "spec-watch.yml"])
def test_actions_pinned_by_commit_and_least_privilege(name: str) -> None:
    text = (WORKFLOWS / name).read_text()
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), comment
    workflow = load(name)
    assert workflow["permissions"] in ({}, {"contents": "read"})
    for job in workflow["jobs"].values():
        assert set(job.get("permissions", {}).values()) <= {"read", "write"}
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
    assert "secrets." not in text


def test_ci_runs_the_readme_test_command_on_every_supported_python() -> None:
    job = load("ci.yml")["jobs"]["test"]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    steps = {step.get("uses", "").split("@")[0]: step for step in job["steps"]}
    assert steps["actions/setup-node"]["with"]["node-version"] == "20"
    assert steps["actions/setup-python"]["with"]["cache"] == "pip"
    caches = steps["actions/setup-node"]["with"]["cache-dependency-path"].split()
    assert sorted(caches) == sorted(
        str(p.relative_to(REPO)) for p in REPO.glob("**/package-lock.json") if "node_modules" not in p.parts
    )
    assert any(step.get("run", "").startswith("make test") for step in job["steps"])


def test_spec_watch_branches_on_update_spec_exit_codes_and_opens_one_pull_request() -> None:
    workflow = load("spec-watch.yml")
    assert workflow[True]["schedule"] and "workflow_dispatch" in workflow[True]
    job = workflow["jobs"]["update"]
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    steps = {step.get("id", step.get("name")): step for step in job["steps"]}
    script = steps["update"]["run"]
    assert ".venv/bin/python scripts/update_spec.py" in script
    ok = {update_spec.EXIT[status] for status in ("up to date", "additive", "breaking")}
    assert re.search(r"case \"\$code\" in ([\d|]+)\) exit 0", script).group(1).split("|") == [
        str(c) for c in sorted(ok)
    ]
    pull = steps["Open or update the pull request"]
    assert pull["with"]["branch"] == "spec-watch/periskope-client"  # a fixed branch: the same PR is updated
    assert pull["with"]["body-path"] == "build/drift-report.md"
    assert "${{ steps.update.outputs.status }}" in pull["with"]["labels"]
