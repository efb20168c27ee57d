"""Periskope and AsyncPeriskope: configuration, and one request loop for every operation (rate budget, retries,
typed errors, logging)."""

from __future__ import annotations

import enum
import hashlib
import ipaddress
import logging
import os
import re
import time
import warnings
import weakref
from collections.abc import Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

import httpx

from . import _retry
from ._call import Call
from ._custom import AsyncClientNamespaces, SyncClientNamespaces
from ._deadline import enforce
from ._deadline import install as install_deadline
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    PeriskopeError,
    ResponseTooLargeError,
    make_status_error,
    may_have_reached_server,
    redact,
    scrub_chain,
    send_error,
)
from ._http_methods import AsyncHTTPMethods, SyncHTTPMethods
from ._logs import logger, mask, mask_body, setup_from_env
from ._rate_limit import PROBE_WAIT, Budget, BudgetBackend, RateLimit, default_backend
from ._resource_base import RequestOptions
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import USER_AGENT

T = TypeVar("T")
HTTPClientT = TypeVar("HTTPClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_BASE_URL = "https://api.periskope.app/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_DEADLINE_SLACK = 0.05  # seconds a step's own timeout may run past the call's deadline

Timeout = float | httpx.Timeout | None


class Keep(enum.Enum):
    """with_options' "not given": keep this setting (None is a value there: no timeout, no phone)."""

    KEEP = "keep"


KEEP = Keep.KEEP

_PHONE = re.compile(r"[0-9]{6,15}|phone-[A-Za-z0-9]+")  # ASCII digits: \d would take Arabic-Indic ones
_KEY = re.compile(r"[\x21-\x7e]+")  # what an HTTP header value can carry: printable ASCII, no space
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_warned_cleartext: set[str] = set()
setup_from_env()


def check_phone(phone: str | int) -> str:
    """The x-phone value: a number in country code + number form (919876543210), or a phone id (phone-...)."""
    value = str(phone)
    if not _PHONE.fullmatch(value):
        # Quoted only when short enough to be a mistyped phone: a long value may be an API key passed in its place.
        shown = repr(value) if len(value) <= 20 else f"{value[:3]!r}... ({len(value)} characters)"
        raise PeriskopeError(
            f"phone must be a number in country code + number form with no '+', spaces or dashes (919876543210), "
            f"or a phone id (phone-xxxxxxxxxxxx); got {shown}"
        )
    return value


def _check_key(api_key: object) -> str:
    """The key as given, or a PeriskopeError that does not quote it."""
    if not isinstance(api_key, str):
        raise PeriskopeError(f"api_key must be a string, got {type(api_key).__name__}")
    if not _KEY.fullmatch(api_key):
        where = next(i for i, char in enumerate(api_key) if not _KEY.fullmatch(char))
        raise PeriskopeError(
            f"api_key has whitespace, a line ending or a non-ASCII character at position {where} of "
            f"{len(api_key)}: copy the key again without it (a secrets file or .env often adds a newline)"
        )
    return api_key


def _check_base_url(text: str) -> httpx.URL:
    try:
        url = httpx.URL(text.rstrip("/") + "/")
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise PeriskopeError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise PeriskopeError(f"base_url must be an http:// or https:// URL with a host, got {str(url)[:200]!r}")
    if url.scheme == "http" and not _is_loopback(url.host) and url.host not in _warned_cleartext:
        _warned_cleartext.add(url.host)
        warnings.warn(
            f"base_url {url.scheme}://{url.host} is not https: the API key would travel in cleartext",
            UserWarning,
            stacklevel=4,
        )
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_timeout(timeout: object) -> Timeout:
    """A timeout in seconds above 0, an httpx.Timeout, or None (no timeout); else a PeriskopeError."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        values = timeout.as_dict().values()
        if all(value is None or (isinstance(value, (int, float)) and value > 0) for value in values):
            return timeout
    elif isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0:
        return float(timeout)
    raise PeriskopeError(f"timeout must be a number of seconds above 0, an httpx.Timeout or None, got {timeout!r}")


class _Pool:
    """A connection pool shared by a client and its with_options copies: closed when the last of them lets go."""

    def __init__(self, http: httpx.Client | httpx.AsyncClient) -> None:
        self.http, self.holders = http, 1

    def release(self) -> bool:
        """One holder fewer; True when it was the last (the caller then closes the pool)."""
        self.holders -= 1
        return self.holders == 0

    def dropped(self) -> None:
        """A copy was garbage-collected without close(): a sync pool it was the last holder of is closed here."""
        if self.release() and isinstance(self.http, httpx.Client):
            self.http.close()


def _check_headers(headers: object) -> None:
    """Header names and values that HTTP can carry, or a PeriskopeError (before anything is sent)."""
    if not isinstance(headers, Mapping):
        raise PeriskopeError(f"extra_headers must be a mapping of header names to values, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise PeriskopeError(f"extra_headers: {str(name)[:100]!r} is not a valid header name")
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise PeriskopeError(
                f"extra_headers: the value of {name!r} must be printable ASCII text, without line endings"
            )


class _Deadline:
    """The whole call's time budget: `timeout` seconds (for an httpx.Timeout, its largest value) for connecting,
    sending, reading the response to its end, and the waits between retries, all together."""

    def __init__(self, timeout: Timeout) -> None:
        self.phases = httpx.Timeout(timeout).as_dict()
        longest = max((value for value in self.phases.values() if value is not None), default=None)
        self.at = None if longest is None else time.monotonic() + longest

    def remaining(self) -> float | None:
        return None if self.at is None else self.at - time.monotonic()

    def arm(self, request: httpx.Request) -> None:
        """Give each step of the next attempt at most the time that is left, give or take 50 ms (so that the first
        attempt keeps the configured timeouts as they are)."""
        left = self.remaining()
        if left is None:
            return
        if left <= 0:
            raise httpx.PoolTimeout("the call's deadline passed before the request could be sent", request=request)
        request.extensions["timeout"] = {
            phase: value if value is not None and value <= left + _DEADLINE_SLACK else left
            for phase, value in self.phases.items()
        }

    def check(self, request: httpx.Request) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout("the call's deadline passed while the response was still arriving", request=request)

    def allows(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left


class _Core(Generic[HTTPClientT]):
    """What both clients share: configuration, request building, pacing, retry decisions, logging."""

    def __init__(
        self,
        api_key: str | None,
        phone: str | int | None,
        *,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        rate_budget: bool | BudgetBackend,
        max_response_bytes: int,
        http_client: HTTPClientT,
        owns_http_client: bool,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("PERISKOPE_API_KEY")
        if not api_key:
            raise PeriskopeError(
                "No API key: pass api_key=... or set the PERISKOPE_API_KEY environment variable "
                "(Periskope console > Settings > API)."
            )
        phone = phone if phone is not None else os.environ.get("PERISKOPE_PHONE") or None
        self._api_key = api_key = _check_key(api_key)
        self._key_hash = hashlib.sha256(api_key.encode()).hexdigest()  # names the key's rate budget
        self._static_headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        self.phone: str | None = self._check_phone(phone) if phone is not None else None
        self.base_url: httpx.URL = _check_base_url(base_url or os.environ.get("PERISKOPE_BASE_URL") or DEFAULT_BASE_URL)
        self.timeout: Timeout = _check_timeout(timeout)
        self.max_retries: int = _check_retries(max_retries)
        self.rate_budget: bool | BudgetBackend = rate_budget
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise PeriskopeError(f"max_response_bytes must be a whole number above 0, got {max_response_bytes!r}")
        self.max_response_bytes: int = max_response_bytes
        self._http: HTTPClientT = http_client
        install_deadline(http_client)
        self._made_http_client = owns_http_client  # ours to replace in a forked child (with_options copies share it)
        self._pool: _Pool | None = _Pool(http_client) if owns_http_client else None
        self._dropped: weakref.finalize[[], Any] | None = None  # a with_options copy's release when collected
        self._closed = False
        self._pid = os.getpid()

    def _check_phone(self, phone: str | int) -> str:
        """check_phone, its message never quoting the key (a phone and key passed the wrong way round)."""
        try:
            return check_phone(phone)
        except PeriskopeError as exc:
            raise PeriskopeError(redact(str(exc), self._api_key)) from None

    def with_options(
        self,
        *,
        api_key: str | Keep = KEEP,
        phone: str | int | Keep | None = KEEP,
        base_url: str | Keep = KEEP,
        timeout: Timeout | Keep = KEEP,
        max_retries: int | Keep = KEEP,
        rate_budget: bool | BudgetBackend | Keep = KEEP,
        max_response_bytes: int | Keep = KEEP,
        http_client: HTTPClientT | Keep = KEEP,
    ) -> Self:
        """A new client with these settings changed (`timeout=None`: no timeout; `phone=None`: no x-phone) and the
        others kept. It shares this client's connection pool (unless given an `http_client`), which is closed when
        the last client sharing it is closed (or garbage-collected): closing one leaves the others working."""
        self._check_open()
        settings: dict[str, Any] = {
            "api_key": self._api_key,
            "phone": self.phone,
            "base_url": str(self.base_url),
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "rate_budget": self.rate_budget,
            "max_response_bytes": self.max_response_bytes,
            "http_client": self._http,
        }
        given = {"api_key": api_key, "phone": phone, "base_url": base_url, "timeout": timeout,
                 "max_retries": max_retries, "rate_budget": rate_budget, "max_response_bytes": max_response_bytes,
                 "http_client": http_client}  # fmt: skip
        settings.update((name, value) for name, value in given.items() if value is not KEEP)
        clone: Self = type(self)(**settings)
        if http_client is KEEP and self._pool is not None:
            clone._pool, clone._made_http_client = self._pool, True
            self._pool.holders += 1
            clone._dropped = weakref.finalize(clone, self._pool.dropped)
            clone._dropped.atexit = False
        return clone

    def _check_open(self) -> None:
        """A PeriskopeError when this client, or the http_client it was given, has been closed."""
        if self._closed:
            raise PeriskopeError(f"this {type(self).__name__} client is closed: make a new one (or a with_options copy "
                                 "before closing it)")  # fmt: skip
        if self._http.is_closed:
            raise PeriskopeError(f"the http_client given to this {type(self).__name__} client is closed")

    def _release(self) -> bool:
        """Mark this client closed; True when the pool is its to close (it held it last)."""
        if self._closed:
            return False
        self._closed = True
        if self._dropped is not None:
            self._dropped.detach()
        pool, self._pool = self._pool, None
        return pool is not None and pool.release()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, phone={self.phone!r})"

    def _build_request(self, call: Call[Any], options: RequestOptions) -> httpx.Request:
        """The request, or a PeriskopeError for what cannot be sent (checked here, never retried)."""
        self._check_open()
        spec = call.request
        headers = {**self._static_headers, **spec.get("headers", {})}
        x_phone = self._phone(options)
        if x_phone is not None:
            headers["x-phone"] = x_phone
        extra_headers = options.get("extra_headers", {})
        _check_headers(extra_headers)
        headers.update(extra_headers)
        for option in ("extra_query", "extra_body"):
            if not isinstance(options.get(option, {}), Mapping):
                raise PeriskopeError(f"{option} must be a mapping, got {type(options.get(option)).__name__}")
        params = {**spec.get("params", {}), **options.get("extra_query", {})}
        body = spec.get("json")
        if "extra_body" in options:
            body = {**(body or {}), **options["extra_body"]}
        timeout = _check_timeout(options["timeout"]) if "timeout" in options else None
        if "max_retries" in options:
            _check_retries(options["max_retries"])
        # The generated url is already percent-encoded, one segment per parameter: append it to the base path
        # as bytes (URL.join would re-parse and re-validate the whole URL on every call).
        try:
            url = self.base_url.copy_with(raw_path=self.base_url.raw_path + spec["url"].lstrip("/").encode("ascii"))
            request = self._http.build_request(
                spec["method"].upper(),
                url,
                headers=headers,
                params=params or None,
                json=body,
                timeout=self.timeout if timeout is None else timeout,
            )
        except (httpx.InvalidURL, UnicodeError) as exc:  # an id over 64 KB, a non-ASCII query value, ...
            raise PeriskopeError(f"cannot build the request: {redact(str(exc)[:200], self._api_key)}") from None
        except (TypeError, ValueError) as exc:  # extra_body / extra_query values that are not JSON or text
            raise PeriskopeError(f"cannot encode the request: {redact(str(exc)[:200], self._api_key)}") from None
        if logger.isEnabledFor(logging.DEBUG):
            shown = {k: mask(v) for k, v in request.headers.items() if k.lower() != "authorization"}
            logger.debug("request %s %s headers=%s body=%s", request.method, mask(str(request.url)), shown,
                         mask_body(request.content) if request.content else "-")  # fmt: skip
        return request

    def _phone(self, options: RequestOptions) -> str | None:
        phone = options.get("phone")
        return self._check_phone(phone) if phone is not None else self.phone

    def _deadline(self, options: RequestOptions) -> _Deadline:
        timeout = _check_timeout(options.get("timeout"))
        return _Deadline(self.timeout if timeout is None else timeout)

    def _after_fork(self) -> None:
        """In a forked child, leave the parent's pooled connections alone (sharing a socket mixes up responses):
        a client that made its own pool makes a new one. A pool passed as http_client= is the caller's to replace."""
        pid = os.getpid()
        if pid != self._pid:
            self._pid = pid
            if self._made_http_client:
                self._http = type(self._http)()
                install_deadline(self._http)

    def _failed(self, error: APIError) -> APIError:
        """The error to raise: the key scrubbed from it and from every exception in its chain."""
        scrub_chain(error, self._api_key)
        return error

    def _budget(self, options: RequestOptions) -> Budget | None:
        """The budget this request spends: True means the default backend (the process's own, or
        PERISKOPE_RATE_BUDGET_URL's Redis), False none."""
        backend = self.rate_budget
        if backend is False or backend is None:
            return None
        if backend is True:
            backend = default_backend()
        return backend.budget(str(self.base_url), self._key_hash, self._phone(options))

    def _policy(self, options: RequestOptions) -> RetryPolicy:
        return RetryPolicy(max_retries=_check_retries(options.get("max_retries", self.max_retries)))

    def _logged(self, response: httpx.Response, attempt: int) -> httpx.Response:
        if not logger.isEnabledFor(logging.INFO):
            return response
        request = response.request
        logger.info("%s %s -> %d (attempt %d, trace %s)", request.method, mask(request.url.path), response.status_code,
                    attempt + 1, response.headers.get("x-periskope-trace-id", "-"))  # fmt: skip
        return response

    def _retry_delay(
        self, call: Call[Any], options: RequestOptions, attempt: int, error: APIError, deadline: _Deadline
    ) -> float | None:
        idempotent = call.idempotent or options.get("retry_unsafe", False)
        delay = self._policy(options).delay(attempt, error, idempotent=idempotent)
        if delay is not None and not deadline.allows(delay):
            logger.info("%s %s failed (%s); no retry: the call's deadline is nearer than %.2fs", error.request.method,
                        mask(error.request.url.path), type(error).__name__, delay)  # fmt: skip
            return None
        if delay is not None:
            request = error.request
            logger.info("%s %s failed (%s); retry %d in %.2fs", request.method, mask(request.url.path),
                        type(error).__name__, attempt + 1, delay)  # fmt: skip
        return delay


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise PeriskopeError(f"max_retries must be a whole number, 0 or more, got {max_retries!r}")
    return max_retries


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIError:
    error: APIError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(request=request)
    else:
        error = APIConnectionError(request=request, message=f"Connection error: {type(exc).__name__}")
    error.__cause__ = exc
    return error


def _outcome(response: httpx.Response, call: Call[T]) -> APIResponse[T] | APIError:
    """A 2xx is the call's result; anything else (3xx included: a redirect is not what was asked) an error."""
    return APIResponse(response, call.decode) if response.status_code < 300 else make_status_error(response)


class _Body:
    """Reads a streamed response body within the size cap and the deadline."""

    def __init__(self, response: httpx.Response, limit: int, deadline: _Deadline) -> None:
        self.response, self.limit, self.deadline = response, limit, deadline
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and "content-encoding" not in response.headers:
            raise self.too_large(int(declared))

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self.too_large(self.size)
        self.chunks.append(chunk)
        self.deadline.check(self.response.request)

    def too_large(self, size: int) -> ResponseTooLargeError:
        request = self.response.request
        return ResponseTooLargeError(
            f"{self.response.status_code} from {request.method} {request.url.path}: the response body is over "
            f"max_response_bytes ({size} > {self.limit} bytes); the rest was not read",
            response=self.response,
            limit=self.limit,
        )

    def outcome(self, call: Call[T], error: httpx.DecodingError | None) -> APIResponse[T] | APIError:
        response = self.response
        response._content = b"" if error is not None else b"".join(self.chunks)  # what response.read() would set
        if error is None or response.status_code >= 300:  # an error body we cannot read counts as empty
            return _outcome(response, call)
        failure = APIResponseValidationError(
            f"{response.status_code} from {response.request.method} {response.request.url.path}: the body could not "
            f"be decoded ({response.headers.get('content-encoding', 'no content-encoding')}): {str(error)[:200]}",
            response=response,
        )
        failure.__cause__ = error
        return failure


class Periskope(SyncHTTPMethods, SyncClientNamespaces, _Core[httpx.Client]):
    """The Periskope API client.

    `api_key` falls back to PERISKOPE_API_KEY, `phone` (the x-phone header: 919876543210 or phone-...) to
    PERISKOPE_PHONE, `base_url` to PERISKOPE_BASE_URL and then https://api.periskope.app/v1. `rate_budget` paces
    requests within the server's X-RateLimit-* budget: True (this process's, or PERISKOPE_RATE_BUDGET_URL's Redis),
    a backend (`periskope.RedisBudget(...)` to share it between processes), or False (off). `timeout` is the deadline
    of each whole call, retries and their waits included; `max_response_bytes` caps a response body (after
    decompression). Safe to create before a fork: the child makes its own connection pool.
    """

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_budget: bool | BudgetBackend = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries, rate_budget=rate_budget,
            max_response_bytes=max_response_bytes, http_client=http_client or httpx.Client(),
            owns_http_client=http_client is None,
        )  # fmt: skip

    def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        self._after_fork()
        request = self._build_request(call, options)
        budget = self._budget(options)
        deadline = self._deadline(options)
        attempt, started, uncertain = 0, datetime.now(UTC), False
        while True:
            reserved = budget is not None and self._pace(budget)
            response: httpx.Response | None = None
            outcome: APIResponse[T] | APIError
            try:
                deadline.arm(request)
                with enforce(deadline.at):
                    response = self._http.send(request, stream=True, follow_redirects=False)
                    outcome = self._read(self._logged(response, attempt), call, deadline)
            except httpx.TransportError as exc:
                outcome = _transport_error(exc, request)
            except ResponseTooLargeError as exc:
                outcome = exc
            finally:
                if response is not None:
                    response.close()
                if budget is not None:
                    budget.settle(RateLimit.from_headers(response.headers) if response else None, reserved=reserved)
            if isinstance(outcome, APIResponse):
                return outcome
            uncertain = uncertain or (not call.idempotent and may_have_reached_server(outcome))
            delay = self._retry_delay(call, options, attempt, outcome, deadline)
            if delay is None:
                raise self._failed(outcome if call.idempotent else send_error(outcome, request, started, uncertain))
            _retry.sleep(delay)
            attempt += 1

    def _read(self, response: httpx.Response, call: Call[T], deadline: _Deadline) -> APIResponse[T] | APIError:
        body = _Body(response, self.max_response_bytes, deadline)
        try:
            for chunk in response.iter_bytes():
                body.add(chunk)
        except httpx.DecodingError as exc:
            return body.outcome(call, exc)
        return body.outcome(call, None)

    def _pace(self, budget: Budget) -> bool:
        """Wait until the budget allows a request; False when the wait, in all, would pass the retry cap (the
        request then goes anyway, and the server's 429 decides)."""
        waited = 0.0
        while (wait := budget.reserve(time.time())) > 0:
            if waited + wait > RetryPolicy.max_wait:
                return False
            if wait > PROBE_WAIT:
                logger.info("rate budget: waiting %.2fs for the next window", wait)
            _retry.sleep(wait)
            waited += wait
        return True

    def close(self) -> None:
        """Close this client (again: a no-op); the connection pool too, unless a with_options copy still uses it."""
        if self._release():
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncPeriskope(AsyncHTTPMethods, AsyncClientNamespaces, _Core[httpx.AsyncClient]):
    """The asynchronous client: the same as Periskope, every method awaitable; `async with` closes it."""

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_budget: bool | BudgetBackend = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries, rate_budget=rate_budget,
            max_response_bytes=max_response_bytes, http_client=http_client or httpx.AsyncClient(),
            owns_http_client=http_client is None,
        )  # fmt: skip

    async def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        self._after_fork()
        request = self._build_request(call, options)
        budget = self._budget(options)
        deadline = self._deadline(options)
        attempt, started, uncertain = 0, datetime.now(UTC), False
        while True:
            reserved = budget is not None and await self._pace(budget)
            response: httpx.Response | None = None
            outcome: APIResponse[T] | APIError
            try:
                deadline.arm(request)
                with enforce(deadline.at):
                    response = await self._http.send(request, stream=True, follow_redirects=False)
                    outcome = await self._read(self._logged(response, attempt), call, deadline)
            except httpx.TransportError as exc:
                outcome = _transport_error(exc, request)
            except ResponseTooLargeError as exc:
                outcome = exc
            finally:
                if response is not None:
                    await response.aclose()
                if budget is not None:
                    budget.settle(RateLimit.from_headers(response.headers) if response else None, reserved=reserved)
            if isinstance(outcome, APIResponse):
                return outcome
            uncertain = uncertain or (not call.idempotent and may_have_reached_server(outcome))
            delay = self._retry_delay(call, options, attempt, outcome, deadline)
            if delay is None:
                raise self._failed(outcome if call.idempotent else send_error(outcome, request, started, uncertain))
            await _retry.async_sleep(delay)
            attempt += 1

    async def _read(self, response: httpx.Response, call: Call[T], deadline: _Deadline) -> APIResponse[T] | APIError:
        body = _Body(response, self.max_response_bytes, deadline)
        try:
            async for chunk in response.aiter_bytes():
                body.add(chunk)
        except httpx.DecodingError as exc:
            return body.outcome(call, exc)
        return body.outcome(call, None)

    async def _pace(self, budget: Budget) -> bool:
        """Wait until the budget allows a request; False when the wait, in all, would pass the retry cap."""
        waited = 0.0
        while (wait := await budget.areserve(time.time())) > 0:
            if waited + wait > RetryPolicy.max_wait:
                return False
            if wait > PROBE_WAIT:
                logger.info("rate budget: waiting %.2fs for the next window", wait)
            await _retry.async_sleep(wait)
            waited += wait
        return True

    async def close(self) -> None:
        """Close this client (again: a no-op); the connection pool too, unless a with_options copy still uses it."""
        if self._release():
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
