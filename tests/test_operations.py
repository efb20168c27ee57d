"""Every operation of the patched spec, table-driven: its public method exposes every parameter and body property,
and its retry behaviour follows its idempotency (overrides/overlay/60-python-api.yaml, else the HTTP method)."""

from __future__ import annotations

import functools
import inspect
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, Recorder, call, json_response
from render_resources import Operation, Renderer, snake

PATCHED = ROOT / "generated" / "openapi.yaml"
CONFIG = ROOT / "overrides" / "generator.yaml"
ERROR_BODY = {"message": "unavailable"}


@functools.cache
def patched_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(PATCHED.read_bytes(), Loader=yaml.CSafeLoader)
    return loaded


@functools.cache
def operations() -> list[Operation]:
    return Renderer(patched_spec(), Path(PATCHED), CONFIG).operations()


def _id(op: Operation) -> str:
    return f"{op.resource}.{op.method}"


def _value(annotation: str) -> Any:
    """A valid value for a required argument of this annotation."""
    first = annotation.split(" | ", maxsplit=1)[0]
    if first.startswith("Literal["):
        return re.findall(r"'([^']*)'", first)[0]
    if first.startswith("Sequence[str]"):
        return ["x1"]
    if first.startswith("Sequence["):
        return [{}]
    if first.startswith("Mapping") or annotation.endswith("| Mapping[str, Any]"):
        return {}
    return {"str": "x1", "int": 1, "float": 1.0, "bool": True, "TicketPriority": 1, "None": None}.get(first, "x1")


# What the hand-written methods need beyond their generated builder's required arguments.
CUSTOM = {"queue.purge": {"all": True}, "knowledge_base.create_document": {"url": "https://example.com/a.pdf"}}


def arguments(op: Operation) -> tuple[list[Any], dict[str, Any]]:
    positional = [_value(a.annotation) for a in op.arguments if not a.keyword]
    keywords = {a.name: _value(a.annotation) for a in op.arguments if a.keyword and a.default is None}
    if op.require_any:  # a one-of check: give the first
        keywords[op.require_any[0]] = _value(next(a.annotation for a in op.arguments if a.name == op.require_any[0]))
    if op.custom:
        keywords = CUSTOM.get(_id(op), keywords)
    return positional, keywords


FAILURES = {
    "503": json_response(503, ERROR_BODY),
    "reset after sending": httpx.ReadError("connection reset by peer"),
    "read timeout": httpx.ReadTimeout("timed out"),
}


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
@pytest.mark.parametrize("op", operations(), ids=_id)
async def test_idempotent_operations_are_retried_the_others_sent_once(
    make_client: Any, sleeps: list[float], op: Operation, failure: Any
) -> None:
    recorder = Recorder(failure)
    resource = getattr(make_client(recorder, max_retries=1), op.resource)
    positional, keywords = arguments(op)
    with pytest.raises(Exception) as raised:
        await call(getattr(resource, op.method)(*positional, **keywords))
    assert type(raised.value).__module__.startswith("periskope"), raised.value
    assert len(recorder.requests) == (2 if op.idempotent else 1)
    request = recorder.requests[0]
    assert (request.method.lower(), op.http) == (op.http, op.http)


def test_the_overlay_declares_only_departures_from_the_http_default() -> None:
    """GET, PUT and PATCH are idempotent, POST and DELETE are not; x-periskope-idempotent says where an operation
    departs from that, and nowhere else."""
    for op in operations():
        declared = patched_spec()["paths"][op.path][op.http].get("x-periskope-idempotent")
        default = op.http in ("get", "put", "patch")
        assert declared != default, f"{_id(op)}: x-periskope-idempotent repeats the default"
        assert op.idempotent == (default if declared is None else declared)


@pytest.mark.parametrize("op", operations(), ids=_id)
def test_every_parameter_and_body_property_is_an_argument(op: Operation) -> None:
    """Renames and flattening come from the overlay; a parameter upstream adds and no method exposes fails here."""
    import periskope  # noqa: PLC0415

    client = periskope.Periskope(api_key="sk-test", base_url="http://127.0.0.1:9")
    method = getattr(getattr(client, op.resource), op.method)
    exposed = set(inspect.signature(method).parameters)
    for wire in wire_names(op):
        renamed = patched_spec()["paths"][op.path][op.http].get("x-periskope-arguments", {}).get(wire, {})
        name = renamed.get("name", snake(wire.rsplit(".", 1)[-1]))
        assert name in exposed or f"{name}_" in exposed, f"{_id(op)}: {wire} is not exposed ({sorted(exposed)})"


def wire_names(op: Operation) -> list[str]:
    spec = patched_spec()
    raw = spec["paths"][op.path][op.http]
    params = [*spec["paths"][op.path].get("parameters", []), *raw.get("parameters", [])]
    names = [p["name"] for p in params if p["in"] in ("path", "query")]
    schema = raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    schema = resolve(schema)
    flatten = set(raw.get("x-periskope-flatten", []))
    for prop, sub in schema.get("properties", {}).items():
        if prop in flatten:
            names += [f"{prop}.{inner}" for inner in resolve(sub).get("properties", {})]
        else:
            names.append(prop)
    return names


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = patched_spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema
