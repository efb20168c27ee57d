#!/usr/bin/env python3
"""Rebuild openapi/periskope.yaml from the official TypeScript SDK typings, plus upstream docs blocks.

Every input is in the repository or named on the command line: the SDK (npm-installed at --version, or a
node_modules-like --input-dir) and the docs pages vendored under openapi/docs/ (--docs). A missing input fails.

    python3 scripts/import_spec/import_spec.py --version 1.1.3 \
        --out openapi/periskope.yaml --lock openapi/periskope.lock.json
    python3 scripts/import_spec/import_spec.py --input-dir tests/fixtures/sdk/1.1.3 \
        --out build/x.yaml --lock build/x.lock.json

Steps: npm-install the SDK into build/import_spec/sdk-<version>/ (or use --input-dir, laid out like
node_modules), run walker.js (TS compiler API) over its typings, merge the operations that docs pages
publish verbatim (``` ```yaml METHOD /path ``` blocks with a `paths:` section), validate, write YAML + lock.

Merge rule, per (path, method) found in a docs block:
  * docs win for documentation: operation summary/description/deprecated; parameter description,
    example(s), deprecated and schema example; requestBody description; response description and
    headers (same-named headers replaced, new ones added); media-type example/examples;
  * the SDK wins for structure: operationId, tags, which parameters are required, all schemas;
  * what only the docs have (a parameter, a status code, a media type, a whole operation) is added;
  * docs path-level parameters update the SDK's path-level parameter of the same (in, name), else the
    operation's; x-codeSamples, security and the docs' info/tags are not carried over.
Fails (exit 2, with a listing) on a missing input (SDK dir, docs dir, a docs dir without a block),
unresolved/`any` types, operations not referenced from paths, an invalid spec, or fewer operations than the
existing lock records (unless --allow-op-drop).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from openapi_spec_validator import validate

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
WALKER = HERE / "walker.js"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOCS_BLOCK = re.compile(
    r"^(`{3,})yaml (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (\S+)[ \t]*\n(.*?)^\1[ \t]*$",
    re.M | re.S,
)


class ImportError_(Exception):
    """A loud failure: message is printed, exit code 2."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps date-like scalars as strings (docs examples are strings on the wire)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def run(cmd: list[str], cwd: Path | None = None, stdin: str | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, check=False)
    sys.stderr.write(proc.stderr)
    if proc.returncode:
        raise ImportError_(f"{' '.join(map(str, cmd))} exited {proc.returncode}")
    return proc.stdout


def ensure_tools() -> None:
    if not (HERE / "node_modules" / ".package-lock.json").exists():
        run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=HERE)


def install_sdk(version: str, cache: Path) -> Path:
    """npm-install @periskope/periskope-client@version (no scripts) into cache/sdk-<version>/."""
    prefix = cache / f"sdk-{version}"
    pkg = prefix / "node_modules" / "@periskope" / "periskope-client" / "package.json"
    if not pkg.exists() or json.loads(pkg.read_text())["version"] != version:
        prefix.mkdir(parents=True, exist_ok=True)
        (prefix / "package.json").write_text('{"private": true}\n')
        run(
            [
                "npm",
                "install",
                "--no-save",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                f"@periskope/periskope-client@{version}",
            ],
            cwd=prefix,
        )
    return prefix / "node_modules"


def sdk_meta(root: Path) -> dict:
    """Versions and tarball integrities: from npm's hidden lockfile, or a fixture's sdk.json."""
    if (root / "sdk.json").exists():
        return json.loads((root / "sdk.json").read_text())
    lock = json.loads((root / ".package-lock.json").read_text())["packages"]
    client, types = lock["node_modules/@periskope/periskope-client"], lock["node_modules/@periskope/types"]
    return {
        "sdk_version": client["version"],
        "sdk_integrity": client["integrity"],
        "types_version": types["version"],
        "types_integrity": types["integrity"],
    }


# ------------------------------------------------------------------ docs blocks


def docs_operations(dirs: list[Path]) -> list[tuple[str, str, dict, dict, str]]:
    """(path, method, docs path item, docs operation, source) for every complete docs YAML block."""
    found = []
    for d in dirs:
        for page in sorted(p for p in d.rglob("*") if p.suffix in (".txt", ".md")):
            for _, method, path, body in DOCS_BLOCK.findall(page.read_text(encoding="utf-8")):
                if not re.search(r"^paths:", body, re.M):
                    continue  # truncated copy: title/preamble only
                item = (yaml.load(body, Loader=_Loader)["paths"] or {}).get(path) or {}
                op = item.get(method.lower())
                if op is None:
                    raise ImportError_(f"{page}: block for {method} {path} has no such operation")
                found.append((path, method.lower(), item, op, str(page)))
    return found


def _find(params: list[dict], p: dict) -> dict | None:
    return next((q for q in params if (q["in"], q["name"]) == (p["in"], p["name"])), None)


def _merge_param(path_params: list[dict], op: dict, dp: dict) -> None:
    target = _find(path_params, dp) or _find(op.get("parameters", []), dp)
    if target is None:
        op.setdefault("parameters", []).append(dp)
        return
    for k in ("description", "example", "examples", "deprecated"):
        if k in dp:
            target[k] = dp[k]
    if "$ref" not in target.get("schema", {}):
        for k in ("example", "description"):
            if k in dp.get("schema", {}):
                target["schema"][k] = dp["schema"][k]


def _merge_content(sdk: dict, docs: dict) -> None:
    for mime, dm in docs.items():
        sm = sdk.setdefault(mime, dm)
        for k in ("example", "examples"):
            if k in dm:
                sm[k] = dm[k]


def _merge_operation(op: dict, path_params: list[dict], item: dict, dop: dict) -> None:
    for k in ("summary", "description", "deprecated"):
        if k in dop:
            op[k] = dop[k]
    for dp in item.get("parameters", []):
        _merge_param(path_params, op, dp)
    for dp in dop.get("parameters", []):
        _merge_param([], op, dp)
    if "requestBody" in dop:
        body = op.setdefault("requestBody", dop["requestBody"])
        if "description" in dop["requestBody"]:
            body["description"] = dop["requestBody"]["description"]
        _merge_content(body.setdefault("content", {}), dop["requestBody"].get("content", {}))
    for code, dr in dop.get("responses", {}).items():
        sr = op["responses"].setdefault(str(code), dr)
        if "description" in dr:
            sr["description"] = dr["description"]
        for name, header in dr.get("headers", {}).items():
            sr.setdefault("headers", {})[name] = header
        _merge_content(sr.setdefault("content", {}), dr.get("content", {}))
        if not sr["content"]:
            del sr["content"]


def merge_docs(spec: dict, blocks: list) -> list[str]:
    notes = []
    for path, method, item, dop, source in blocks:
        sitem = spec["paths"].setdefault(path, {})
        if method in sitem:
            if dop.get("operationId", sitem[method]["operationId"]) != sitem[method]["operationId"]:
                notes.append(f"{method.upper()} {path}: docs operationId {dop['operationId']} ignored")
            _merge_operation(sitem[method], sitem.get("parameters", []), item, dop)
            notes.append(f"{method.upper()} {path}: merged docs block from {source}")
        else:
            sitem[method] = {k: v for k, v in dop.items() if k not in ("x-codeSamples", "security")}
            for dp in item.get("parameters", []):
                _merge_param(sitem.setdefault("parameters", []), sitem[method], dp)
            notes.append(f"{method.upper()} {path}: only in docs ({source}), added")
    return notes


# ------------------------------------------------------------------ build


def operation_ids(spec: dict) -> list[str]:
    return [op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m in METHODS]


def check_inputs(root: Path, docs_dirs: list[Path]) -> None:
    """Every input must exist: a build that silently skips one produces a different spec."""
    if not (root / "@periskope" / "periskope-client" / "package.json").is_file():
        raise ImportError_(f"SDK input {root} has no @periskope/periskope-client/package.json")
    for d in docs_dirs:
        if not d.is_dir():
            raise ImportError_(f"docs dir {d} not found")
        if not docs_operations([d]):
            raise ImportError_(f"docs dir {d} has no ```yaml METHOD /path block with a paths: section")


def docs_digests(docs_dirs: list[Path]) -> dict[str, str]:
    """sha256 of each docs page read, keyed by its path (relative to the repository when inside it)."""
    digests = {}
    for d in docs_dirs:
        for page in sorted(p for p in d.resolve().rglob("*") if p.suffix in (".txt", ".md")):
            name = page.relative_to(REPO) if page.is_relative_to(REPO) else page
            digests[str(name)] = hashlib.sha256(page.read_bytes()).hexdigest()
    return digests


def build(root: Path, docs_dirs: list[Path]) -> tuple[dict, str, list[str]]:
    """Walker + docs merge + validation. Returns (spec, yaml text, notes)."""
    check_inputs(root, docs_dirs)
    ensure_tools()
    spec = json.loads(run(["node", str(WALKER), "spec", str(root)]))
    before = len(operation_ids(spec))
    notes = merge_docs(spec, docs_operations(docs_dirs))
    ids = operation_ids(spec)
    if len(ids) < before or len(set(ids)) != len(ids):
        raise ImportError_(f"docs merge lost or duplicated operations ({before} -> {ids})")
    try:
        validate(spec)
    except Exception as exc:  # openapi-spec-validator raises several unrelated classes
        raise ImportError_(f"spec does not validate: {exc}") from exc
    text = run(["node", str(WALKER), "yaml"], stdin=json.dumps(spec))
    return spec, text, notes


def save_fixture(root: Path, dest: Path) -> None:
    """Copy only the files the walker reads (plus a minimal type-fest index) into dest."""
    client, types, fest = Path("@periskope/periskope-client"), Path("@periskope/types"), Path("type-fest")
    files = [
        client / "package.json",
        client / "dist/types/types.d.ts",
        client / "dist/periskopeApi.d.ts",
        types / "package.json",
        fest / "package.json",
        fest / "license-mit",
    ]
    files += [p.relative_to(root) for p in sorted((root / client / "dist/apis").glob("*.js"))]
    files += [p.relative_to(root) for p in sorted((root / types / "dist").glob("*.d.ts"))]
    names = sorted(
        {
            n.strip()
            for p in (root / types / "dist").glob("*.d.ts")
            for m in re.findall(r"import \{([^}]*)\} from 'type-fest'", p.read_text())
            for n in m.split(",")
        }
    )
    index = (root / fest / "index.d.ts").read_text()
    exports, todo = [], []
    for name in names:
        src = re.search(rf"^export type \{{[^}}]*\b{name}\b[^}}]*\}} from '(\./source/[\w-]+)';$", index, re.M).group(1)
        exports.append(f"export type {{{name}}} from '{src}';\n")
        todo.append(fest / f"{src[2:]}.d.ts")
    while todo:
        f = todo.pop()
        if f in files:
            continue
        files.append(f)
        todo += [f.parent / f"{m}.d.ts" for m in re.findall(r"from '\./([\w-]+)'", (root / f).read_text())]
    for f in files:
        (dest / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / f, dest / f)
    (dest / fest / "index.d.ts").write_text("// Only the type-fest exports @periskope/types uses.\n" + "".join(exports))
    (dest / "sdk.json").write_text(json.dumps(sdk_meta(root), indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--version", help="@periskope/periskope-client version to npm-install")
    src.add_argument("--input-dir", type=Path, help="node_modules-like dir, e.g. tests/fixtures/sdk/1.1.3")
    ap.add_argument("--out", type=Path, default=REPO / "openapi" / "periskope.yaml")
    ap.add_argument("--lock", type=Path, default=REPO / "openapi" / "periskope.lock.json")
    ap.add_argument(
        "--docs",
        type=Path,
        action="append",
        help="dir of docs pages (*.txt, *.md) with ```yaml METHOD /path blocks; repeatable; default: openapi/docs",
    )
    ap.add_argument("--cache-dir", type=Path, default=REPO / "build" / "import_spec")
    ap.add_argument("--allow-op-drop", action="store_true", help="accept fewer operations than the lock")
    ap.add_argument("--save-fixture", type=Path, metavar="DIR", help="also copy the typings used into DIR")
    args = ap.parse_args(argv)
    docs = args.docs if args.docs is not None else [REPO / "openapi" / "docs"]
    try:
        root = args.input_dir.resolve() if args.input_dir else install_sdk(args.version, args.cache_dir)
        spec, text, notes = build(root, docs)
        count = len(operation_ids(spec))
        if args.lock.exists() and not args.allow_op_drop:
            previous = json.loads(args.lock.read_text()).get("operation_count", 0)
            if count < previous:
                raise ImportError_(f"operation count dropped: {previous} -> {count} (use --allow-op-drop)")
    except ImportError_ as exc:
        print(f"import_spec: FAILED: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"import_spec: {note}", file=sys.stderr)
    data = text.encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    lock = {
        **sdk_meta(root),
        "docs": docs_digests(docs),
        "sha256": hashlib.sha256(data).hexdigest(),
        "operation_count": count,
    }
    args.lock.parent.mkdir(parents=True, exist_ok=True)
    args.lock.write_text(json.dumps(lock, indent=2) + "\n")
    if args.save_fixture:
        save_fixture(root, args.save_fixture)
    print(f"import_spec: wrote {args.out} ({count} operations, sha256 {lock['sha256'][:12]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
