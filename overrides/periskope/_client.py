"""Periskope and AsyncPeriskope: configuration, and one request loop (retries, typed errors) for every operation."""

from __future__ import annotations

import logging
import os
import re
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from . import _retry
from ._call import Call
from ._errors import APIConnectionError, APIError, APITimeoutError, PeriskopeError, make_status_error
from ._resources.messages import AsyncMessages, Messages
from ._response import APIResponse
from ._retry import RetryPolicy
from ._version import __version__

T = TypeVar("T")
HTTPClientT = TypeVar("HTTPClientT", httpx.Client, httpx.AsyncClient)

DEFAULT_BASE_URL = "https://api.periskope.app/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

Timeout = float | httpx.Timeout | None

_PHONE = re.compile(r"\d{6,15}|phone-[A-Za-z0-9]+")
log = logging.getLogger("periskope")


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
    """What both clients share: configuration, request building, turning failures into typed errors."""

    def __init__(
        self,
        api_key: str | None,
        phone: str | int | None,
        *,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
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
        if max_retries < 0:
            raise PeriskopeError(f"max_retries must be 0 or more, got {max_retries}")
        self._api_key = api_key
        self.phone = check_phone(phone) if phone is not None else None
        self.base_url = httpx.URL(
            (base_url or os.environ.get("PERISKOPE_BASE_URL") or DEFAULT_BASE_URL).rstrip("/") + "/"
        )
        self.timeout = timeout
        self.max_retries = max_retries
        self._retry = RetryPolicy(max_retries=max_retries)
        self._http: HTTPClientT = http_client
        self._owns_http_client = owns_http_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, phone={self.phone!r})"

    def _build_request(self, call: Call[Any], *, phone: str | int | None, timeout: Timeout) -> httpx.Request:
        spec = call.request
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "Accept": "application/json",
            "User-Agent": f"periskope-python/{__version__}",
            **spec.get("headers", {}),
        }
        x_phone = check_phone(phone) if phone is not None else self.phone
        if x_phone is not None:
            headers["x-phone"] = x_phone
        return self._http.build_request(
            spec["method"].upper(),
            self.base_url.join(spec["url"].lstrip("/")),
            headers=headers,
            params=spec.get("params"),
            json=spec.get("json"),
            timeout=self.timeout if timeout is None else timeout,
        )

    def _retry_delay(self, call: Call[Any], attempt: int, error: APIError) -> float | None:
        delay = self._retry.delay(attempt, error, idempotent=call.idempotent)
        request = error.request
        if delay is not None:
            log.info(
                "%s %s failed (%s); retry %d in %.2fs", request.method, request.url.path, error, attempt + 1, delay
            )
        return delay


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"Connection error: {type(exc).__name__}")


class Periskope(_Core[httpx.Client]):
    """The Periskope API client.

    `api_key` falls back to PERISKOPE_API_KEY, `phone` (the x-phone header: 919876543210 or phone-...) to
    PERISKOPE_PHONE, `base_url` to PERISKOPE_BASE_URL and then https://api.periskope.app/v1.
    """

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries,
            http_client=http_client or httpx.Client(), owns_http_client=http_client is None,
        )  # fmt: skip
        self.messages = Messages(self)

    def request(self, call: Call[T], *, phone: str | int | None = None, timeout: Timeout = None) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        request = self._build_request(call, phone=phone, timeout=timeout)
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                error = _transport_error(exc, request)
                error.__cause__ = exc
            else:
                if response.status_code < 400:
                    return APIResponse(response, call.decode)
                error = make_status_error(response)
            delay = self._retry_delay(call, attempt, error)
            if delay is None:
                raise error
            _retry.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncPeriskope(_Core[httpx.AsyncClient]):
    """The asynchronous client: the same as Periskope, every method awaitable; `async with` closes it."""

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key, phone, base_url=base_url, timeout=timeout, max_retries=max_retries,
            http_client=http_client or httpx.AsyncClient(), owns_http_client=http_client is None,
        )  # fmt: skip
        self.messages = AsyncMessages(self)

    async def request(
        self, call: Call[T], *, phone: str | int | None = None, timeout: Timeout = None
    ) -> APIResponse[T]:
        """Send `call`, retrying as the policy allows; the response, or the typed error of the last attempt."""
        request = self._build_request(call, phone=phone, timeout=timeout)
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                error = _transport_error(exc, request)
                error.__cause__ = exc
            else:
                if response.status_code < 400:
                    return APIResponse(response, call.decode)
                error = make_status_error(response)
            delay = self._retry_delay(call, attempt, error)
            if delay is None:
                raise error
            await _retry.async_sleep(delay)
            attempt += 1

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
