#!/usr/bin/env python3
"""The Python API's breaking changes between a git ref and the working tree, found by griffe.

    python3 scripts/api_diff.py HEAD             # the working tree against the last commit
    python3 scripts/api_diff.py v0.1.0 --to HEAD # two refs

What is compared is what a user of the wheel reaches: the packages `periskope` (overrides/) and `periskope_api`
(generated/), every public name recursively, plus the classes behind the clients' attributes (`client.messages`,
...) wherever they are defined, even in private modules. One line per breakage (an object or parameter removed,
a parameter made required or moved, a default changed, ...); exit 1 when there is any, 2 when a tree cannot be read.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import griffe

REPO = Path(__file__).resolve().parents[1]
PACKAGES = {"periskope": "overrides", "periskope_api": "generated"}  # package -> the folder it lives in


def load(root: Path) -> dict[str, griffe.Object | griffe.Alias]:
    """Both packages of the tree at root, loaded together so that re-exports resolve across them."""
    loader = griffe.GriffeLoader(search_paths=[root / folder for folder in PACKAGES.values()])
    packages = {name: loader.load(name) for name in PACKAGES}
    loader.resolve_aliases(implicit=False, external=False)
    return packages


def export(ref: str, dest: Path, repo: Path = REPO) -> Path:
    """The packages' folders as committed at ref, written under dest (git archive: no worktree, no checkout)."""
    paths = [f"{folder}/{name}" for name, folder in PACKAGES.items()]
    command = ["git", "archive", "--format=tar", ref, "--", *paths]
    proc = subprocess.run(command, cwd=repo, capture_output=True, check=False)
    if proc.returncode:
        raise SystemExit(f"api_diff: cannot read {', '.join(paths)} at {ref}: {proc.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def _classes_named(annotation: object) -> Iterator[griffe.Object | griffe.Alias]:
    """The public classes an annotation names (`_Resource[Messages]` -> Messages)."""
    if not isinstance(annotation, griffe.Expr):
        return
    for expr in annotation.iterate(flat=True):
        if isinstance(expr, griffe.ExprName) and not expr.name.startswith("_"):
            target = expr.resolved if hasattr(expr, "resolved") else None
            if target is not None and target.is_class:
                yield target


def namespaces(cls: griffe.Object | griffe.Alias) -> dict[str, griffe.Object | griffe.Alias]:
    """attribute name -> the class its annotation names, for a client's public attributes (`messages` -> Messages)."""
    found = {}
    for name, member in cls.all_members.items():
        if not member.is_public:
            continue
        annotation = member.returns if member.is_function and "property" in member.labels else None
        annotation = member.annotation if member.is_attribute else annotation
        for target in _classes_named(annotation):
            found[name] = target
    return found


def roots(packages: dict[str, griffe.Object | griffe.Alias]) -> dict[str, griffe.Object | griffe.Alias]:
    """label -> object to compare: each package, and each namespace class reachable from the top-level classes."""
    result: dict[str, griffe.Object | griffe.Alias] = dict(packages)
    todo = [(name, member) for name, member in packages["periskope"].members.items() if member.is_public]
    while todo:
        label, obj = todo.pop()
        try:
            is_class = obj.is_class
        except griffe.AliasResolutionError:
            continue
        if not is_class:
            continue
        for attribute, target in namespaces(obj).items():
            child = f"{label}.{attribute}"
            if child not in result and target.path.split(".")[0] in PACKAGES:
                result[child] = target
                todo.append((child, target))
    return result


def describe(breakage: griffe.Breakage) -> str:
    old, new = breakage._format_old_value(colors=False), breakage._format_new_value(colors=False)
    change = f"{old} -> {new}" if old and new else old or new
    where = f"{breakage._module_path}.{breakage._format_title(colors=False)}"
    return f"{where}: {breakage.kind.value}" + (f": {change}" if change and change != "unset" else "")


def breakages(old_root: Path, new_root: Path) -> list[str]:
    """Sorted, de-duplicated lines; namespace classes are labelled with how a user reaches them."""
    old, new = roots(load(old_root)), roots(load(new_root))
    lines: dict[str, None] = {}
    for label in sorted(old):
        if label not in new:
            lines[f"{label}: Public object was removed"] = None
            continue
        for breakage in griffe.find_breaking_changes(old[label], new[label]):
            text = describe(breakage)
            if label not in PACKAGES:
                text = f"{label} ({text.split(':', 1)[0]}):{text.split(':', 1)[1]}"
            lines.setdefault(text, None)
    return sorted(lines)


def diff(from_ref: str, to_ref: str | None = None, repo: Path = REPO) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        old = export(from_ref, Path(tmp) / "old", repo)
        new = export(to_ref, Path(tmp) / "new", repo) if to_ref else repo
        return breakages(old, new)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("from_ref", metavar="FROM", help="git ref of the old API, e.g. HEAD, v0.1.0, main")
    ap.add_argument("--to", metavar="REF", help="git ref of the new API (default: the working tree)")
    ap.add_argument("--repo", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    try:
        lines = diff(args.from_ref, args.to, args.repo)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    for line in lines:
        print(f"BREAKING  {line}")
    print(f"api-diff: {len(lines)} breaking change(s) in the Python API since {args.from_ref}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
