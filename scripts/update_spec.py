#!/usr/bin/env python3
"""Follow upstream: when npm has a newer @periskope/periskope-client than openapi/periskope.lock.json, rebuild
the spec, regenerate the client, and write what changed (OpenAPI drift + Python API diff) to build/drift-report.md.

    python3 scripts/update_spec.py                   # asks npm for the newest version; up to date = no-op
    python3 scripts/update_spec.py --version 1.1.3   # that version, without asking npm
    python3 scripts/update_spec.py --version 1.1.3 --sdk-dir tests/fixtures/sdk   # typings from DIR/<version>

Steps: import-spec (scripts/import_spec) -> generate (scripts/generate.py) -> scripts/drift.py on the old and new
spec -> scripts/api_diff.py on the last commit and the regenerated tree -> the report (breaking changes first) and a
draft entry under "## [Unreleased]" in CHANGELOG.md. The regenerated tree is left uncommitted, for review.

Exit codes, for a workflow to branch on (also written to build/update-spec.json and, in GitHub Actions, to
$GITHUB_OUTPUT as status=...):
    0 up to date (nothing written)   3 additive   4 breaking   1 failed (see the report and stderr)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_diff
import drift

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "@periskope/periskope-client"
TYPES = "@periskope/types"
SPEC, LOCK = Path("openapi/periskope.yaml"), Path("openapi/periskope.lock.json")
VERSION_FILE = Path("overrides/periskope/_version.py")  # __version__ and UPSTREAM_SDK_VERSION
EXIT = {"up to date": 0, "failed": 1, "additive": 3, "breaking": 4}


class Failed(Exception):
    """A step failed: the message goes in the report and on stderr; exit 1."""


@dataclass
class Update:
    old_version: str
    new_version: str
    old_types: str = ""
    new_types: str = ""
    spec_lines: list[tuple[bool, str]] = field(default_factory=list)
    python_lines: list[str] = field(default_factory=list)
    files: str = ""
    error: str = ""

    @property
    def status(self) -> str:
        if self.error:
            return "failed"
        if self.python_lines or any(breaking for breaking, _ in self.spec_lines):
            return "breaking"
        return "additive"


def run(cmd: list[str], cwd: Path) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise Failed(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr.strip()[-3000:]}")
    return proc.stdout


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version.split("-", maxsplit=1)[0]))


def newest_on_npm(cwd: Path) -> tuple[str, str]:
    """(client version, types version it depends on), from the npm registry."""
    info = json.loads(run(["npm", "view", PACKAGE, "version", "dependencies", "--json"], cwd))
    wanted = info["dependencies"][TYPES]
    if not re.fullmatch(r"\d+\.\d+\.\d+", wanted):
        versions = json.loads(run(["npm", "view", f"{TYPES}@{wanted}", "version", "--json"], cwd))
        wanted = max([versions] if isinstance(versions, str) else versions, key=_semver)
    return info["version"], wanted


def suggest_version(current: str, status: str) -> str:
    """0.x: a breaking drift bumps the minor, anything else the patch (1.x and later: major / minor)."""
    major, minor, patch = (*_semver(current), 0, 0, 0)[:3]
    if major == 0:
        return f"0.{minor + 1}.0" if status == "breaking" else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if status == "breaking" else f"{major}.{minor + 1}.0"


def package_version(repo: Path) -> str:
    text = (repo / VERSION_FILE).read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "0.0.0"


def report(update: Update, current: str) -> str:
    spec_breaking = [text for breaking, text in update.spec_lines if breaking]
    spec_additive = [text for breaking, text in update.spec_lines if not breaking]
    changed = update.new_types and update.new_types != update.old_types
    types = f" (types {update.old_types} -> {update.new_types})" if changed else ""
    out = [f"# {PACKAGE} {update.old_version} -> {update.new_version}{types}", ""]
    if update.error:
        out += ["**Failed** (exit 1): the tree is left as the failing step found it.", "", "```", update.error, "```"]
        return "\n".join(out) + "\n"
    out += [
        f"**{update.status.capitalize()}**: {len(spec_breaking)} breaking and {len(spec_additive)} additive OpenAPI "
        f"changes, {len(update.python_lines)} breaking changes in the Python API. Suggested package version: "
        f"{suggest_version(current, update.status)} (from {current}; 0.x: a breaking drift bumps the minor).",
        "",
        "## Breaking changes",
        "",
        "### OpenAPI (`scripts/drift.py`)",
        "",
        *([f"- {text}" for text in spec_breaking] or ["None."]),
        "",
        "### Python API (`scripts/api_diff.py`, griffe, against the last commit)",
        "",
        *([f"- `{line.split(': ', 1)[0]}`: {line.split(': ', 1)[1]}" for line in update.python_lines] or ["None."]),
        "",
        "## Additive changes",
        "",
        *([f"- {text}" for text in spec_additive] or ["None."]),
        "",
        "## Regenerated files",
        "",
        "```",
        update.files.rstrip() or "(none)",
        "```",
    ]
    return "\n".join(out) + "\n"


def changelog_entry(update: Update, current: str) -> str:
    spec_breaking = [text for breaking, text in update.spec_lines if breaking]
    added = [text for breaking, text in update.spec_lines if not breaking and ": operation " in text]
    others = len(update.spec_lines) - len(spec_breaking) - len(added)
    lines = [
        f"<!-- update-spec {update.new_version} -->",
        "### Changed",
        "",
        f"- Regenerated from {PACKAGE} {update.new_version} (was {update.old_version}): {update.status}, "
        f"suggested version {suggest_version(current, update.status)}. Report: `make update-spec`.",
        *[f"- **Breaking** (API): {text}" for text in spec_breaking],
        *[
            f"- **Breaking** (Python): `{line.split(': ', 1)[0]}`: {line.split(': ', 1)[1]}"
            for line in update.python_lines
        ],
    ]
    if added or others:
        lines += ["", "### Added", "", *[f"- {text}" for text in added]]
        lines += [f"- {others} further additive changes (new optional parameters, response fields, enum values)."]
    return "\n".join(lines) + f"\n<!-- /update-spec {update.new_version} -->\n"


def draft_changelog(path: Path, entry: str, version: str) -> None:
    """Put the entry under `## [Unreleased]`, replacing a previous draft for the same version."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n\n## [Unreleased]\n"
    text = re.sub(
        rf"<!-- update-spec {re.escape(version)} -->.*?<!-- /update-spec {re.escape(version)} -->\n",
        "",
        text,
        flags=re.S,
    )
    if "## [Unreleased]\n" not in text:
        raise Failed(f"{path} has no '## [Unreleased]' heading to draft the entry under")
    path.write_text(text.replace("## [Unreleased]\n", f"## [Unreleased]\n\n{entry}", 1), encoding="utf-8")


def regenerate(repo: Path, update: Update, sdk_dir: Path | None, build: Path) -> None:
    old_spec = yaml.safe_load((repo / SPEC).read_text(encoding="utf-8"))
    source = ["--input-dir", str(sdk_dir / update.new_version)] if sdk_dir else ["--version", update.new_version]
    importer = [sys.executable, str(repo / "scripts" / "import_spec" / "import_spec.py"), *source]
    run([*importer, "--out", str(SPEC), "--lock", str(LOCK), "--cache-dir", str(build / "import_spec")], repo)
    lock = json.loads((repo / LOCK).read_text(encoding="utf-8"))
    if lock["sdk_version"] != update.new_version or update.new_types not in ("", lock["types_version"]):
        wanted = f"{update.new_version} (types {update.new_types or 'any'})"
        raise Failed(
            f"wanted {PACKAGE} {wanted}, the import used {lock['sdk_version']} (types {lock['types_version']})"
        )
    update.new_types = lock["types_version"]
    version_file = repo / VERSION_FILE
    version_file.write_text(
        re.sub(
            r'(?m)^UPSTREAM_SDK_VERSION = ".*"$',
            f'UPSTREAM_SDK_VERSION = "{update.new_version}"',
            version_file.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    run([sys.executable, str(repo / "scripts" / "generate.py"), "--out", "generated"], repo)
    new_spec = yaml.safe_load((repo / SPEC).read_text(encoding="utf-8"))
    update.spec_lines = drift.Drift(old_spec, new_spec).run()
    update.python_lines = api_diff.diff("HEAD", repo=repo)
    run(["git", "add", "--intent-to-add", "openapi", "generated"], repo)
    update.files = run(["git", "diff", "--stat=120", "--", "openapi", "generated"], repo).rstrip().rsplit("\n", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--version", help=f"{PACKAGE} version to update to (default: the newest on npm)")
    ap.add_argument("--sdk-dir", type=Path, help="read the typings from DIR/<version> instead of npm (offline)")
    ap.add_argument("--repo", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    repo: Path = args.repo.resolve()
    build = repo / "build"
    lock = json.loads((repo / LOCK).read_text(encoding="utf-8"))
    update = Update(lock["sdk_version"], args.version or "", lock["types_version"])
    try:
        if not args.version:
            update.new_version, update.new_types = newest_on_npm(repo)
        if update.new_version == update.old_version and update.new_types in ("", update.old_types):
            print(f"update-spec: up to date ({PACKAGE} {update.old_version}, {TYPES} {update.old_types})")
            return finish(build, update, "up to date")
        regenerate(repo, update, args.sdk_dir.resolve() if args.sdk_dir else None, build)
    except (Failed, SystemExit) as exc:
        update.error = str(exc)
    current = package_version(repo)
    build.mkdir(exist_ok=True)
    (build / "drift-report.md").write_text(report(update, current), encoding="utf-8")
    if not update.error:
        try:
            draft_changelog(repo / "CHANGELOG.md", changelog_entry(update, current), update.new_version)
        except Failed as exc:
            update.error = str(exc)
    print(report(update, current), end="", file=sys.stderr if update.error else sys.stdout)
    return finish(build, update, update.status)


def finish(build: Path, update: Update, status: str) -> int:
    result = {"status": status, "exit_code": EXIT[status], "from": update.old_version, "to": update.new_version}
    build.mkdir(exist_ok=True)
    (build / "update-spec.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as out:
            out.write(f"status={status.replace(' ', '-')}\nversion={update.new_version}\n")
    print(f"update-spec: {status} (exit {EXIT[status]}); report: build/drift-report.md", file=sys.stderr)
    return EXIT[status]


if __name__ == "__main__":
    sys.exit(main())
