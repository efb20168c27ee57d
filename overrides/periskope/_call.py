"""One API operation, ready to send."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Call(Generic[T]):
    """The generated `request_kwargs(...)` of an operation, how to decode its 2xx body, and whether sending it
    twice is harmless (which decides what may be retried)."""

    request: Mapping[str, Any]
    decode: Callable[[httpx.Response], T]
    idempotent: bool

    def then(self, convert: Callable[[T], U]) -> Call[U]:
        """The same call, its result passed through `convert` (e.g. into a handle with methods)."""
        decode = self.decode
        return Call(self.request, lambda response: convert(decode(response)), self.idempotent)
