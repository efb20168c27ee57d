#!/usr/bin/env python3
"""Fidelity gate: rebuilt YAML --openapi-typescript--> .d.ts, compared per operation with the SDK's types.d.ts.

    python3 scripts/import_spec/fidelity.py openapi/periskope.yaml --input-dir tests/fixtures/sdk/1.1.3

Both sides are normalised first: quote style, comment layout (whitespace, `*` gutters, `@enum {…}` and
`Format: binary` lines), `Record<string, X>` = `{ [key: string]: X }`, `Buffer` = `string`,
`components["schemas"]["X"]` = `X` (and `Tables_tbl_x` = `Tables<'tbl_x'>`).
Every mismatching operation is printed with the first difference. Exit 1 only if a mismatch is not in
the committed list fidelity_expected.json ({operationId: reason}).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "fidelity_expected.json"
OPENAPI_TS = HERE / "node_modules" / "openapi-typescript" / "bin" / "cli.js"
CLIENT_TYPES = Path("@periskope/periskope-client/dist/types/types.d.ts")


def operations(dts: str) -> dict[str, str]:
    """operationId -> source text of its member in `export interface operations` (printer-formatted)."""
    body = dts.split("export interface operations {\n", 1)[1]
    return {m[0]: m[1] for m in re.findall(r"^    (\w+): (\{\n.*?^    \});$", body, re.M | re.S)}


def _comment(m: re.Match) -> str:
    text = re.sub(r"^\s*\*(?!/) ?", "", m.group(1), flags=re.M)
    text = re.sub(r"@enum \{[^}]*\}|^\s*Format: binary\s*$", "", text, flags=re.M)
    return f"/**{' '.join(text.split())}*/" if text.strip() else ""


def _records(text: str) -> str:
    """Record<string, X> -> { [k: string]: X; } (X may nest angle brackets)."""
    while (start := text.find("Record<string, ")) >= 0:
        depth, i = 1, start + len("Record<string, ")
        while depth:
            depth += {"<": 1, ">": -1}.get(text[i], 0)
            i += 1
        inner = text[start + len("Record<string, ") : i - 1]
        text = f"{text[:start]}{{ [k: string]: {inner}; }}{text[i:]}"
    return text


def _code(part: str) -> str:
    part = part.replace('"', "'")
    part = re.sub(r"components\['schemas'\]\['(\w+)'\]", r"\1", part)
    part = re.sub(r"\bTables_(\w+)", r"Tables<'\1'>", part)
    part = re.sub(r"\bBuffer(<ArrayBufferLike>)?", "string", part)
    part = re.sub(r"\[\w+: string\]", "[k: string]", _records(part))
    return re.sub(r"\s'[^']+': (undefined|void);", "", part)  # "no body", as the walker reads it


def normalise(text: str) -> str:
    text = re.sub(r"/\*\*(.*?)\*/", _comment, text, flags=re.S)
    parts = re.split(r"(/\*\*.*?\*/)", text, flags=re.S)  # odd parts are comments: left alone
    text = " ".join("".join(p if i % 2 else _code(p) for i, p in enumerate(parts)).split())
    text = re.sub(r" ?([{}()\[\]<>;:,|?=]) ?", r"\1", text)
    return text.replace("content:{}", "content?:never").replace("content?:{}", "content?:never")


def first_difference(a: str, b: str, width: int = 70) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    lo = max(0, i - 20)
    return f"sdk: …{a[lo : lo + width]}…\n      rebuilt: …{b[lo : lo + width]}…"


def compare(spec: Path, sdk_types: Path) -> dict[str, str]:
    """operationId -> first difference, for every operation that does not round-trip."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "roundtrip.d.ts"
        proc = subprocess.run(
            ["node", str(OPENAPI_TS), str(spec), "-o", str(out)], check=False, capture_output=True, text=True
        )
        if proc.returncode:
            sys.exit(f"openapi-typescript failed:\n{proc.stderr}")
        rebuilt = operations(out.read_text())
    sdk = operations(sdk_types.read_text())
    diffs = {}
    for op_id in sorted(set(sdk) | set(rebuilt)):
        if op_id not in rebuilt or op_id not in sdk:
            diffs[op_id] = "missing from the " + ("rebuilt spec" if op_id not in rebuilt else "SDK")
        elif (a := normalise(sdk[op_id])) != (b := normalise(rebuilt[op_id])):
            diffs[op_id] = first_difference(a, b)
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("spec", type=Path, help="rebuilt OpenAPI YAML")
    ap.add_argument(
        "--input-dir",
        type=Path,
        required=True,
        help="node_modules-like SDK dir the spec was built from (npm cache or tests/fixtures/sdk/<v>)",
    )
    ap.add_argument("--expected", type=Path, default=EXPECTED)
    args = ap.parse_args(argv)
    expected = json.loads(args.expected.read_text())
    diffs = compare(args.spec, args.input_dir / CLIENT_TYPES)
    present = operations((args.input_dir / CLIENT_TYPES).read_text())
    for op_id, where in diffs.items():
        status = "known" if op_id in expected else "NEW"
        print(f"{status} mismatch {op_id}: {expected.get(op_id, '')}\n      {where}")
    for op_id in sorted(set(expected) & set(present) - set(diffs)):
        print(f"note: {op_id} now round-trips; drop it from {args.expected.name}")
    new = sorted(set(diffs) - set(expected))
    print(
        f"fidelity: {len(present) - len(diffs)}/{len(present)} operations identical, "
        f"{len(diffs)} mismatches ({len(new)} not in {args.expected.name})"
    )
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
