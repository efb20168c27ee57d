"""The overlaid OpenAPI document the client is generated from: where it is, its operations, and sample values that
fit its schemas."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .._errors import PeriskopeError

_PACKAGED = Path(__file__).with_name("openapi.yaml")  # put there by the wheel build (pyproject: force-include)
_CHECKOUT = Path(__file__).resolve().parents[3] / "generated" / "openapi.yaml"  # an editable install of the repo
_METHODS = ("get", "post", "put", "patch", "delete")


def spec_path() -> Path:
    """The path of the OpenAPI document (3.0, YAML) this version of the client was generated from, with every
    correction the client makes to upstream's spec: for Prism (`prism mock <path>`) or any other mock server."""
    for path in (_PACKAGED, _CHECKOUT):
        if path.is_file():
            return path
    raise PeriskopeError(f"the packaged OpenAPI document is missing ({_PACKAGED}); reinstall periskope")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, parsed (needs PyYAML: `pip install periskope[testing]`)."""
    try:
        import yaml  # noqa: PLC0415 - only the testing kit needs it
    except ImportError as exc:
        raise PeriskopeError("periskope.testing needs PyYAML: pip install 'periskope[testing]'") from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(spec_path().read_bytes(), Loader=loader)
    return document


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its id, method and path template, and what a success looks like."""

    operation_id: str
    method: str
    path: str
    status: int
    response_schema: Mapping[str, Any] | None
    request_schema: Mapping[str, Any] | None
    pattern: re.Pattern[str]

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The path parameters, if `method path` is this operation."""
        if method != self.method:
            return None
        found = self.pattern.fullmatch(path)
        return {name: unquote(value) for name, value in found.groupdict().items()} if found else None


@functools.cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec; templates with fewer parameters first, so `/chats/messages` wins over
    `/chats/{chat_id}`."""
    spec = load_spec()
    found: list[Operation] = []
    for path, item in spec["paths"].items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            status, schema = _success(spec, operation["responses"])
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
            request = resolve(spec, body) if body else None
            operation_id = operation["operationId"]
            found.append(Operation(operation_id, method.upper(), path, status, schema, request, re.compile(pattern)))
    found.sort(key=lambda op: op.path.count("{"))
    return tuple(found)


def _success(spec: dict[str, Any], responses: Mapping[str, Any]) -> tuple[int, Mapping[str, Any] | None]:
    code = min(code for code in responses if str(code).startswith("2"))
    response = resolve(spec, responses[code])
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    return int(code), schema


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node`, or what its `$ref` points at."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


class Sampler:
    """Values that validate against a schema: its example where the spec gives one, otherwise built from its type."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec

    def sample(self, schema: Mapping[str, Any] | None, name: str = "") -> Any:
        return copy.deepcopy(self._sample(schema or {}, name, ()))

    def _sample(self, schema: Mapping[str, Any], name: str, seen: tuple[str, ...]) -> Any:  # noqa: PLR0911
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:  # a recursive schema: stop here
                return None if schema.get("nullable") else {}
            return self._sample(resolve(self._spec, schema), name, (*seen, ref))
        if "example" in schema:
            return schema["example"]
        if "allOf" in schema:
            parts = [self._sample(part, name, seen) for part in schema["allOf"]]
            if all(isinstance(part, dict) for part in parts):
                return {key: value for part in parts for key, value in part.items()}
            return parts[0]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._sample(schema[key][0], name, seen)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type", "object" if "properties" in schema else None)
        if kind == "object":
            properties = schema.get("properties", {})
            return {key: self._sample(value, key, seen) for key, value in properties.items()}
        if kind == "array":
            return [self._sample(schema.get("items", {}), name, seen)] if len(seen) < 3 else []
        if kind == "string":
            return _string(schema.get("format"), name)
        return {"integer": 0, "number": 0.0, "boolean": False}.get(kind or "")


_CHAT = "919537851844@c.us"
_ME = "918527184400@c.us"
_MEMBER = "support@example.com"
# Strings the spec has no example for, by property name: values shaped like Periskope's rather than the name itself.
_STRINGS = {
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    **dict.fromkeys(("chat_id", "to", "sender_id", "remote", "raised_by"), _CHAT),
    **dict.fromkeys(("org_phone", "author", "from", "sender_phone", "active_phone"), _ME),
    **dict.fromkeys(("performed_by", "assignee", "assigned_by", "created_by", "last_updated_by", "email"), _MEMBER),
    **dict.fromkeys(("body", "message", "caption", "title"), "Your order A-1001 has shipped"),
    "message_id": f"true_{_CHAT}_3EB0C62861626B2D8BD4A386E48976EC85CB009C",
    "unique_id": "3EB0C62861626B2D8BD4A386E48976EC85CB009C",
    "mimetype": "image/jpeg",
    "filename": "invoice-A-1001.jpg",
    "path": "/storage/v1/object/public/message-media/invoice-A-1001.jpg",
    "labels": "vip",
    "name": "Order updates",
}


def _string(fmt: str | None, name: str) -> str:
    if fmt == "date-time":
        return "2025-01-28T05:12:03Z"
    if fmt == "date":
        return "2025-01-28"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    if name in _STRINGS:
        return _STRINGS[name]
    return f"{name.removesuffix('_id')}-0a1b2c3d" if name.endswith("_id") or name == "id" else name or "text"
