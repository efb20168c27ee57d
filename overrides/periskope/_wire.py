"""Wire-format helpers that the generated models call (named by the templates in overrides/templates).

Imports nothing from the generated package, so that either package may be imported first.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Any, Self
from urllib.parse import quote

from ._errors import DecodeError
from .ids import InvalidIdError

__all__ = ["DecodeError", "OpenIntEnum", "OpenStrEnum", "decode_error", "parse_timestamp", "path_segment"]

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
        return member if member is not None else cls(value)  # type: ignore[arg-type]  # converts or raises

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
