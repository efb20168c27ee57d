"""What every resource (client.messages, client.chats, ...) is made of: per-call options, raw responses, arguments."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypedDict, TypeVar, cast, overload

import httpx

from periskope_api.types import UNSET, Unset

from ._call import Call
from ._errors import PeriskopeError
from ._pagination import AsyncPage, AsyncPager, SyncPage, Window
from ._response import APIResponse

if TYPE_CHECKING:
    from ._client import AsyncPeriskope, Periskope

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M")
E = TypeVar("E")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every method takes, for that call only."""

    phone: str | int | None  # the x-phone header: 919876543210 or phone-...
    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]  # merged into the JSON body
    retry_unsafe: bool  # also retry a non-idempotent call (a send) after failures that may have reached the server


_raw: ContextVar[bool] = ContextVar("periskope_raw_response", default=False)


def parsed_or_raw(response: APIResponse[R]) -> R:
    """The parsed result, or (under `with_raw_response`) the APIResponse itself."""
    return cast(R, response) if _raw.get() else response.parse()


def raw_response(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """`method`, returning the APIResponse (status, headers, rate limit, trace id; `.parse()`) instead of the result."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw.set(True)
        try:
            return cast(APIResponse[R], method(*args, **kwargs))
        finally:
            _raw.reset(token)

    return wrapper


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async twin of raw_response."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw.set(True)
        try:
            return cast(APIResponse[R], await method(*args, **kwargs))
        finally:
            _raw.reset(token)

    return wrapper


Unwrap = Callable[[E], tuple[Sequence[T], int | Unset | None]]  # a list envelope -> (its items, its count)


class SyncResource:
    def __init__(self, client: Periskope) -> None:
        self._client = client

    def _request(self, call: Call[R], request: RequestOptions) -> R:
        return parsed_or_raw(self._client.request(call, **request))

    def _list(
        self, build: Callable[[Window], Call[E]], unwrap: Unwrap[E, T], window: Window, request: RequestOptions
    ) -> SyncPage[T]:
        def page_response(at: Window) -> APIResponse[SyncPage[T]]:
            return self._client.request(build(at), **request).map(lambda env: SyncPage(*unwrap(env), at, fetch))

        def fetch(at: Window) -> SyncPage[T]:
            return page_response(at).parse()

        return parsed_or_raw(page_response(window))


class AsyncResource:
    def __init__(self, client: AsyncPeriskope) -> None:
        self._client = client

    async def _request(self, call: Call[R], request: RequestOptions) -> R:
        return parsed_or_raw(await self._client.request(call, **request))

    def _list(
        self, build: Callable[[Window], Call[E]], unwrap: Unwrap[E, T], window: Window, request: RequestOptions
    ) -> AsyncPager[T]:
        async def page_response(at: Window) -> APIResponse[AsyncPage[T]]:
            response = await self._client.request(build(at), **request)
            return response.map(lambda env: AsyncPage(*unwrap(env), at, fetch))

        async def fetch(at: Window) -> AsyncPage[T]:
            return (await page_response(at)).parse()

        return AsyncPager(lambda: page_response(window))


def omit_if_none(value: R | None) -> R | Unset:
    """None (the Python default) as UNSET (the generated models' "leave the key out")."""
    return UNSET if value is None else value


def optional_model(cls: Callable[[Mapping[str, Any]], M], value: M | Mapping[str, Any] | None) -> M | Unset:
    """A nested argument, given as the generated model or as a plain dict."""
    if value is None:
        return UNSET
    if isinstance(value, Mapping):
        return cls(value)
    return value


def non_empty_str(name: str, value: object) -> str:
    """A path parameter or a required text field of a body or query (an id, a URL): a non-empty string.

    Path parameters are then percent-encoded as one segment by the generated code."""
    if not isinstance(value, str) or not value.strip():
        raise PeriskopeError(f"{name} must be a non-empty string, got {value!r}")
    return value


def comma_list(value: str | Sequence[str]) -> str:
    """Labels and similar: the API takes one comma-separated string; a list is joined."""
    return value if isinstance(value, str) else ",".join(value)


def optional_comma_list(value: str | Sequence[str] | None) -> str | Unset:
    return UNSET if value is None else comma_list(value)


def envelope_items(value: Sequence[T] | Unset | None) -> Sequence[T]:
    """A list envelope's items; none when the key is missing."""
    return value if isinstance(value, Sequence) else []


def window(offset: int | None, limit: int | None, max_items: int | None) -> Window:
    """Where a list starts (0-based), its page size (the server caps it at 2000), and the most items to iterate."""
    for name, value in (("offset", offset), ("limit", limit), ("max_items", max_items)):
        if value is not None and (not isinstance(value, int) or value < (1 if name == "limit" else 0)):
            raise PeriskopeError(f"{name} must be a whole number{' above 0' if name == 'limit' else ''}, got {value!r}")
    return Window(offset or 0, limit, max_items)


def optional_iso_time(value: str | date | None) -> str | Unset:
    """A date filter (start_time, end_time): an ISO string as it is, a date or datetime in ISO form."""
    if value is None:
        return UNSET
    return value if isinstance(value, str) else value.isoformat()


def as_model(cls: Callable[[Mapping[str, Any]], M], value: M | Mapping[str, Any]) -> M:
    """A required nested argument, given as the generated model or as a plain dict."""
    return cls(value) if isinstance(value, Mapping) else value


def optional_model_list(
    cls: Callable[[Mapping[str, Any]], M], value: Sequence[M | Mapping[str, Any]] | None
) -> list[M] | Unset:
    return UNSET if value is None else as_model_list(cls, value)


def as_model_list(cls: Callable[[Mapping[str, Any]], M], value: Sequence[M | Mapping[str, Any]]) -> list[M]:
    return [as_model(cls, one) for one in value]


def optional_list(value: Sequence[T] | None) -> list[T] | Unset:
    return UNSET if value is None else list(value)


def optional_enum(cls: Callable[[Any], E], value: object) -> E | Unset:
    """An enum argument, given as the generated enum or as its value."""
    return UNSET if value is None else cls(value)


def nested(cls: Callable[..., M], **fields: object) -> M | Unset:
    """A nested body object made of flattened arguments; left out when none of them is given."""
    given_fields = {name: value for name, value in fields.items() if not isinstance(value, Unset)}
    return cls(**given_fields) if given_fields else UNSET


class Lazy(Generic[R_co]):
    """`client.<name>`: the resource class `cls_name` of `module`, made once per client on first use (so that
    `import periskope` does not load the whole API)."""

    def __init__(self, module: str, cls_name: str) -> None:
        self._module = module
        self._cls_name = cls_name
        self._attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name

    @overload
    def __get__(self, client: None, owner: type) -> Lazy[R_co]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R_co: ...
    def __get__(self, client: object | None, owner: type) -> R_co | Lazy[R_co]:
        if client is None:
            return self
        cls = getattr(importlib.import_module(self._module), self._cls_name)
        resource: R_co = cls(client)
        vars(client)[self._attr] = resource  # later lookups find the instance attribute first
        return resource


def require_any(method: str, **values: object) -> None:
    """A one-of check: an update that changes nothing is a mistake."""
    if all(value is None for value in values.values()):
        raise PeriskopeError(f"{method} needs at least one of {', '.join(values)}")


def iso_time(value: str | date) -> str:
    """A required time (scheduled_at): an ISO string as it is, a datetime (UTC, as the API expects) in ISO form."""
    if isinstance(value, str):
        if not value.strip():
            raise PeriskopeError("scheduled_at must be an ISO 8601 time, got an empty string")
        return value
    if isinstance(value, date):
        return value.isoformat()
    raise PeriskopeError(f"scheduled_at must be an ISO 8601 string or a datetime, got {value!r}")


def ticket_priority(value: int | None) -> int | Unset:
    """1 low .. 4 urgent (the API refuses 0 on create and update)."""
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise PeriskopeError(f"priority must be 1 (low) to 4 (urgent), got {value!r}")
    return int(value)


def ticket_priority_text(value: int | None) -> str | Unset:
    """The priority where the body carries it as a string ("1" .. "4")."""
    number = ticket_priority(value)
    return UNSET if isinstance(number, Unset) else str(number)


def optional_non_empty_str(name: str, value: str | None) -> str | Unset:
    """An optional id: left out when None, else a non-empty string."""
    return UNSET if value is None else non_empty_str(name, value)


def string_list(value: str | Sequence[str]) -> list[str]:
    """Participants and similar: a list; a lone string is one item (not sent character by character)."""
    return [value] if isinstance(value, str) else list(value)


def code_of_invite(invite: str) -> str:
    """The code of an invite: `F941tB47B8H07z6hDWdkjO`, or the last part of `https://chat.whatsapp.com/invite/<code>`."""
    code = non_empty_str("invite_code", invite).strip().rstrip("/").rsplit("/", 1)[-1]
    if not code:
        raise PeriskopeError(f"invite_code must be an invite code or link, got {invite!r}")
    return code


def optional_string_list(value: str | Sequence[str] | None) -> list[str] | Unset:
    return UNSET if value is None else string_list(value)


def strings(name: str, value: str | Sequence[str]) -> list[str]:
    """A list argument (emails, label names, phone numbers); one string is one item, not its characters."""
    values = string_list(value)
    if not all(isinstance(item, str) and item.strip() for item in values):
        raise PeriskopeError(f"{name} must be non-empty strings, got {value!r}")
    return values


def optional_strings(name: str, value: str | Sequence[str] | None) -> list[str] | Unset:
    return UNSET if value is None else strings(name, value)


def strings_or_all(name: str, value: str | Sequence[str] | None) -> list[str] | None:
    """A scope where None (sent as null) means all of them."""
    return None if value is None else strings(name, value)


def email_list(value: str | Sequence[str]) -> list[str]:
    emails = strings("emails", value)
    if not emails:
        raise PeriskopeError("emails must name at least one member")
    return emails
