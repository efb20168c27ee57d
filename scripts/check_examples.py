"""Check that the spec's own examples validate against its schemas (after the overlay).

Schemas are checked as the client reads the wire, which the overlay declares with extensions:
  x-periskope-numeric-string  an integer may arrive as a decimal string ("3");
  x-periskope-epoch           a date-time may arrive as epoch seconds or milliseconds;
and `nullable: true` beside `allOf: [$ref]` admits null (the generator's reading; OAS 3.0.3 leaves it inert).
A date-time is any ISO 8601 form, as upstream sends several (`2024-05-13 11:19:34+00`, `...Z`, `...+00:00`).
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from dateutil.parser import isoparse
from jsonschema import FormatChecker
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator

Schema = dict[str, Any]
FORMATS = FormatChecker(formats=())
FORMATS.checks("date-time", raises=(ValueError, OverflowError))(
    lambda value: not isinstance(value, str) or isoparse(value)
)


def check_examples(spec: Schema) -> list[str]:
    """One line per example that does not validate; empty when all do."""
    components = _lenient(spec.get("components", {}))
    problems = []
    for where, schema, example in _examples(spec):
        root = {**_lenient(schema), "components": components}
        for found in OAS30Validator(root, format_checker=FORMATS).iter_errors(example):
            error = best_match([found])  # the innermost reason, not "not valid under any of the given schemas"
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            problems.append(f"{where}: {location}: {error.message}")
    return problems


def _examples(spec: Schema) -> Iterator[tuple[str, Schema, Any]]:
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []) + item.get("parameters", []):
                if "example" in parameter.get("schema", {}):
                    yield (
                        f"{method.upper()} {path} {parameter['name']}",
                        parameter["schema"],
                        parameter["schema"]["example"],
                    )
            for status, response in operation.get("responses", {}).items():
                for media_type, content in response.get("content", {}).items():
                    where = f"{method.upper()} {path} {status} {media_type}"
                    schema = content.get("schema", {})
                    if "example" in content:
                        yield where, schema, content["example"]
                    for name, example in content.get("examples", {}).items():
                        if "value" in example:
                            yield f"{where} example {name!r}", schema, example["value"]


def _lenient(node: Any) -> Any:
    """A copy of a schema tree with the extensions above turned into plain JSON Schema alternatives."""
    if isinstance(node, list):
        return [_lenient(item) for item in node]
    if not isinstance(node, dict):
        return node
    schema = {key: _lenient(value) for key, value in node.items()}
    alternatives: list[Schema] = []
    if schema.get("x-periskope-numeric-string"):
        alternatives.append({"type": "string", "pattern": r"^\s*-?\d+\s*$"})
    if schema.get("x-periskope-epoch"):
        alternatives.append({"type": "number"})
    if schema.get("nullable") and "type" not in schema:
        alternatives.append({"enum": [None]})
    if alternatives:
        return {"anyOf": [copy.deepcopy(schema), *alternatives]}
    return schema


if __name__ == "__main__":
    found = check_examples(yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8")))
    print(*found, sep="\n")
    sys.exit(1 if found else 0)
