"""Fuzzing: hostile payloads thrown at every generated model's from_dict.

Each payload must either decode or raise periskope.DecodeError, never anything else; and what decodes must survive
`to_dict()` and decode again from it. Payloads: mutations of the seed message (a few keys or nested values dropped,
nulled, or replaced by hostile values), and, for every model that `periskope_api.models.__all__` exports, values
drawn from its schema in generated/openapi.yaml with hostile values mixed in at every level: wrong types, huge
strings and numbers, deep nesting, NaN and infinities, negative and giant epochs, unknown enum values, missing and
null fields, unknown keys.

The default profile is bounded (and derandomized) for `make test`; `PERISKOPE_FUZZ=long` runs many more examples with
a fresh random seed each time. Crashes the fuzzer found are kept below as explicit, xfail-marked @example cases until
the decoder is fixed (they then XPASS and fail: remove the mark).
"""

from __future__ import annotations

import copy
import datetime
import enum
import functools
import math
import os
import pickle
import re
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

from periskope import DecodeError, Message, parse_timestamp
from periskope_api import models as generated_models
from periskope_api.types import Unset

ROOT = Path(__file__).resolve().parent.parent
LONG = os.environ.get("PERISKOPE_FUZZ") == "long"

MODELS: list[type[Any]] = [
    model for name in generated_models.__all__ if hasattr(model := getattr(generated_models, name), "from_dict")
]
# The bounded profile shares about 2500 examples among the models (at least 10 each), whatever their number.
FUZZ = settings(
    max_examples=1000 if LONG else max(10, 2500 // max(1, len(MODELS))),
    deadline=None,
    derandomize=not LONG,
    database=None,
    suppress_health_check=list(HealthCheck),
)
SEED_FUZZ = settings(FUZZ, max_examples=20000 if LONG else 400)
# The round-trip and wrong-type properties share about 600 examples each among the models.
WELL_FORMED = settings(FUZZ, max_examples=1000 if LONG else max(3, 600 // max(1, len(MODELS))))


# The seed example, from the patched spec; each model's field types and wire keys ----------------------------------


@functools.cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    return spec


def seed_example() -> dict[str, Any]:
    operation = _spec()["paths"]["/message/{message_id}"]["get"]
    value: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["examples"]["200 OK"]["value"]
    return copy.deepcopy(value)


def _type_namespace() -> dict[str, Any]:
    namespace: dict[str, Any] = {name: getattr(generated_models, name) for name in generated_models.__all__}
    namespace.update(datetime=datetime, Unset=Unset, Any=Any)
    return namespace


@functools.cache
def field_types(model: type[Any]) -> dict[str, Any]:
    """attrs field name -> its resolved type (Any where a hint does not resolve)."""
    module = sys.modules[model.__module__]
    try:
        hints = typing.get_type_hints(model, globalns=vars(module), localns=_type_namespace())
    except Exception:  # an unresolvable hint: fuzz that model without types
        hints = {}
    return {f.name: hints.get(f.name, Any) for f in attrs.fields(model)}


@functools.cache
def wire_names(model: type[Any]) -> dict[str, str]:
    """attrs field name -> its key on the wire (the generated module's `_FIELDS` maps wire keys to attributes)."""
    fields: dict[str, str] = vars(sys.modules[model.__module__])["_FIELDS"]
    return {attribute: wire for wire, attribute in fields.items()}


# Hostile values ------------------------------------------------------------------------------------------------------


def _nested(depth: int, make: Callable[[Any], Any]) -> Any:
    value: Any = None
    for _ in range(depth):
        value = make(value)
    return value


DEEP_LIST = _nested(50_000, lambda inner: [inner])
DEEP_DICT = _nested(50_000, lambda inner: {"a": inner})
HUGE = "x" * 1_000_000
SPECIAL: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**53 + 1, 2**63, -(2**63), 10**30, -(10**30), 10**400, -(10**400),
    0.5, -0.0, 1e308, -1e308, 5e-324, math.nan, math.inf, -math.inf,
    "", " ", "null", "None", "NaN", "Infinity", "-1", "3", "7", "99", "-5", "3.5", " 3 ", "0x3", "\u0661",
    "9" * 20, "-" + "9" * 20, "1" * 9, "9" * 5000, "\x00", "\ud800", "\u202e", "😀" * 1000,
    "2025-13-45T99:99:99", "2025-01-27T08:48:24+99:99", "0000-00-00", "9999-12-31T23:59:59.999999-23:59",
    "2025-01-27T08:48:24+00:00" * 100, "2024-05-13 11:19:34+00", "1737967705196", "-1737967705196",
    HUGE, [], {}, [None], [[]], {"": None}, {"__proto__": {}}, DEEP_LIST, DEEP_DICT,
]  # fmt: skip

JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
)
HOSTILE = st.one_of(
    st.sampled_from(SPECIAL),
    JSON_SCALARS,
    st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                           max_size=4), max_leaves=12),
)  # fmt: skip
ISO_LIKE = r"\A\d{1,5}-\d{1,2}-\d{1,2}([T ]\d{1,2}(:\d{1,2}(:\d{1,2}(\.\d{1,9})?)?)?)?([+-]\d{1,2}(:?\d{2})?|Z)?\Z"
TIMESTAMPS = st.one_of(
    st.sampled_from(["2025-01-27T08:48:24+00:00", "2025-01-28T05:11:57.008+00:00", "2024-05-13 11:19:34+00",
                     "2025-01-27T08:48:24Z", "2025-01-27", "20250127", 1737967705196, 1737967705, "1737967705196"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.datetimes().map(lambda d: d.isoformat()),
    st.from_regex(ISO_LIKE),
)  # fmt: skip


# Type-driven payloads, hostile at every level ------------------------------------------------------------------------
# From each model's attrs field types (not from the spec, whose schema names need not match the class names).

_MISSING = object()
_MODEL_STRATEGIES: dict[tuple[type[Any], bool], st.SearchStrategy[Any]] = {}


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def values_for(tp: Any, *, bad: bool) -> st.SearchStrategy[Any]:
    """Wire values for a field of type `tp`; with `bad`, hostile values mixed in at every level."""
    good = _values_for(tp, bad=bad)
    return st.one_of(good, HOSTILE) if bad else good


def _values_for(tp: Any, *, bad: bool) -> st.SearchStrategy[Any]:  # noqa: PLR0911
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [values_for(arg, bad=bad) for arg in args if arg is not Unset]
        return st.one_of(options) if options else st.nothing()
    if tp is type(None):
        return st.none()
    if origin is list:
        return st.lists(values_for(args[0] if args else Any, bad=bad), max_size=3)
    if origin is dict:
        return st.dictionaries(st.text(max_size=10), values_for(args[1] if args else Any, bad=bad), max_size=3)
    if _is_model(tp):
        return objects(tp, bad=bad)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        known = [member.value for member in tp]
        spellings = known + [str(v) for v in known if isinstance(v, int)] + ["not-a-known-value", 99, "99"]
        return st.sampled_from(spellings)
    if tp is datetime.datetime:
        return TIMESTAMPS
    if tp is datetime.date:
        return st.dates().map(str) | TIMESTAMPS
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers()
    if tp is float:
        return st.integers() | st.floats()
    if tp is str:
        return st.text(max_size=20)
    return JSON_SCALARS


def objects(model: type[Any], *, bad: bool) -> st.SearchStrategy[Any]:
    """Dicts with the model's wire keys (any may be missing, required ones too) and unknown keys."""
    key = (model, bad)
    if key not in _MODEL_STRATEGIES:
        _MODEL_STRATEGIES[key] = st.deferred(lambda: _objects(model, bad=bad))
    return _MODEL_STRATEGIES[key]


def _objects(model: type[Any], *, bad: bool) -> st.SearchStrategy[Any]:
    kinds = field_types(model)
    fields = {wire: st.just(_MISSING) | values_for(kinds[name], bad=bad) for name, wire in wire_names(model).items()}
    extra_type = typing.get_args(kinds.get("additional_properties", dict[str, Any]))
    extra = values_for(extra_type[1] if len(extra_type) == 2 else Any, bad=bad)
    base = st.fixed_dictionaries(fields) if fields else st.just({})
    extras = st.dictionaries(st.text(max_size=12), extra, max_size=3)
    return st.builds(lambda known, unknown: {**unknown, **{k: v for k, v in known.items() if v is not _MISSING}},
                     base, extras)  # fmt: skip


def hostile_payloads(model: type[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(objects(model, bad=False), objects(model, bad=True), HOSTILE)


# Seed mutations ------------------------------------------------------------------------------------------------------


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


SEED_PATHS = _paths(seed_example())
_DROP = object()


def _apply(payload: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        if not isinstance(payload, dict | list):
            return
        try:
            payload = payload[step]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(payload, dict):
        if value is _DROP:
            payload.pop(last, None)
        else:
            payload[last] = value
    elif isinstance(payload, list) and isinstance(last, int) and last < len(payload):
        if value is _DROP:
            del payload[last]
        else:
            payload[last] = value


@st.composite
def seed_mutations(draw: st.DrawFn) -> dict[str, Any]:
    """The seed message with 1-6 keys (at any depth) dropped, nulled, or replaced by a hostile value."""
    payload = seed_example()
    changes = draw(st.lists(st.tuples(st.sampled_from(SEED_PATHS), st.just(_DROP) | st.none() | HOSTILE),
                            min_size=1, max_size=6))  # fmt: skip
    for path, value in changes:
        _apply(payload, path, value)
    return payload


# The property --------------------------------------------------------------------------------------------------------


def check(model: type[Any], payload: Any, *, pinned: bool = False) -> None:
    """Decodes, or raises DecodeError; what decodes encodes, and decodes again.

    A failure already on record (KNOWN_FAILURES) is skipped by the random search, so that it looks for new ones; its
    pinned example (`pinned`) is checked in full."""
    try:
        decoded = model.from_dict(payload)
    except DecodeError:
        return
    except Exception as exc:
        if not pinned and _known(model, payload, exc, "decode"):
            reject()
        raise
    assert isinstance(decoded, model)
    encoded = decoded.to_dict()
    try:
        again = model.from_dict(encoded)
    except Exception as exc:
        if not pinned and _known(model, payload, exc, "roundtrip"):
            reject()
        raise
    assert isinstance(again, model)


# Failures the fuzzer found -------------------------------------------------------------------------------------------
# Each is pinned as an explicit @example marked xfail (so `make test` stays green and the failure stays visible), and
# the random search skips payloads that hit it again. When the code is fixed, the example XPASSes and fails the test:
# delete the entry.


@dataclass(frozen=True)
class KnownFailure:
    model: str
    payload: Any
    raises: type[BaseException]
    stage: str  # "decode": from_dict raised something else than DecodeError; "roundtrip": from_dict(to_dict()) failed
    reason: str
    matches: Callable[[type[Any], Any], bool]


def _known(model: type[Any], payload: Any, exc: BaseException, stage: str) -> bool:
    return any(k.stage == stage and isinstance(exc, k.raises) and k.matches(model, payload) for k in KNOWN_FAILURES)


KNOWN_FAILURES = []


def _fuzz_test(model: type[Any]) -> Callable[..., None]:
    @FUZZ
    @given(payload=hostile_payloads(model))
    def test(payload: Any) -> None:
        check(model, payload, pinned=any(payload is known.payload for known in KNOWN_FAILURES))

    for known in KNOWN_FAILURES:
        if known.model == model.__name__:
            test = example(payload=known.payload).xfail(raises=known.raises, reason=known.reason)(test)
    test.__name__ = test.__qualname__ = f"test_fuzz_{_snake(model.__name__)}"
    test.__doc__ = f"{model.__name__}.from_dict: decodes or raises DecodeError, on schema-shaped hostile payloads."
    return test


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


for _model in MODELS:
    globals()[f"test_fuzz_{_snake(_model.__name__)}"] = _fuzz_test(_model)


@SEED_FUZZ
@given(payload=seed_mutations())
def test_fuzz_seed_message_mutations(payload: dict[str, Any]) -> None:
    """Message.from_dict on the seed with a few values, at any depth, dropped, nulled or made hostile."""
    check(generated_models.Message, payload)


@FUZZ
@given(payload=HOSTILE)
def test_fuzz_top_level_non_objects(payload: Any) -> None:
    """Every model rejects a payload that is not an object with a DecodeError."""
    for model in MODELS:
        check(model, payload)


def test_every_exported_model_is_fuzzed() -> None:
    exported = {name for name in generated_models.__all__ if hasattr(getattr(generated_models, name), "from_dict")}
    assert exported == {model.__name__ for model in MODELS}
    assert len(MODELS) >= 10
    for model in MODELS:
        assert callable(globals()[f"test_fuzz_{_snake(model.__name__)}"])


def test_deep_nesting_is_a_decode_error() -> None:
    """Once a RecursionError from the enum's own error message; now a DecodeError like any other bad shape."""
    with pytest.raises(DecodeError):
        Message.from_dict({**seed_example(), "message_type": DEEP_LIST})


# Well-formed payloads: decode, round trip, pickle -------------------------------------------------------------------
# Pairs (wire value, what to_dict() must write): the canonical forms come back unchanged; the declared leniencies
# (numeric strings for numbers, counters and integer enums; epoch numbers and other ISO forms for timestamps) come
# back normalised to the declared type. Null only where the field allows it; any optional key may be missing.

Pair = tuple[Any, Any]
_PAIRS: dict[type[Any], st.SearchStrategy[Pair]] = {}
SAFE_ANY = st.none() | st.booleans() | st.integers() | st.text(max_size=10) | st.lists(st.integers(), max_size=2)


def _same(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Pair]:
    return strategy.map(lambda value: (value, value))


def _timestamp_pairs() -> st.SearchStrategy[Pair]:
    canonical = st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: (d.isoformat(), d.isoformat()))
    lenient = st.sampled_from(["2024-05-13 11:19:34+00", "2025-01-27T08:48:24Z", 1737967705196, 1737967705,
                               "1737967705196", "2025-01-27"])  # fmt: skip
    return canonical | lenient.map(lambda wire: (wire, parse_timestamp(wire).isoformat()))


def pairs_for(tp: Any, *, nullable: bool) -> st.SearchStrategy[Pair]:  # noqa: PLR0911
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        real = [arg for arg in args if arg not in (Unset, type(None))]
        options = [pairs_for(arg, nullable=False) for arg in real]
        null = nullable or type(None) in args
        return st.one_of([*options, _same(st.none())] if null else options)
    if origin is list:
        item = pairs_for(args[0] if args else Any, nullable=False)
        return st.lists(item, max_size=3).map(lambda items: ([w for w, _ in items], [e for _, e in items]))
    if _is_model(tp):
        return well_formed(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        known = [member.value for member in tp]
        unknown = [99] if issubclass(tp, int) else ["not-a-known-value"]
        spelled = [(str(v), v) for v in known + unknown if isinstance(v, int)]
        return st.sampled_from([(v, v) for v in known + unknown] + spelled)
    if tp is datetime.datetime:
        return _timestamp_pairs()
    if tp is bool:
        return _same(st.booleans())
    if tp is int:
        return _same(st.integers()) | st.integers().map(lambda n: (str(n), n))
    if tp is float:
        finite = st.floats(allow_nan=False, allow_infinity=False)
        return (
            _same(finite | st.integers())
            | finite.map(lambda x: (repr(x), x))
            | st.integers(-999, 999).map(lambda n: (str(n), float(n)))
        )
    if tp is str:
        return _same(st.text(max_size=20))
    return _same(SAFE_ANY)


def well_formed(model: type[Any]) -> st.SearchStrategy[Pair]:
    if model not in _PAIRS:
        _PAIRS[model] = st.deferred(lambda: _well_formed(model))
    return _PAIRS[model]


def _well_formed(model: type[Any]) -> st.SearchStrategy[Pair]:
    kinds = field_types(model)
    required = {f.name for f in attrs.fields(model) if f.default is attrs.NOTHING}
    request = "Body" in model.__name__
    fields = {
        wire: (st.nothing() if name in required else st.just(_MISSING))
        | pairs_for(kinds[name], nullable=not request and name not in required)
        for name, wire in wire_names(model).items()
    }
    value_type = typing.get_args(kinds.get("additional_properties", dict[str, Any]))
    extra_key = st.text(max_size=8).filter(lambda key: key not in fields)
    extras = st.dictionaries(extra_key, pairs_for(value_type[1] if len(value_type) == 2 else Any, nullable=False),
                             max_size=2) if "additional_properties" in kinds else st.just({})  # fmt: skip

    def assemble(known: dict[str, Any], unknown: dict[str, Pair]) -> Pair:
        present = {key: pair for key, pair in {**unknown, **known}.items() if pair is not _MISSING}
        return {k: w for k, (w, _) in present.items()}, {k: e for k, (_, e) in present.items()}

    return st.builds(assemble, st.fixed_dictionaries(fields), extras)


def _round_trip_test(model: type[Any]) -> Callable[..., None]:
    @WELL_FORMED
    @given(pair=well_formed(model))
    def test(pair: Pair) -> None:
        wire, expected = pair
        decoded = model.from_dict(wire)
        assert decoded.to_dict() == expected
        assert model.from_dict(expected) == decoded
        for copied in (pickle.loads(pickle.dumps(decoded)), copy.deepcopy(decoded)):
            assert copied == decoded
            assert copied.to_dict() == expected
        assert "object at 0x" not in repr(decoded)

    test.__name__ = test.__qualname__ = f"test_round_trip_{_snake(model.__name__)}"
    test.__doc__ = f"{model.__name__}: a well-formed payload decodes; to_dict, pickle and deepcopy keep it."
    return test


WRONG_LIST = [{"wrong": True}]  # no declared type but Any accepts a list of objects
WRONG_SCALAR = {"wrong": True}  # nor an object, where a list, a scalar or a timestamp is declared


def _wrong_for(tp: Any) -> Any:
    """A value that field type `tp` does not accept, or _MISSING when it accepts anything."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    real = [a for a in args if a not in (Unset, type(None))] if origin in (typing.Union, types.UnionType) else [tp]
    if any(a is Any for a in real):
        return _MISSING
    if all(_is_model(a) for a in real):
        return WRONG_LIST
    return WRONG_SCALAR if any(typing.get_origin(a) is list for a in real) else WRONG_LIST


def _wrong_type_test(model: type[Any]) -> Callable[..., None]:
    kinds = field_types(model)
    targets = {
        wire: wrong for name, wire in wire_names(model).items() if (wrong := _wrong_for(kinds[name])) is not _MISSING
    }

    @WELL_FORMED
    @given(pair=well_formed(model), data=st.data())
    def test(pair: Pair, data: st.DataObject) -> None:
        if not targets:
            return
        wire = dict(pair[0])
        key = data.draw(st.sampled_from(sorted(targets)))
        wire[key] = targets[key]
        with pytest.raises(DecodeError) as caught:
            model.from_dict(wire)
        assert str(caught.value).startswith(f"{model.__name__}.{key}"), str(caught.value)
        assert "got list" in str(caught.value) or "got dict" in str(caught.value)

    test.__name__ = test.__qualname__ = f"test_wrong_type_{_snake(model.__name__)}"
    test.__doc__ = f"{model.__name__}: a value of a wrong type in any field raises DecodeError naming that field."
    return test


for _model in MODELS:
    globals()[f"test_round_trip_{_snake(_model.__name__)}"] = _round_trip_test(_model)
    globals()[f"test_wrong_type_{_snake(_model.__name__)}"] = _wrong_type_test(_model)
