"""Periskope and AsyncPeriskope: configuration, and one request loop for every operation (rate budget, retries,
typed errors, logging)."""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import re
import time
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, Unpack

import httpx

from . import _retry
from ._call import Call
from ._errors import APIConnectionError, APIError, APITimeoutError, PeriskopeError, make_status_error
from ._logs import logger, mask, mask_body, setup_from_env
from ._rate_limit import RateBudget, RateLimit, budget_for
from ._resource import RequestOptions
from ._resources import AsyncResources, SyncResources
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__

T = TypeVar("T")
HTTPClientT = TypeVar("HTTPClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_BASE_URL = "https://api.periskope.app/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

Timeout = float | httpx.Timeout | None


class Keep(enum.Enum):
    """with_options' "not given": keep this setting (None is a value there: no timeout, no phone)."""

    KEEP = "keep"


KEEP = Keep.KEEP

_PHONE = re.compile(r"\d{6,15}|phone-[A-Za-z0-9]+")
setup_from_env()


def check_phone(phone: str | int) -> str:
    """The x-phone value: a number in country code + number form (919876543210), or a phone id (phone-...)."""
    value = str(phone)
    if not _PHONE.fullmatch(value):
        raise PeriskopeError(
            f"phone must be a number in country code + number form with no '+', spaces or dashes (919876543210), "
            f"or a phone id (phone-xxxxxxxxxxxx); got {value!r}"
        )
    return value


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
        rate_budget: bool,
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
        self._api_key = api_key
        self._key_hash = hashlib.sha256(api_key.encode()).hexdigest()  # names the key's rate budget
        self._static_headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": f"periskope-python/{__version__}",
        }
        self.phone = check_phone(phone) if phone is not None else None
        self.base_url = httpx.URL(
            (base_url or os.environ.get("PERISKOPE_BASE_URL") or DEFAULT_BASE_URL).rstrip("/") + "/"
        )
        self.timeout = timeout
        self.max_retries = _check_retries(max_retries)
        self.rate_budget = rate_budget
        self._http: HTTPClientT = http_client
        self._owns_http_client = owns_http_client

    def with_options(
        self,
        *,
        api_key: str | Keep = KEEP,
        phone: str | int | Keep | None = KEEP,
        base_url: str | Keep = KEEP,
        timeout: Timeout | Keep = KEEP,
        max_retries: int | Keep = KEEP,
        rate_budget: bool | Keep = KEEP,
        http_client: HTTPClientT | Keep = KEEP,
    ) -> Self:
        """A new client with these settings changed (`timeout=None`: no timeout; `phone=None`: no x-phone) and the
        others kept. It shares this client's connection pool (unless given an `http_client`), which only this client
        closes; this one is unchanged."""
        settings: dict[str, Any] = {
            "api_key": self._api_key,
            "phone": self.phone,
            "base_url": str(self.base_url),
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "rate_budget": self.rate_budget,
            "http_client": self._http,
        }
        given = {"api_key": api_key, "phone": phone, "base_url": base_url, "timeout": timeout,
                 "max_retries": max_retries, "rate_budget": rate_budget, "http_client": http_client}  # fmt: skip
        settings.update((name, value) for name, value in given.items() if value is not KEEP)
        clone: Self = type(self)(**settings)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, phone={self.phone!r})"

    def _build_request(self, call: Call[Any], options: RequestOptions) -> httpx.Request:
        spec = call.request
        headers = {**self._static_headers, **spec.get("headers", {})}
        x_phone = self._phone(options)
        if x_phone is not None:
            headers["x-phone"] = x_phone
        headers.update(options.get("extra_headers", {}))
        params = {**spec.get("params", {}), **options.get("extra_query", {})}
        body = spec.get("json")
        if "extra_body" in options:
            body = {**(body or {}), **options["extra_body"]}
        timeout = options.get("timeout")
        # The generated url is already percent-encoded, one segment per parameter: append it to the base path
        # as bytes (URL.join would re-parse and re-validate the whole URL on every call).
        url = self.base_url.copy_with(raw_path=self.base_url.raw_path + spec["url"].lstrip("/").encode("ascii"))
        request = self._http.build_request(
            spec["method"].upper(),
            url,
            headers=headers,
            params=params or None,
            json=body,
            timeout=self.timeout if timeout is None else timeout,
        )
        if logger.isEnabledFor(logging.DEBUG):
            shown = {k: mask(v) for k, v in request.headers.items() if k.lower() != "authorization"}
            logger.debug("request %s %s headers=%s body=%s", request.method, mask(str(request.url)), shown,
                         mask_body(request.content) if request.content else "-")  # fmt: skip
        return request

    def _phone(self, options: RequestOptions) -> str | None:
        phone = options.get("phone")
        return check_phone(phone) if phone is not None else self.phone

    def _budget(self, options: RequestOptions) -> RateBudget | None:
        if not self.rate_budget:
            return None
        return budget_for(str(self.base_url), self._key_hash, self._phone(options))

    def _policy(self, options: RequestOptions) -> RetryPolicy:
        return RetryPolicy(max_retries=_check_retries(options.get("max_retries", self.max_retries)))

    def _logged(self, response: httpx.Response, attempt: int) -> httpx.Response:
        if not logger.isEnabledFor(logging.INFO):
            return response
        request = response.request
        logger.info("%s %s -> %d (attempt %d, trace %s)", request.method, mask(request.url.path), response.status_code,
                    attempt + 1, response.headers.get("x-periskope-trace-id", "-"))  # fmt: skip
        return response

    def _retry_delay(self, call: Call[Any], options: RequestOptions, attempt: int, error: APIError) -> float | None:
        idempotent = call.idempotent or options.get("retry_unsafe", False)
        delay = self._policy(options).delay(attempt, error, idempotent=idempotent)
        if delay is not None:
            request = error.request
            logger.info("%s %s failed (%s); retry %d in %.2fs", request.method, mask(request.url.path),
                        type(error).__name__, attempt + 1, delay)  # fmt: skip
        return delay


def _check_retries(max_retries: int) -> int:
    if not isinstance(max_retries, int) or max_retries < 0:
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
    return APIResponse(response, call.decode) if response.status_code < 400 else make_status_error(response)


class Periskope(SyncResources, _Core[httpx.Client]):
    """The Periskope API client.

    `api_key` falls back to PERISKOPE_API_KEY, `phone` (the x-phone header: 919876543210 or phone-...) to
    PERISKOPE_PHONE, `base_url` to PERISKOPE_BASE_URL and then https://api.periskope.app/v1. `rate_budget=False`
    turns off the pacing that keeps requests within the server's X-RateLimit-* budget.
    """

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_budget: bool = True,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries, rate_budget=rate_budget,
            http_client=http_client or httpx.Client(), owns_http_client=http_client is None,
        )  # fmt: skip

    def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        request = self._build_request(call, options)
        budget = self._budget(options)
        attempt = 0
        while True:
            reserved = budget is not None and self._pace(budget)
            response: httpx.Response | None = None
            outcome: APIResponse[T] | APIError
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                outcome = _transport_error(exc, request)
            else:
                outcome = _outcome(self._logged(response, attempt), call)
            finally:
                if budget is not None:
                    budget.settle(RateLimit.from_headers(response.headers) if response else None, reserved=reserved)
            if isinstance(outcome, APIResponse):
                return outcome
            delay = self._retry_delay(call, options, attempt, outcome)
            if delay is None:
                raise outcome
            _retry.sleep(delay)
            attempt += 1

    def _pace(self, budget: RateBudget) -> bool:
        """Wait until the budget allows a request; False when that would be longer than the retry cap (the
        request then goes anyway, and the server's 429 decides)."""
        while (wait := budget.reserve(time.time())) > 0:
            if wait > RetryPolicy.max_wait:
                return False
            logger.info("rate budget: waiting %.2fs for the next window", wait)
            _retry.sleep(wait)
        return True

    def close(self) -> None:
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncPeriskope(AsyncResources, _Core[httpx.AsyncClient]):
    """The asynchronous client: the same as Periskope, every method awaitable; `async with` closes it."""

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_budget: bool = True,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries, rate_budget=rate_budget,
            http_client=http_client or httpx.AsyncClient(), owns_http_client=http_client is None,
        )  # fmt: skip

    async def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        request = self._build_request(call, options)
        budget = self._budget(options)
        attempt = 0
        while True:
            reserved = budget is not None and await self._pace(budget)
            response: httpx.Response | None = None
            outcome: APIResponse[T] | APIError
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                outcome = _transport_error(exc, request)
            else:
                outcome = _outcome(self._logged(response, attempt), call)
            finally:
                if budget is not None:
                    budget.settle(RateLimit.from_headers(response.headers) if response else None, reserved=reserved)
            if isinstance(outcome, APIResponse):
                return outcome
            delay = self._retry_delay(call, options, attempt, outcome)
            if delay is None:
                raise outcome
            await _retry.async_sleep(delay)
            attempt += 1

    async def _pace(self, budget: RateBudget) -> bool:
        """Wait until the budget allows a request; False when that would be longer than the retry cap."""
        while (wait := budget.reserve(time.time())) > 0:
            if wait > RetryPolicy.max_wait:
                return False
            logger.info("rate budget: waiting %.2fs for the next window", wait)
            await _retry.async_sleep(wait)
        return True

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
