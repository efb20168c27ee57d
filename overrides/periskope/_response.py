"""A successful response with everything the server said, parsed on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from periskope_api.errors import UnexpectedStatus

from ._errors import APIResponseValidationError, DecodeError
from ._rate_limit import RateLimit

T = TypeVar("T")
U = TypeVar("U")


class APIResponse(Generic[T]):
    """What `client.<resource>.with_raw_response.<method>(...)` returns. `parse()` gives the typed result."""

    def __init__(self, response: httpx.Response, decode: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._decode = decode
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        """From X-RateLimit-Limit / -Remaining / -Reset; None when the server sent none of them."""
        return RateLimit.from_headers(self.headers)

    @property
    def trace_id(self) -> str | None:
        """x-periskope-trace-id: quote it to Periskope support."""
        return self._header("x-periskope-trace-id")

    @property
    def org_id(self) -> str | None:
        return self._header("x-periskope-org-id")

    @property
    def phone_id(self) -> str | None:
        return self._header("x-periskope-phone-id")

    def _header(self, name: str) -> str | None:
        value: str | None = self.headers.get(name)
        return value

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The body decoded into its model. Raises APIResponseValidationError (with the raw body) when it is not
        JSON or not the documented shape."""
        if self._parsed is None:
            self._parsed = (self._decode(self.http_response),)
        return self._parsed[0]

    def map(self, convert: Callable[[T], U]) -> APIResponse[U]:
        """The same response, parsing into `convert(<what this one parses into>)`."""
        decode = self._decode
        return APIResponse(self.http_response, lambda response: convert(decode(response)))

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


def decoder(parse_response: Callable[[httpx.Response], object], expected: type[T]) -> Callable[[httpx.Response], T]:
    """Wrap a generated `parse_response` so that it returns `expected` or raises APIResponseValidationError."""

    def decode(response: httpx.Response) -> T:
        try:
            parsed = parse_response(response)
        except (DecodeError, ValueError) as exc:  # ValueError: not JSON at all
            raise APIResponseValidationError(_problem(response, str(exc)[:500]), response=response) from exc
        except RecursionError:  # JSON nested deeper than Python can decode
            raise APIResponseValidationError(_problem(response, "JSON nested too deep"), response=response) from None
        except UnexpectedStatus as exc:  # a 2xx status that the spec does not document
            raise APIResponseValidationError(_problem(response, repr(exc)[:500]), response=response) from exc
        if not isinstance(parsed, expected):
            raise APIResponseValidationError(_problem(response, f"not a {expected.__name__}"), response=response)
        return parsed

    return decode


def _problem(response: httpx.Response, detail: str) -> str:
    kind = response.headers.get("content-type", "no content type").split(";")[0]
    request = response.request
    return f"{response.status_code} from {request.method} {request.url.path} ({kind}) could not be decoded: {detail}"


def no_content(response: httpx.Response) -> None:
    """The decoder of operations that answer with no body (204), or with one nobody needs: any 2xx is success."""
    return None


def list_decoder(parse_response: Callable[[httpx.Response], object]) -> Callable[[httpx.Response], list[Any]]:
    """A decoder of a response that is a JSON array of models."""
    decode = decoder(parse_response, list)
    return lambda response: list(decode(response))


def body_bytes(response: httpx.Response) -> bytes:
    """The body as sent, not decoded (an image); `with_raw_response` gives its content type."""
    return response.content
