"""No public change: every public method of both clients, their resources and raw twins (name, parameters, resolved
annotations, sync or async), and the CLI's commands and options, as recorded in tests/fixtures/public_api.json.

A deliberate change of the public surface is made by re-recording the fixture
(`python tests/test_public_api.py`) and reading its diff.
"""

from __future__ import annotations

import argparse
import ast
import collections.abc
import datetime
import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import periskope
import periskope_api.models
from periskope import cli

FIXTURE = Path(__file__).parent / "fixtures" / "public_api.json"


def _namespace(function: Any) -> dict[str, Any]:
    """The names an annotation of `function` may use: its module's, including those imported only for type
    checkers (its `if TYPE_CHECKING:` blocks, run here), and every generated model."""
    module = sys.modules[function.__module__]
    namespace: dict[str, Any] = {**vars(typing), **vars(collections.abc), **vars(datetime)}
    namespace.update((name, getattr(periskope_api.models, name)) for name in periskope_api.models.__all__)
    namespace.update(vars(module))
    source = inspect.getsource(module)
    for node in ast.parse(source).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            block = ast.Module(body=node.body, type_ignores=[])
            exec(compile(block, module.__file__ or "<module>", "exec"), namespace)
    return namespace


def _show(annotation: Any) -> str:  # noqa: PLR0911 - one return per kind of annotation
    """An annotation, resolved, in a form that does not depend on where its names were imported from."""
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, str):
        return annotation
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (types.UnionType, typing.Union):
        return " | ".join(_show(arg) for arg in args)
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is typing.Unpack:
        return f"Unpack[{_show(args[0])}]"
    if origin is not None:
        return f"{_show(origin)}[{', '.join(_show(arg) for arg in args)}]"
    if annotation is Ellipsis:
        return "..."
    return getattr(annotation, "__qualname__", repr(annotation))


def _resolved(annotation: Any, namespace: dict[str, Any]) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        annotation = eval(annotation, namespace)
    return _show(annotation)


def describe(function: Any) -> dict[str, Any]:
    namespace = _namespace(inspect.unwrap(function))
    signature = inspect.signature(function)
    parameters = [
        {
            "name": p.name,
            "kind": p.kind.name,
            "annotation": _resolved(p.annotation, namespace),
            "default": repr(p.default) if p.default is not p.empty else None,
        }
        for p in signature.parameters.values()
        if p.name != "self"
    ]
    return {
        "async": inspect.iscoroutinefunction(function),
        "parameters": parameters,
        "returns": _resolved(signature.return_annotation, namespace),
    }


def _public_methods(obj: object) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in sorted(dir(type(obj))):
        if name.startswith("_"):
            continue
        if inspect.isfunction(inspect.getattr_static(type(obj), name, None)):
            found[name] = describe(getattr(obj, name))
    return found


def _raw_twin(resource: object) -> dict[str, Any]:
    twin = resource.with_raw_response  # type: ignore[attr-defined]
    found: dict[str, Any] = {}
    for name in sorted(vars(twin)):
        if name.startswith("_"):
            continue
        method = getattr(twin, name)
        found[name] = {
            "async": inspect.iscoroutinefunction(method),
            "parameters": [p.name for p in inspect.signature(method).parameters.values()],
        }
    return found


def _resource_names(client: object) -> list[str]:
    return sorted(
        name
        for name in dir(type(client))
        if not name.startswith("_") and not callable(inspect.getattr_static(type(client), name))
        if hasattr(getattr(client, name), "with_raw_response")
    )


def _cli_view() -> dict[str, Any]:
    """Every command path -> its arguments (option strings, required, nargs, choices, type)."""
    parser = cli.build_parser(cli._discovery_client())
    view: dict[str, Any] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        arguments = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in sorted(action.choices.items()):
                    if sub.prog.split()[-1] == name:  # not an alias
                        walk(sub, (*path, name))
                continue
            if isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                continue
            arguments.append(
                {
                    "flags": list(action.option_strings) or [action.dest],
                    "required": action.required,
                    "nargs": action.nargs,
                    "choices": list(action.choices) if action.choices else None,
                    "type": getattr(action.type, "__name__", None),
                    "default": repr(action.default),
                }
            )
        if path and not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
            view[" ".join(path)] = arguments

    walk(parser, ())
    return view


def surface() -> dict[str, Any]:
    result: dict[str, Any] = {}
    for client in (
        periskope.Periskope(api_key="sk-test", base_url="http://127.0.0.1:9"),
        periskope.AsyncPeriskope(api_key="sk-test", base_url="http://127.0.0.1:9"),
    ):
        kind = type(client).__name__
        result[kind] = _public_methods(client)
        for name in _resource_names(client):
            resource = getattr(client, name)
            result[f"{kind}.{name}"] = _public_methods(resource)
            result[f"{kind}.{name}.with_raw_response"] = _raw_twin(resource)
    result["cli"] = _cli_view()
    return result


def test_the_public_surface_is_the_recorded_one() -> None:
    recorded = json.loads(FIXTURE.read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(surface()))
    for key in sorted(recorded.keys() | actual.keys()):
        assert actual.get(key) == recorded.get(key), key


if __name__ == "__main__":
    FIXTURE.write_text(json.dumps(surface(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
