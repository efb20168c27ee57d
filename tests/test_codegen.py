"""The generation pipeline's own checks: the example validator, the spec lock, the generated-file header."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from check_examples import check_examples
from conftest import ROOT

PATCHED = ROOT / "generated" / "openapi.yaml"
EXAMPLE = ("paths", "/message/{message_id}", "get", "responses", "200", "content", "application/json", "examples")


def patched_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(PATCHED.read_text(encoding="utf-8"))
    return spec


def seed_value(spec: dict[str, Any]) -> dict[str, Any]:
    node: Any = spec
    for key in EXAMPLE:
        node = node[key]
    value: dict[str, Any] = node["200 OK"]["value"]
    return value


def test_the_spec_examples_validate_against_the_overlay_schemas() -> None:
    assert check_examples(patched_spec()) == []


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"ack": "read"}, "ack"),
        ({"message_type": 5}, "message_type"),
        ({"timestamp": True}, "timestamp"),
        ({"delivery_info": {"delivered": {"919537851844@c.us": "soon"}}}, "delivery_info/delivered"),
        ({"reactions": [{"id": "not-a-key"}]}, "reactions/0/id"),
    ],
)
def test_a_wrong_example_is_reported(change: dict[str, Any], complaint: str) -> None:
    spec = patched_spec()
    seed_value(spec).update(copy.deepcopy(change))
    problems = check_examples(spec)
    assert problems
    assert all(complaint in problem for problem in problems)


def test_missing_required_key_is_reported() -> None:
    spec = patched_spec()
    del seed_value(spec)["org_id"]
    assert any("'org_id' is a required property" in problem for problem in check_examples(spec))


@pytest.mark.parametrize(
    "wire", [{"ack": 3}, {"ack": None}, {"media": None}, {"ack": "-1"}, {"timestamp": "2024-05-13 11:19:34+00"}]
)
def test_wire_forms_the_client_accepts_are_valid(wire: dict[str, Any]) -> None:
    spec = patched_spec()
    seed_value(spec).update(wire)
    assert check_examples(spec) == []


def test_the_vendored_spec_matches_its_lock() -> None:
    lock = json.loads((ROOT / "openapi" / "periskope.lock.json").read_text(encoding="utf-8"))
    assert hashlib.sha256((ROOT / "openapi" / "periskope.yaml").read_bytes()).hexdigest() == lock["sha256"]


def test_every_generated_file_says_it_is_generated() -> None:
    files = [*sorted(Path(ROOT / "generated").rglob("*.py")), PATCHED]
    assert len(files) > 10
    for path in files:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# Generated from openapi/periskope.yaml"), path
        assert "Do not edit" in first_line, path
