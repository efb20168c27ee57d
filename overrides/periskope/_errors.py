"""The exception hierarchy. Messages never contain the API key."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

import httpx

from ._logs import mask
from ._rate_limit import RateLimit

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DecodeError",
    "InternalServerError",
    "MessageFailedError",
    "NotFoundError",
    "PeriskopeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SentRequest",
    "UnprocessableEntityError",
    "UnresolvedSendError",
    "WaitTimeoutError",
]


class PeriskopeError(Exception):
    """Base of every error this package raises."""


class DecodeError(PeriskopeError, ValueError):
    """Data from the server does not have the documented shape."""

    def within(self, model: str) -> DecodeError:
        """The same error, seen from the model that contains the one that failed."""
        return type(self)(f"{model} > {self}")


class WaitTimeoutError(PeriskopeError, TimeoutError):
    """A message did not reach the awaited delivery state in time (`SentMessage.wait`). `last_status`: the last
    MessageStatus seen, if any."""

    def __init__(self, message: str, *, last_status: object = None) -> None:
        super().__init__(message)
        self.last_status = last_status


class MessageFailedError(PeriskopeError):
    """Periskope reported a sent message as failed (ack FAILED). `last_status`: the MessageStatus saying so."""

    def __init__(self, message: str, *, last_status: object = None) -> None:
        super().__init__(message)
        self.last_status = last_status


@dataclass(frozen=True)
class SentRequest:
    """What a call that is not idempotent (a send) sent, kept on the error when it may have reached the server:
    enough to look for its effect (`client.messages.resolve(error)`). No credentials."""

    method: str
    path: str  # the URL path: /v1/message/send
    body: Mapping[str, object] | None  # the JSON body
    phone: str | None  # the x-phone it went with
    started_at: datetime  # when its first attempt started (UTC)


class APIError(PeriskopeError):
    """A request to the API failed. For a call that is not idempotent (a send), `sent` says what was sent and
    `may_have_been_sent` whether the server may have acted on it although it failed (a timeout, a reset, a 5xx)."""

    may_have_been_sent: bool = False
    sent: SentRequest | None = None

    def __init__(self, message: str, *, request: httpx.Request, body: object = None) -> None:
        message = mask(message)  # as the logs do: phone numbers standing alone hidden unless PERISKOPE_LOG_PII=1
        super().__init__(message)
        self.message: str = message
        self.request: httpx.Request = request
        self.body: object = body

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickles (to cross a process boundary) without the request's credentials, and without its cause."""
        state = dict(self.__dict__)
        state["request"] = _without_credentials(self.request)
        response = state.get("response")
        if isinstance(response, httpx.Response):
            response = copy.copy(response)
            response.request = state["request"]
            state["response"] = response
        return _restore, (type(self), self.args, state)

    def redacted(self, secret: str) -> Self:
        """This error with `secret` replaced by *** in its message and body (a server may echo what it was sent)."""
        self.message = redact(self.message, secret)
        _set_args(self, tuple(redact(arg, secret) if isinstance(arg, str) else arg for arg in self.args))
        self.body = _redact_value(self.body, secret)
        return self


class UnresolvedSendError(PeriskopeError):
    """`messages.resolve()` could not tell whether an uncertain send reached WhatsApp: the message is queued but not
    yet in the chat, or the chat had more new messages than the window it checks. Do not send it again blindly.
    `error`: the send's error."""

    def __init__(self, message: str, *, error: APIError) -> None:
        super().__init__(message)
        self.error = error


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a response arrived."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class ResponseTooLargeError(APIError):
    """The response body is longer than the client's `max_response_bytes` (counted after decompression); the rest
    was not read."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.limit = limit


class APIResponseValidationError(APIError, DecodeError):
    """A 2xx response whose body is not JSON, or not the documented shape. `body` holds the raw text."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request, body=response.text)
        self.response = response
        self.status_code: int = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code: int = response.status_code
        self.trace_id: str | None = response.headers.get("x-periskope-trace-id")
        fields = body if isinstance(body, Mapping) else {}
        code = fields.get("code")
        self.code: str | None = code if isinstance(code, str) else None


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state (e.g. it already exists)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request failed validation; `fields` maps each field path to what is wrong with it."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        fields = body.get("fields") if isinstance(body, Mapping) else None
        self.fields: dict[str, Any] = dict(fields) if isinstance(fields, Mapping) else {}


class RateLimitError(APIStatusError):
    """429: too many requests. `reset` is when the window resets, if the server said so."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.rate_limit: RateLimit | None = RateLimit.from_headers(response.headers)
        self.reset: datetime | None = self.rate_limit.reset if self.rate_limit else None


class InternalServerError(APIStatusError):
    """5xx, including statuses no standard names (520 from a proxy)."""


def may_have_reached_server(error: APIError) -> bool:
    """Whether the server may have acted on a request that failed with `error`: yes after a 5xx (or 408), a timeout
    or a connection that broke once made; no after any other 4xx (429 included) or a connection never made."""
    if isinstance(error, APIStatusError):
        return error.status_code >= 500 or error.status_code == 408
    if isinstance(error, APIConnectionError):
        return not isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
    return True


def send_error(error: APIError, request: httpx.Request, started_at: datetime, uncertain: bool) -> APIError:
    """`error` as the failure of the non-idempotent `request`: what it sent, and whether it may have been acted on."""
    error.sent = _sent_request(request, started_at)
    error.may_have_been_sent = uncertain
    return error


def _sent_request(request: httpx.Request, started_at: datetime) -> SentRequest:
    """What `request` sent (its JSON body, URL path and x-phone), without its credentials."""
    try:
        body = json.loads(request.content) if request.content else None
    except ValueError:
        body = None
    return SentRequest(
        method=request.method,
        path=request.url.path,
        body=body if isinstance(body, Mapping) else None,
        phone=request.headers.get("x-phone"),
        started_at=started_at,
    )


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a response with status >= 300, its body decoded when it is JSON."""
    body: object
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
        body = response.text
    cls = _STATUS_ERRORS.get(response.status_code)
    if response.status_code < 400:  # a redirect: the client follows none (it would resend a POST elsewhere)
        return APIStatusError(_describe_redirect(response), response=response, body=body)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(_describe(response, body), response=response, body=body)


def _describe(response: httpx.Response, body: object) -> str:
    detail: str
    if isinstance(body, Mapping) and isinstance(body.get("message"), str):
        code = body.get("code")
        detail = f"{code}: {body['message']}" if isinstance(code, str) else str(body["message"])
        if isinstance(body.get("fields"), Mapping) and body["fields"]:
            detail += " " + json.dumps(body["fields"], ensure_ascii=False, default=str)
    elif isinstance(body, str) and body.strip():
        kind = response.headers.get("content-type", "unknown content type").split(";")[0]
        detail = f"non-JSON body ({kind}, {len(body)} characters)"
    else:
        detail = "empty body"
    return f"{response.status_code} from {response.request.method} {response.request.url.path}: {clip(detail)}"


def _describe_redirect(response: httpx.Response) -> str:
    location = response.headers.get("location", "nowhere")
    return (
        f"{response.status_code} from {response.request.method} {response.request.url.path}: a redirect to "
        f"{clip(location, 200)}, which the client does not follow (is base_url right? https?)"
    )


MAX_MESSAGE = 1000  # characters of server-sent text in an error message


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text`, cut to `limit` characters (a server may send megabytes of message)."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


_WHOLE_KEY_BELOW = 16  # a secret shorter than this is redacted only where it stands alone, not inside a word


def redact(text: str, secret: str) -> str:
    """`text` with `secret` replaced by ***. A secret too short to be a real key (a test's "k") is replaced only where
    it stands alone, so that it cannot mangle the rest of the text ("fake 404" stays as it is)."""
    if not secret or secret not in text:
        return text
    if len(secret) >= _WHOLE_KEY_BELOW:
        return text.replace(secret, "***")
    return re.sub(rf"(?<![0-9A-Za-z_]){re.escape(secret)}(?![0-9A-Za-z_])", "***", text)


def _redact_value(value: object, secret: str) -> object:
    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, Mapping):
        return {key: _redact_value(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_value(item, secret) for item in value]
    return value


def scrub_chain(error: BaseException, secret: str) -> None:
    """Replace `secret` by *** in the arguments of `error` and of every exception in its cause/context chain."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, APIError):
            current.redacted(secret)
        elif any(isinstance(arg, (str, bytes)) and _contains(arg, secret) for arg in current.args):
            _set_args(current, tuple(_redact_arg(arg, secret) for arg in current.args))
        current = current.__cause__ or current.__context__


def _set_args(error: BaseException, args: tuple[object, ...]) -> None:
    error.args = args


def _contains(value: str | bytes, secret: str) -> bool:
    return (secret in value) if isinstance(value, str) else (secret.encode() in value)


def _redact_arg(value: object, secret: str) -> object:
    if isinstance(value, bytes):
        return value.replace(secret.encode(), b"***")
    return redact(value, secret) if isinstance(value, str) else value


_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _without_credentials(request: httpx.Request) -> httpx.Request:
    clean = copy.copy(request)
    clean.headers = httpx.Headers(
        [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _CREDENTIAL_HEADERS]
    )
    return clean


def _restore(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error
