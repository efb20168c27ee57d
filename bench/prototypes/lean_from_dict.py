"""Prototype of a leaner model.py.jinja `_from_dict`: emits, for a generated model, the code that the proposed template
would emit, and compiles it into a function building the very same attrs class.

Levels (each includes the ones before):
  1  straight-line code: no per-call `def _parse_x` closures, no function-local imports (models are module
     globals), no typing.cast; `x = d.pop("x", UNSET)` for plain scalars; nested models via `.from_dict`
  2  `cls(...)` called with positional arguments in attrs field order instead of 57 keywords
  3  fast paths: enums through a module-level wire-value -> member dict (numeric strings included) before the
     Enum call; timestamps through datetime.fromisoformat when the string looks like ISO 8601, before
     parse_timestamp; nested models through their lean `_from_dict` directly (one call less per object)

Only the field kinds that the Message tree uses are supported (str/bool/float/int/Any, open enums, nested models,
lists of str / of models, date-time, dict of date-time); anything else raises NotImplementedError at build time.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import re
import sys
import types
import typing
from typing import Any

import attrs

from periskope._wire import DecodeError, decode_error, parse_timestamp
from periskope_api import models as generated_models
from periskope_api.types import UNSET, Unset

_POP = re.compile(r"^\s*_?(\w+?) = .*?\bd\.pop\(\"((?:[^\"\\]|\\.)*)\"", re.MULTILINE)
_ALIAS = re.compile(r"^\s*if \"([^\"]+)\" in d:\n\s*d\.setdefault\(\"([^\"]+)\", d\.pop\(\"[^\"]+\"\)\)", re.MULTILINE)


def field_types(model: type) -> dict[str, Any]:
    namespace = {name: getattr(generated_models, name) for name in generated_models.__all__}
    namespace.update(datetime=datetime, Unset=Unset, Any=Any)
    hints = typing.get_type_hints(model, globalns=vars(sys.modules[model.__module__]), localns=namespace)
    return {f.name: hints[f.name] for f in attrs.fields(model)}


def wire_names(model: type) -> dict[str, str]:
    found = dict(_POP.findall(inspect.getsource(model._from_dict)))
    return {
        f.name: found.get(f.name, f.name.rstrip("_")) for f in attrs.fields(model) if f.name != "additional_properties"
    }


def _parts(tp: Any) -> tuple[list[Any], bool, bool]:
    """(real types, nullable, optional)"""
    args = list(typing.get_args(tp)) if typing.get_origin(tp) in (typing.Union, types.UnionType) else [tp]
    real = [a for a in args if a not in (type(None), Unset)]
    return real, type(None) in args, Unset in args


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


PLAIN = (str, bool, float, int, Any)


class Emitter:
    def __init__(self, level: int) -> None:
        self.level = level
        self.globals: dict[str, Any] = {"UNSET": UNSET, "Unset": Unset, "parse_timestamp": parse_timestamp,
                                        "DecodeError": DecodeError, "decode_error": decode_error,
                                        "_fromiso": datetime.datetime.fromisoformat, "_UTC": datetime.UTC,
                                        "_datetime": datetime.datetime}  # fmt: skip
        self.built: dict[type, Any] = {}

    # -- per model ----------------------------------------------------------------------------------------------
    def build(self, model: type) -> Any:
        if model in self.built:
            return self.built[model]
        name = model.__name__
        self.globals[name] = model
        kinds = field_types(model)
        wires = wire_names(model)
        src = inspect.getsource(model._from_dict)
        lines = ["def _lean_from_dict(src_dict):", "    d = dict(src_dict)"]
        for wire, prop in sorted(_ALIAS.findall(src)):
            lines += [f"    if {wire!r} in d:", f"        d.setdefault({prop!r}, d.pop({wire!r}))"]
        for field, wire in wires.items():
            lines += ["    " + line for line in self.field(field, wire, kinds[field])]
        names = list(wires)
        if self.level >= 2:
            lines.append(f"    obj = {name}({', '.join(names)})")
        else:
            lines.append(f"    obj = {name}({', '.join(f'{n}={n}' for n in names)})")
        extra = typing.get_args(kinds.get("additional_properties"))
        if extra and extra[1] is datetime.datetime:
            lines.append("    obj.additional_properties = {k: " + self.timestamp_expr("v") + " for k, v in d.items()}")
        else:
            lines.append("    obj.additional_properties = d")
        lines.append("    return obj")
        code = "\n".join(lines)
        namespace: dict[str, Any] = {}
        exec(compile(code, f"<lean {name}>", "exec"), self.globals, namespace)
        inner = namespace["_lean_from_dict"]
        self.globals[f"_lean_{name}"] = inner

        def from_dict(src_dict: Any) -> Any:  # the generated public wrapper, unchanged
            if not isinstance(src_dict, dict):
                raise DecodeError(f"{name}: expected an object, got {type(src_dict).__name__}")
            try:
                return inner(src_dict)
            except DecodeError as exc:
                raise exc.within(name) from None
            except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
                raise decode_error(name, exc) from exc

        self.globals[f"_lean_public_{name}"] = from_dict
        self.built[model] = from_dict
        self.sources = getattr(self, "sources", {})
        self.sources[name] = code
        return from_dict

    # -- per field ----------------------------------------------------------------------------------------------
    def field(self, field: str, wire: str, tp: Any) -> list[str]:
        real, nullable, optional = _parts(tp)
        pop = f"d.pop({wire!r}, UNSET)" if optional else f"d.pop({wire!r})"
        if len(real) != 1:
            raise NotImplementedError(f"{field}: {tp}")
        kind = real[0]
        if kind in PLAIN or (typing.get_origin(kind) is list and typing.get_args(kind)[0] in PLAIN):
            if typing.get_origin(kind) is list:
                return [f"{field} = {pop}", *self.guard(field, nullable, optional, "list")]
            return [f"{field} = {pop}"]
        skip = " or ".join([f"{field} is None"] * nullable + [f"{field} is UNSET"] * optional) or "False"
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return [f"{field} = {pop}", f"if not ({skip}):", *("    " + x for x in self.enum(field, kind))]
        if kind is datetime.datetime:
            return [f"{field} = {pop}", f"if not ({skip}):",
                    f"    if not isinstance({field}, (str, int, float)):",
                    f"        raise TypeError(f'{field}: unexpected {{type({field}).__name__}}')",
                    f"    {field} = {self.timestamp_expr(field)}"]  # fmt: skip
        if _is_model(kind):
            call = self.model_call(kind)
            return [f"{field} = {pop}", f"if not ({skip}):",
                    f"    if type({field}) is not dict:",
                    f"        raise TypeError(f'{field}: unexpected {{type({field}).__name__}}')",
                    f"    {field} = {call}({field})"]  # fmt: skip
        if typing.get_origin(kind) is list and _is_model(typing.get_args(kind)[0]):
            call = self.model_call(typing.get_args(kind)[0])
            return [f"{field} = {pop}", f"if not ({skip}):",
                    f"    if type({field}) is not list:",
                    f"        raise TypeError(f'{field}: unexpected {{type({field}).__name__}}')",
                    f"    {field} = [{call}(item) for item in {field}]"]  # fmt: skip
        raise NotImplementedError(f"{field}: {tp}")

    def guard(self, field: str, nullable: bool, optional: bool, kind: str) -> list[str]:
        skip = " or ".join([f"{field} is None"] * nullable + [f"{field} is UNSET"] * optional) or "False"
        return [f"if not ({skip}) and type({field}) is not {kind}:",
                f"    raise TypeError(f'{field}: unexpected {{type({field}).__name__}}')"]  # fmt: skip

    def model_call(self, model: type) -> str:
        try:
            self.build(model)
        except NotImplementedError:  # a kind this prototype does not emit: keep the generated decoder for it
            self.globals[f"_gen_{model.__name__}"] = model.from_dict
            return f"_gen_{model.__name__}"
        # level 3: the nested model's lean body directly; below: its public from_dict (wrapper + body)
        return f"_lean_{model.__name__}" if self.level >= 3 else f"_lean_public_{model.__name__}"

    def enum(self, field: str, kind: type[enum.Enum]) -> list[str]:
        cls = kind.__name__
        self.globals[cls] = kind
        is_int = issubclass(kind, int)
        check = (f"isinstance({field}, (int, str)) and not isinstance({field}, bool)" if is_int
                 else f"isinstance({field}, str)")  # fmt: skip
        slow = [f"if not ({check}):", f"    raise TypeError(f'{field}: unexpected {{type({field}).__name__}}')",
                f"{field} = {cls}({field})"]  # fmt: skip
        if self.level < 3:
            return slow
        table = f"_{cls}_BY_WIRE"
        members = {m.value: m for m in kind}
        if is_int:
            members.update({str(m.value): m for m in kind})
        self.globals[table] = members
        # type(x) in (str, int) is False for bool and for unhashable values, which then take the checked path
        return [f"_m = {table}.get({field}) if type({field}) in (str, int) else None",
                "if _m is not None:", f"    {field} = _m", "else:", *("    " + x for x in slow)]  # fmt: skip

    def timestamp_expr(self, var: str) -> str:
        if self.level < 3:
            return f"parse_timestamp({var})"
        self.globals["_iso_fast"] = _iso_fast
        return f"_iso_fast({var})"


def _iso_fast(value: Any) -> datetime.datetime:
    """parse_timestamp, with fromisoformat tried first on strings shaped like `YYYY-MM-DD...`."""
    if type(value) is str and len(value) >= 19 and value[4] == "-":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return parse_timestamp(value)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)
    return parse_timestamp(value)


def lean_decoder(model: type, level: int) -> tuple[Any, dict[str, str]]:
    emitter = Emitter(level)
    decode = emitter.build(model)
    return decode, emitter.sources
