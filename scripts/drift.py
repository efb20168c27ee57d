#!/usr/bin/env python3
"""Report API drift between two OpenAPI specs (or SDK versions) and classify it.

    python3 scripts/drift.py openapi/periskope.yaml build/new.yaml
    python3 scripts/drift.py 1.1.1 1.1.3                       # built with scripts/import_spec into build/drift/
    python3 scripts/drift.py 1.1.1 1.1.3 --fixtures tests/fixtures/sdk   # built from committed typings, no network

One line per change, `BREAKING` or `additive`; exit 1 if anything is breaking, else 0 (no output when equal).
Operations are matched by operationId (a changed method/path is a move). Schemas are compared after
following $refs; a component reached under the same name on both sides is compared once, in the
direction it is used (request: what the client sends, response: what it receives):

  request  property/parameter added required, removed, optional->required, retyped, enum value removed,
           nullable dropped                                                        -> BREAKING
  response property removed, required->optional, retyped, enum value removed, became nullable -> BREAKING
  (a retype from untyped `{}` in a response, or to `{}` in a request, is additive)
  everything else (new operations, optional inputs, new response fields, new enum values, ...) -> additive
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
IMPORTER = REPO / "scripts" / "import_spec" / "import_spec.py"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(arg: str, fixtures: Path | None, build_dir: Path) -> dict:
    """A spec file, or an SDK version built by the importer (from fixtures/<version> when given)."""
    if Path(arg).is_file() or not re.fullmatch(r"\d+\.\d+\.\d+\S*", arg):
        return yaml.safe_load(Path(arg).read_text(encoding="utf-8"))
    out = build_dir / f"{arg}.yaml"
    source = ["--input-dir", str(fixtures / arg)] if fixtures else ["--version", arg]
    subprocess.run(
        [
            sys.executable,
            str(IMPORTER),
            *source,
            "--out",
            str(out),
            "--lock",
            str(out.with_suffix(".lock.json")),
            "--allow-op-drop",
        ],
        check=True,
    )
    return yaml.safe_load(out.read_text(encoding="utf-8"))


class Drift:
    def __init__(self, old: dict, new: dict):
        self.old, self.new = old, new
        self.lines: list[tuple[bool, str]] = []
        self.seen_components: set[tuple[str, str]] = set()

    def report(self, breaking: bool, where: str, what: str) -> None:
        self.lines.append((breaking, f"{where}: {what}"))

    # ---------------------------------------------------------------- schemas
    @staticmethod
    def resolve(spec: dict, schema: dict) -> tuple[dict, str | None]:
        """Follow $ref and single-element allOf wrappers (keeping sibling keys such as nullable)."""
        name = None
        while "$ref" in schema or len(schema.get("allOf", [])) == 1:
            rest = {k: v for k, v in schema.items() if k not in ("$ref", "allOf")}
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[1]
                schema = {**spec["components"]["schemas"][name], **rest}
            else:
                schema = {**schema["allOf"][0], **rest}
        return schema, name

    def sig(self, spec: dict, schema: dict) -> str:
        if "$ref" in schema:
            return schema["$ref"].rsplit("/", 1)[1]
        s, name = self.resolve(spec, schema)
        if name:
            text = name
        elif "oneOf" in s or "anyOf" in s:
            text = " | ".join(sorted(self.sig(spec, x) for x in s.get("oneOf", s.get("anyOf"))))
        elif s.get("type") == "array":
            text = f"array<{self.sig(spec, s.get('items', {}))}>"
        else:
            text = s.get("type", "any") + (f"({s['format']})" if "format" in s else "")
        return text + (" | null" if s.get("nullable") else "")

    def schema(self, where: str, a: dict, b: dict, request: bool, stack: frozenset = frozenset()) -> None:
        ra, name_a = self.resolve(self.old, a)
        rb, name_b = self.resolve(self.new, b)
        if name_a and name_a == name_b:
            if (name_a, str(request)) in self.seen_components:
                self.nullable(where, ra, rb, request)
                return
            self.seen_components.add((name_a, str(request)))
            self.nullable(where, ra, rb, request)
            self.schema(
                f"schema {name_a} ({'request' if request else 'response'})",
                {k: v for k, v in ra.items() if k != "nullable"},
                {k: v for k, v in rb.items() if k != "nullable"},
                request,
                stack,
            )
            return
        if (name_a, name_b) in stack and name_a:
            return
        stack = stack | {(name_a, name_b)}
        kind_a, kind_b = self.kind(ra), self.kind(rb)
        if kind_a != kind_b or ra.get("format") != rb.get("format"):
            strip = lambda s: {k: v for k, v in s.items() if k != "nullable"}  # noqa: E731
            widened = kind_b == "any" if request else kind_a == "any"  # accepts/was anything: nothing breaks
            self.report(
                not widened, where, f"retyped {self.sig(self.old, strip(ra))} -> {self.sig(self.new, strip(rb))}"
            )
            return
        self.nullable(where, ra, rb, request)
        ea, eb = ra.get("enum"), rb.get("enum")
        if ea is not None or eb is not None:
            ea, eb = ea or [], eb or []
            for v in [v for v in eb if v not in ea]:
                self.report(False, where, f"enum value {v!r} added")
            for v in [v for v in ea if v not in eb]:
                self.report(True, where, f"enum value {v!r} removed")
        if kind_a == "array":
            self.schema(f"{where}[]", ra.get("items", {}), rb.get("items", {}), request, stack)
        elif kind_a == "object":
            self.properties(where, ra, rb, request, stack)
        elif kind_a == "oneOf":
            sa = sorted(self.sig(self.old, x) for x in ra["oneOf"])
            sb = sorted(self.sig(self.new, x) for x in rb["oneOf"])
            if sa != sb:
                self.report(True, where, f"retyped {' | '.join(sa)} -> {' | '.join(sb)}")

    @staticmethod
    def kind(s: dict) -> str:
        if "oneOf" in s or "anyOf" in s:
            return "oneOf"
        return s.get("type", "object" if "properties" in s else "any")

    def nullable(self, where: str, a: dict, b: dict, request: bool) -> None:
        na, nb = bool(a.get("nullable")), bool(b.get("nullable"))
        if na != nb:
            self.report(request == na, where, "now nullable" if nb else "no longer nullable")

    def properties(self, where: str, a: dict, b: dict, request: bool, stack: frozenset) -> None:
        pa, pb = a.get("properties", {}), b.get("properties", {})
        qa, qb = set(a.get("required", [])), set(b.get("required", []))
        for name in [n for n in pb if n not in pa]:
            req = name in qb
            self.report(request and req, where, f"property {name} added" + (" (required)" if req else ""))
        for name in [n for n in pa if n not in pb]:
            self.report(True, where, f"property {name} removed")
        for name in [n for n in pa if n in pb]:
            if (name in qa) != (name in qb):
                now = name in qb
                self.report(request == now, where, f"property {name} is now {'required' if now else 'optional'}")
            self.schema(f"{where}.{name}", pa[name], pb[name], request, stack)
        if "additionalProperties" in a and "additionalProperties" in b:
            ad_a, ad_b = a["additionalProperties"], b["additionalProperties"]
            if isinstance(ad_a, dict) and isinstance(ad_b, dict):
                self.schema(f"{where}{{*}}", ad_a, ad_b, request, stack)

    # ---------------------------------------------------------------- operations
    @staticmethod
    def operations(spec: dict) -> dict[str, tuple[str, str, dict, list]]:
        ops = {}
        for path, item in spec.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    params = {(p["in"], p["name"]): p for p in item.get("parameters", [])}
                    params.update({(p["in"], p["name"]): p for p in op.get("parameters", [])})
                    ops[op.get("operationId") or f"{method} {path}"] = (method.upper(), path, op, params)
        return ops

    def run(self) -> list[tuple[bool, str]]:
        old, new = self.operations(self.old), self.operations(self.new)
        for op_id in [o for o in new if o not in old]:
            self.report(False, f"{new[op_id][0]} {new[op_id][1]}", f"operation {op_id} added")
        for op_id in [o for o in old if o not in new]:
            self.report(True, f"{old[op_id][0]} {old[op_id][1]}", f"operation {op_id} removed")
        for op_id in [o for o in old if o in new]:
            (ma, pa, a, para), (mb, pb, b, parb) = old[op_id], new[op_id]
            if (ma, pa) != (mb, pb):
                self.report(True, op_id, f"moved {ma} {pa} -> {mb} {pb}")
            self.parameters(op_id, para, parb)
            self.request_body(op_id, a.get("requestBody"), b.get("requestBody"))
            self.responses(op_id, a.get("responses", {}), b.get("responses", {}))
        return sorted(self.lines, key=lambda line: line[1].startswith("schema "))  # operations first

    def parameters(self, op_id: str, a: dict, b: dict) -> None:
        for key in [k for k in b if k not in a]:
            req = bool(b[key].get("required"))
            self.report(req, op_id, f"{key[0]} parameter {key[1]} added" + (" (required)" if req else ""))
        for key in [k for k in a if k not in b]:
            self.report(True, op_id, f"{key[0]} parameter {key[1]} removed")
        for key in [k for k in a if k in b]:
            ra, rb = bool(a[key].get("required")), bool(b[key].get("required"))
            if ra != rb:
                self.report(rb, op_id, f"{key[0]} parameter {key[1]} is now {'required' if rb else 'optional'}")
            self.schema(
                f"{op_id} {key[0]} parameter {key[1]}", a[key].get("schema", {}), b[key].get("schema", {}), True
            )

    def content(self, where: str, a: dict, b: dict, request: bool) -> None:
        for mime in [m for m in b if m not in a]:
            self.report(False, where, f"media type {mime} added")
        for mime in [m for m in a if m not in b]:
            self.report(True, where, f"media type {mime} removed")
        for mime in [m for m in a if m in b]:
            self.schema(f"{where} {mime}", a[mime].get("schema", {}), b[mime].get("schema", {}), request)

    def request_body(self, op_id: str, a: dict | None, b: dict | None) -> None:
        where = f"{op_id} request body"
        if a is None and b is None:
            return
        if a is None or b is None:
            req = bool((b or {}).get("required"))
            self.report(b is None or req, where, "added" + (" (required)" if req else "") if b else "removed")
            return
        if bool(a.get("required")) != bool(b.get("required")):
            self.report(bool(b.get("required")), where, "is now " + ("required" if b.get("required") else "optional"))
        self.content(where, a.get("content", {}), b.get("content", {}), True)

    def responses(self, op_id: str, a: dict, b: dict) -> None:
        for code in [c for c in b if c not in a]:
            self.report(False, op_id, f"response {code} added")
        for code in [c for c in a if c not in b]:
            self.report(True, op_id, f"response {code} removed")
        for code in [c for c in a if c in b]:
            self.content(f"{op_id} response {code}", a[code].get("content", {}), b[code].get("content", {}), False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", help="OpenAPI YAML path or SDK version")
    ap.add_argument("new", help="OpenAPI YAML path or SDK version")
    ap.add_argument("--fixtures", type=Path, help="build versions from DIR/<version> (e.g. tests/fixtures/sdk)")
    ap.add_argument("--build-dir", type=Path, default=REPO / "build" / "drift", help="where versions are built")
    args = ap.parse_args(argv)
    old, new = (load(x, args.fixtures, args.build_dir) for x in (args.old, args.new))
    lines = Drift(old, new).run()
    for breaking, text in lines:
        print(f"{'BREAKING' if breaking else 'additive'}  {text}")
    if lines:
        n = sum(b for b, _ in lines)
        print(f"drift: {n} breaking, {len(lines) - n} additive")
    return 1 if any(b for b, _ in lines) else 0


if __name__ == "__main__":
    sys.exit(main())
