"""openapi/periskope.yaml --(overlays)--> patched spec --(openapi-python-client + overrides/templates)--> OUT.

Writes OUT/openapi.yaml (the patched spec: what the client is generated from and what the mock serves) and
OUT/periskope_api/ (the generated package). Run from the repository root, with the pinned tools on PATH
(`make generate` does both). Deterministic: the same inputs and tool versions give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from check_examples import check_examples
from openapi_spec_validator import validate
from render_resources import readme_tables, render

SPEC = Path("openapi/periskope.yaml")
LOCK = Path("openapi/periskope.lock.json")
OVERLAYS = Path("overrides/overlay")
TEMPLATES = Path("overrides/templates")
CONFIG = Path("overrides/generator.yaml")
README = Path("README.md")
PACKAGE = "periskope_api"
HEADER = "# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("generated"), help="directory to (re)write")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the upstream spec (tests: a changed copy)")
    args = parser.parse_args()
    out: Path = args.out

    if args.spec == SPEC:
        check_lock()
    with tempfile.TemporaryDirectory() as tmp:
        patched = Path(tmp) / "openapi.yaml"
        shutil.copyfile(args.spec, patched)
        for overlay in sorted(OVERLAYS.glob("*.yaml")):  # in name order: 10-..., 20-...
            run("oas-patch", "overlay", str(patched), str(overlay), "-o", str(patched))
        spec = yaml.safe_load(patched.read_text(encoding="utf-8"))
        validate(spec)
        problems = check_examples(spec)
        if problems:
            print("examples that do not validate against the patched spec:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        package = Path(tmp) / PACKAGE
        run(
            "openapi-python-client", "generate", "--path", str(patched), "--config", str(CONFIG),
            "--custom-template-path", str(TEMPLATES), "--meta", "none", "--output-path", str(package),
            "--fail-on-warning",
        )  # fmt: skip
        (package / "client.py").unlink()  # the generator's own HTTP client: the runtime is overrides/periskope
        resources = render(spec, patched, CONFIG, TEMPLATES, package)
        ruff = ("ruff", "--isolated", "--no-cache", "--line-length", "120")
        run(ruff[0], "check", *ruff[1:], "--fix-only", "--select", "F,I,UP", "--target-version", "py311",
            *map(str, resources))  # fmt: skip
        run(ruff[0], "format", *ruff[1:], *map(str, resources))
        for module in sorted(package.rglob("*.py")):
            module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
        (package / "py.typed").write_text("", encoding="utf-8")
        patched.write_text(HEADER + patched.read_text(encoding="utf-8"), encoding="utf-8")

        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(out / PACKAGE, ignore_errors=True)
        shutil.copytree(package, out / PACKAGE)
        shutil.copyfile(patched, out / "openapi.yaml")
        tables = readme_tables(spec, patched, CONFIG)
    (out / "README-tables.md").write_text("".join(f"<!-- {name} -->\n{text}" for name, text in tables.items()))
    if out == Path("generated"):  # make generate also puts them in the README
        write_readme_tables(tables)
    return 0


def write_readme_tables(tables: dict[str, str]) -> None:
    """Replace each table between `<!-- generated: NAME -->` and `<!-- end: NAME -->` in README.md."""
    text = README.read_text(encoding="utf-8")
    for name, table in tables.items():
        start, end = f"<!-- generated: {name} -->\n", f"<!-- end: {name} -->"
        head, rest = text.split(start, 1)
        text = head + start + table + end + rest.split(end, 1)[1]
    README.write_text(text, encoding="utf-8")


def check_lock() -> None:
    """openapi/periskope.yaml is upstream's: a change must be deliberate, and visible in the lock file."""
    lock = json.loads(LOCK.read_text(encoding="utf-8"))
    actual = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    if actual != lock["sha256"]:
        sys.exit(f"{SPEC} changed (sha256 {actual}, lock says {lock['sha256']}): update {LOCK} deliberately")


def run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")


if __name__ == "__main__":
    sys.exit(main())
