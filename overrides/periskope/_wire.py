"""Wire-format helpers that the generated models call (named by the templates in overrides/templates).

Imports nothing from the generated package, so that either package may be imported first.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum, IntEnum, StrEnum
from typing import Any, Self, TypeVar, cast
from urllib.parse import quote

from ._errors import DecodeError
from .ids import InvalidIdError

__all__ = [
    "DecodeError",
    "DecodePathError",
    "OpenIntEnum",
    "OpenStrEnum",
    "absent_keys",
    "as_float",
    "as_int",
    "bad_value",
    "decode_error",
    "decode_list",
    "encode_value",
    "from_json",
    "model_repr",
    "parse_timestamp",
    "path_segment",
    "str_list",
    "to_json",
    "wrong_type",
]

T = TypeVar("T")

# Epoch numbers at or above this are milliseconds: 1e11 seconds is the year 5138, 1e11 ms is 1973.
_EPOCH_MS_THRESHOLD = 100_000_000_000
# Digit strings this long are epochs (1973 onwards); shorter ones are ISO dates such as 20250420 or 2025.
_EPOCH_MIN_DIGITS = 9


def parse_timestamp(value: object) -> datetime:
    """A tz-aware datetime from any timestamp form the API sends; UTC where the wire has no offset.

    ISO 8601 strings (`2025-01-28T05:11:57.008+00:00`, `2024-05-13 11:19:34+00`, `...Z`, microseconds,
    a bare date) and epoch seconds or milliseconds, as numbers or digit strings.
    """
    if type(value) is str:  # the common case first: an ISO string as fromisoformat reads it (no digit-only form)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise TypeError(f"expected a timestamp string or epoch number, got {type(value).__name__}")
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) >= _EPOCH_MIN_DIGITS:
            return _from_epoch(int(text))
        try:
            parsed = datetime.fromisoformat(text)  # the common forms, fast
        except ValueError:
            from dateutil.parser import isoparse  # noqa: PLC0415 - only for the rare forms; keeps import fast

            try:
                parsed = isoparse(text)
            except (ValueError, OverflowError) as exc:
                raise ValueError(f"not a timestamp: {_clip(value)}") from exc
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return _from_epoch(value)


def _from_epoch(number: float) -> datetime:
    if not math.isfinite(number):
        raise ValueError(f"not a timestamp: {number}")
    seconds = number / 1000 if abs(number) >= _EPOCH_MS_THRESHOLD else number
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError(f"epoch timestamp out of range: {_clip(number)}") from exc


def _wire_members(cls: type[IntEnum] | type[StrEnum]) -> dict[object, Any]:
    """Every wire form of every member of `cls` (for an IntEnum also the decimal string), made once per class."""
    members: dict[object, Any] | None = cls.__dict__.get("_periskope_wire")
    if members is None:
        members = {member.value: member for member in cls}
        if issubclass(cls, IntEnum):
            members.update({str(member.value): member for member in cls})
        type.__setattr__(cls, "_periskope_wire", members)  # EnumType.__setattr__ guards members only; be explicit
    return members


class OpenIntEnum(IntEnum):
    """An IntEnum that keeps values it does not know, and reads numeric strings ("3").

    An unknown value becomes a member named UNKNOWN that carries the value: `int(Ack("7")) == 7`.
    """

    @classmethod
    def decode(cls, value: object) -> Self:
        """The member for a wire value: a dict lookup for the known forms, the full conversion otherwise."""
        try:
            member = _wire_members(cls).get(value)
        except TypeError:  # unhashable: certainly not a member
            member = None
        if member is not None and value.__class__ is not bool:  # True == 1 as a dict key; a boolean is no ack
            return cast(Self, member)
        if value.__class__ is bool:
            raise TypeError("a boolean is not an enum value")
        return cls(value)  # type: ignore[arg-type]  # converts or raises

    @classmethod
    def _missing_(cls, value: object) -> Any:
        number: int
        if isinstance(value, str):
            try:
                number = int(value.strip())
            except ValueError:
                return None
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            return None
        known = cls._value2member_map_.get(number)
        if known is not None:
            return known
        member = int.__new__(cls, number)
        member._name_ = "UNKNOWN"
        member._value_ = number
        return member


class OpenStrEnum(StrEnum):
    """A StrEnum that keeps values it does not know, as a member named UNKNOWN carrying the value."""

    @classmethod
    def decode(cls, value: object) -> Self:
        """The member for a wire value: a dict lookup for the known forms, the full conversion otherwise."""
        try:
            member = _wire_members(cls).get(value)
        except TypeError:
            member = None
        return member if member is not None else cls(value)  # type: ignore[arg-type]  # converts or raises

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


def path_segment(value: object) -> str:
    """`value` percent-encoded as exactly one path segment (no `/ ? #`). An empty id, `.` or `..` is refused with an
    InvalidIdError before any request: even encoded (`%2E%2E`), URL resolvers (WHATWG, many proxies) collapse them
    into the parent path, so that `messages.delete("..")` would reach another endpoint."""
    text = str(value)
    if text.strip() in {"", ".", ".."}:
        raise InvalidIdError(f"an id in a URL path must not be empty, '.' or '..'; got {text[:10]!r}")
    return quote(text, safe="")


def decode_error(model: str, exc: Exception) -> DecodeError:
    """The DecodeError for an exception raised while decoding `model`."""
    if isinstance(exc, KeyError):
        return DecodeError(f"{model}: missing required key {exc.args[0]!r}" if exc.args else f"{model}: missing key")
    if isinstance(exc, TypeError) and not str(exc):
        return DecodeError(f"{model}: a value has the wrong type")
    return DecodeError(f"{model}: {_clip(exc)}")


def _clip(value: object, limit: int = 200) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "..."


_ABSENT: dict[frozenset[str], frozenset[str]] = {}
_ABSENT_LIMIT = 4096


def absent_keys(declared: frozenset[str], payload: Mapping[str, Any]) -> frozenset[str]:
    """The declared keys `payload` lacks, as one shared frozenset per distinct answer: payloads of one endpoint have
    a handful of shapes, and a set per decoded model would cost more than the rest of decoding."""
    absent = declared.difference(payload)
    return _ABSENT.setdefault(absent, absent) if len(_ABSENT) < _ABSENT_LIMIT else absent


class DecodePathError(DecodeError):
    """A value that does not fit its field, raised inside `_from_dict`; its path grows on the way out of nested
    models, and the public `from_dict` turns it into a DecodeError naming the model and the path."""

    def __init__(self, segment: str, reason: str) -> None:
        super().__init__(reason)
        self.segments = [segment] if segment else []
        self.reason = reason

    def at(self, segment: str) -> DecodePathError:
        self.segments.insert(0, segment)
        return self

    def within_model(self, model: str) -> DecodeError:
        path = "".join(s if s.startswith("[") else "." + s for s in self.segments)
        return DecodeError(f"{model}{path}: {self.reason}")


def _described(value: object) -> str:
    """A value's type for an error message, with the value itself only when it cannot be private text."""
    if value is None:
        return "null"
    if isinstance(value, (bool, int, float)):
        return f"{type(value).__name__} {value!r}"
    return type(value).__name__


def wrong_type(name: str, value: object, expected: str) -> DecodePathError:
    return DecodePathError(name, f"expected {expected}, got {_described(value)}")


def bad_value(name: str, value: object, expected: str) -> DecodePathError:
    """A string (or number) of the right JSON type that does not convert: a short prefix of it helps, and the
    fields that convert (numbers, timestamps, enums) hold no private text."""
    shown = f"str {_clip(value, 40)!r}" if isinstance(value, str) else _described(value)
    return DecodePathError(name, f"expected {expected}, got {shown}")


_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def as_int(value: object, name: str) -> int:
    """An `integer` field's value: an int (not a bool), or a decimal string such as "3" (a declared leniency)."""
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER.fullmatch(text):
            return int(text)
        raise bad_value(name, value, "int")
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise wrong_type(name, value, "int")


def as_float(value: object, name: str) -> float:
    """A `number` field's value: an int or float (not a bool), or a numeric string such as "0" (a declared
    leniency, converted to float)."""
    if isinstance(value, str):
        text = value.strip()
        if _NUMBER.fullmatch(text):
            return float(text)
        raise bad_value(name, value, "float")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise bad_value(name, value, "a finite float")
        return value
    raise wrong_type(name, value, "float")


def str_list(items: Any, name: str) -> list[str]:
    """A `string` array, checked in place (no copy)."""
    if items.__class__ is not list:
        raise wrong_type(name, items, "list")
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise wrong_type(f"[{index}]", item, "str").at(name)
    return items


def decode_list(items: Any, name: str, decode: Callable[[Any], T]) -> list[T]:
    """An array whose items `decode` converts (raising DecodePathError with a path relative to the item)."""
    if items.__class__ is not list:
        raise wrong_type(name, items, "list")
    decoded = []
    for index, item in enumerate(items):
        try:
            decoded.append(decode(item))
        except DecodePathError as exc:
            raise exc.at(f"[{index}]").at(name) from None
    return decoded


def int_item(value: Any) -> int:
    return value if value.__class__ is int else as_int(value, "")


def float_item(value: Any) -> float:
    return value if value.__class__ in (int, float) else as_float(value, "")


def bool_item(value: Any) -> bool:
    if value.__class__ is not bool:
        raise wrong_type("", value, "bool")
    return value


def from_json(decode: Callable[[Any], T], data: bytes | bytearray | str, model: str) -> T:
    """`decode(json.loads(data))`, with malformed JSON as a DecodeError too."""
    try:
        parsed = json.loads(data)
    except (ValueError, TypeError, RecursionError) as exc:
        raise DecodeError(f"{model}: not JSON: {_clip(exc)}") from None
    return decode(parsed)


def to_json(payload: Mapping[str, Any]) -> str:
    """A model's `to_dict()` as compact JSON (datetimes are already ISO strings, enums their wire values)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


_REPR_STRING = 80
_REPR_ITEMS = 3


def _short(value: object) -> str:
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}" + (f"({value.value!r})" if value.name == "UNKNOWN" else "")
    if isinstance(value, str):
        return repr(value if len(value) <= _REPR_STRING else value[:_REPR_STRING] + "…")
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "additional_properties"):  # a nested model: its name only
        return f"{type(value).__name__}(…)"
    if isinstance(value, (list, dict)):
        return _short_collection(value)
    return _clip(repr(value), _REPR_STRING)


def _short_collection(value: list[Any] | dict[str, Any]) -> str:
    if isinstance(value, dict):
        return f"{{{len(value)} {'key' if len(value) == 1 else 'keys'}}}" if value else "{}"
    more = len(value) - _REPR_ITEMS
    return "[" + ", ".join(_short(item) for item in value[:_REPR_ITEMS]) + (f", … +{more}]" if more > 0 else "]")


def model_repr(model: Any, fields: Mapping[str, str]) -> str:
    """`Message(message_id='…', ack=Ack.READ, delivery_info=DeliveryInfo(…))`: the fields that have a value, nested
    models by name, long strings cut, no memory addresses. `fields` maps wire keys to attribute names."""
    parts = []
    for attribute in fields.values():
        value = getattr(model, attribute)
        if value is None or value.__class__.__name__ == "Unset":
            continue
        parts.append(f"{attribute}={_short(value)}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={_short(extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


def encode_value(value: Any) -> Any:
    """A field value of a union type as JSON: models by `to_dict()`, timestamps as ISO strings, enums by value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [encode_value(item) for item in value]
    return value
