"""The public client against in-process handlers: configuration, requests, raw responses, errors, retries, secrets.

Every test runs twice, on Periskope and on AsyncPeriskope (the make_client fixture).
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from conftest import API_KEY, PHONE, SEED_ID, Recorder, call, json_response, seed_example

import periskope
from periskope import Ack, Message, _retry
from periskope._call import Call


def decoder(response: httpx.Response) -> object:
    return response.json()


async def test_get_sends_key_phone_and_encoded_id(make_client: Any) -> None:
    recorder = Recorder()
    message = await call(make_client(recorder).messages.get(SEED_ID))
    assert isinstance(message, Message)
    assert message.message_id == SEED_ID
    assert message.ack == Ack.DELIVERED_ALL
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.raw_path == b"/v1/message/true_919537851844%40c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"
    assert request.url.host == "api.periskope.app"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["x-phone"] == PHONE


@pytest.mark.parametrize(
    ("message_id", "segment"),
    [
        ("a/../../chats", b"a%2F..%2F..%2Fchats"),
        ("id?limit=1#frag", b"id%3Flimit%3D1%23frag"),
        ("...", b"..."),
        ("x%2Fy", b"x%252Fy"),
    ],
)
async def test_message_id_is_one_path_segment(make_client: Any, message_id: str, segment: bytes) -> None:
    recorder = Recorder()
    await call(make_client(recorder).messages.get(message_id))
    (request,) = recorder.requests
    assert request.url.raw_path == b"/v1/message/" + segment
    assert request.url.query == b""


async def test_empty_message_id_is_refused_before_any_request(make_client: Any) -> None:
    recorder = Recorder()
    with pytest.raises(periskope.PeriskopeError, match="message_id"):
        await call(make_client(recorder).messages.get("  "))
    assert recorder.requests == []


async def test_configuration_from_environment(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_API_KEY", "env-key")
    monkeypatch.setenv("PERISKOPE_PHONE", "phone-bqzvyibhmwkaergr")
    monkeypatch.setenv("PERISKOPE_BASE_URL", "http://127.0.0.1:4010/")
    recorder = Recorder()
    await call(make_client(recorder, api_key=None, phone=None).messages.get("m1"))
    (request,) = recorder.requests
    assert str(request.url) == "http://127.0.0.1:4010/message/m1"
    assert request.headers["authorization"] == "Bearer env-key"
    assert request.headers["x-phone"] == "phone-bqzvyibhmwkaergr"


async def test_arguments_win_over_environment(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_API_KEY", "env-key")
    monkeypatch.setenv("PERISKOPE_PHONE", "911111111111")
    recorder = Recorder()
    await call(
        make_client(recorder, api_key="arg-key", phone=919000000000, base_url="https://x.test/v2").messages.get("m")
    )
    (request,) = recorder.requests
    assert str(request.url) == "https://x.test/v2/message/m"
    assert request.headers["authorization"] == "Bearer arg-key"
    assert request.headers["x-phone"] == "919000000000"


def test_missing_api_key_names_the_variable() -> None:
    for client_class in (periskope.Periskope, periskope.AsyncPeriskope):
        with pytest.raises(periskope.PeriskopeError, match="PERISKOPE_API_KEY"):
            client_class()


@pytest.mark.parametrize("phone", ["+91 98765 43210", "98765-43210", "phone_abc", "phone-", "abc", "12", ""])
def test_invalid_phone_is_refused_at_construction(phone: str) -> None:
    for client_class in (periskope.Periskope, periskope.AsyncPeriskope):
        with pytest.raises(periskope.PeriskopeError, match="919876543210"):
            client_class(api_key=API_KEY, phone=phone)


async def test_phone_per_call_overrides_the_client(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder)
    await call(client.messages.get("m", phone="phone-abc123"))
    await call(client.messages.get("m"))
    assert [r.headers["x-phone"] for r in recorder.requests] == ["phone-abc123", PHONE]
    with pytest.raises(periskope.PeriskopeError, match="phone"):
        await call(client.messages.get("m", phone="+91 98765"))
    assert len(recorder.requests) == 2


async def test_no_phone_sends_no_header(make_client: Any) -> None:
    recorder = Recorder()
    await call(make_client(recorder, phone=None).messages.get("m"))
    assert "x-phone" not in recorder.requests[0].headers


async def test_raw_response_exposes_status_headers_rate_limit_and_ids(make_client: Any) -> None:
    raw = await call(make_client(Recorder()).messages.with_raw_response.get(SEED_ID))
    assert isinstance(raw, periskope.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-limit"] == "10"
    assert raw.rate_limit == periskope.RateLimit(
        limit=10, remaining=9, reset=datetime(2025, 1, 28, 5, 12, 3, tzinfo=UTC)
    )
    assert raw.trace_id == "67cc4ef0-dd36-11ef-bd3a-473103610e33"
    assert raw.org_id == "2997dd64-89bf-48d3-9a22-b314fca017e5"
    assert raw.phone_id == "phone-bqzvyibhmwkaergr"
    parsed = raw.parse()
    assert isinstance(parsed, Message)
    assert parsed is raw.parse()
    assert parsed.to_dict()["message_id"] == SEED_ID


async def test_raw_response_without_rate_limit_headers(make_client: Any) -> None:
    raw = await call(make_client(Recorder(json_response(200, seed_example()))).messages.with_raw_response.get("m"))
    assert raw.rate_limit is None
    assert raw.trace_id is None


ERROR_BODY = {"code": "NOT_FOUND_ERROR", "message": "Message not found", "status": 404}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, periskope.BadRequestError),
        (401, periskope.AuthenticationError),
        (403, periskope.PermissionDeniedError),
        (404, periskope.NotFoundError),
        (409, periskope.ConflictError),
        (418, periskope.APIStatusError),
        (500, periskope.InternalServerError),
        (502, periskope.InternalServerError),
        (520, periskope.InternalServerError),
    ],
)
async def test_error_statuses_raise_typed_errors(make_client: Any, status: int, error_class: type, sleeps: Any) -> None:
    body = {**ERROR_BODY, "status": status}
    recorder = Recorder(json_response(status, body, **{"x-periskope-trace-id": "trace-1"}))
    with pytest.raises(error_class) as caught:
        await call(make_client(recorder, max_retries=0).messages.get("m"))
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, periskope.APIStatusError)
    assert error.status_code == status
    assert error.body == body
    assert error.code == "NOT_FOUND_ERROR"
    assert error.trace_id == "trace-1"
    assert error.response.status_code == status
    assert f"{status} from GET /v1/message/m: NOT_FOUND_ERROR: Message not found" in str(error)


async def test_422_carries_the_fields_map(make_client: Any) -> None:
    body = {
        "code": "VALIDATION_ERROR",
        "message": "Request validation failed",
        "status": 422,
        "fields": {"body.chat_id": {"message": "chat_id is required"}},
    }
    with pytest.raises(periskope.UnprocessableEntityError) as caught:
        await call(make_client(Recorder(json_response(422, body))).messages.get("m"))
    assert caught.value.fields == {"body.chat_id": {"message": "chat_id is required"}}
    assert "chat_id is required" in str(caught.value)


async def test_429_carries_the_reset_time(make_client: Any) -> None:
    body = {"code": "RATE_LIMIT_ERROR", "message": "You can only make 100 requests per second", "status": 429}
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1738041123"}
    with pytest.raises(periskope.RateLimitError) as caught:
        await call(make_client(Recorder(json_response(429, body, **headers)), max_retries=0).messages.get("m"))
    assert caught.value.reset == datetime(2025, 1, 28, 5, 12, 3, tzinfo=UTC)
    assert caught.value.rate_limit == periskope.RateLimit(limit=100, remaining=0, reset=caught.value.reset)


async def test_502_with_an_html_body(make_client: Any) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    response = httpx.Response(502, text=html, headers={"content-type": "text/html"})
    with pytest.raises(periskope.InternalServerError) as caught:
        await call(make_client(Recorder(response), max_retries=0).messages.get("m"))
    assert caught.value.body == html
    assert caught.value.code is None
    assert "non-JSON body (text/html" in str(caught.value)


@pytest.mark.parametrize(
    ("response", "detail"),
    [
        (httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"}), "text/html"),
        (httpx.Response(200, content=b""), "could not be decoded"),
        (httpx.Response(200, json={"message_id": "m"}), "missing required key"),
        (httpx.Response(200, json=[seed_example()]), "could not be decoded"),
        (httpx.Response(204), "could not be decoded"),
    ],
)
async def test_2xx_that_is_not_a_message_raises_with_the_raw_body(
    make_client: Any, response: httpx.Response, detail: str
) -> None:
    with pytest.raises(periskope.APIResponseValidationError, match=detail) as caught:
        await call(make_client(Recorder(response)).messages.get("m"))
    assert caught.value.body == response.text
    assert caught.value.status_code == response.status_code
    assert isinstance(caught.value, periskope.DecodeError)


async def test_connection_error_after_retries(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(periskope.APIConnectionError) as caught:
        await call(make_client(recorder, max_retries=2).messages.get("m"))
    assert type(caught.value) is periskope.APIConnectionError
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


async def test_timeout_raises_api_timeout_error(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(periskope.APITimeoutError):
        await call(make_client(recorder, max_retries=1).messages.get("m"))
    assert len(recorder.requests) == 2


async def test_timeout_is_passed_per_call(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder, timeout=12.0)
    await call(client.messages.get("m"))
    await call(client.messages.get("m", timeout=3.5))
    timeouts = [r.extensions["timeout"] for r in recorder.requests]
    assert timeouts[0]["read"] == 12.0
    assert timeouts[1] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_default_timeout_is_bounded() -> None:
    client = periskope.Periskope(api_key=API_KEY)
    assert isinstance(client.timeout, httpx.Timeout)
    assert client.timeout.connect == 5.0
    assert client.timeout.read == 60.0


@pytest.mark.parametrize("status", [429, 500, 502, 503, 520, 408])
async def test_retryable_statuses_are_retried_then_succeed(make_client: Any, sleeps: list[float], status: int) -> None:
    recorder = Recorder(json_response(status, ERROR_BODY), json_response(status, ERROR_BODY), seed_response_once())
    message = await call(make_client(recorder).messages.get("m"))
    assert isinstance(message, Message)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_client_errors_are_not_retried(make_client: Any, sleeps: list[float], status: int) -> None:
    recorder = Recorder(json_response(status, ERROR_BODY))
    with pytest.raises(periskope.APIStatusError):
        await call(make_client(recorder).messages.get("m"))
    assert len(recorder.requests) == 1
    assert sleeps == []


async def test_max_retries_zero_disables_retries(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR_BODY))
    with pytest.raises(periskope.InternalServerError):
        await call(make_client(recorder, max_retries=0).messages.get("m"))
    assert len(recorder.requests) == 1


async def test_backoff_is_exponential_with_jitter(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(500, ERROR_BODY))
    with pytest.raises(periskope.InternalServerError):
        await call(make_client(recorder, max_retries=4).messages.get("m"))
    assert len(recorder.requests) == 5
    for attempt, waited in enumerate(sleeps):
        assert 0.75 * 0.5 * 2**attempt <= waited <= 0.5 * 2**attempt


async def test_backoff_waits_are_jittered_below_the_exponential_bound(
    make_client: Any, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the jitter draw pinned, each wait is exactly 0.5 * 2**attempt * (1 - 0.25 * draw): a client without jitter
    (waiting the upper bound) fails here."""
    monkeypatch.setattr(_retry, "random", SimpleNamespace(random=lambda: 0.5))
    recorder = Recorder(json_response(500, ERROR_BODY))
    with pytest.raises(periskope.InternalServerError):
        await call(make_client(recorder, max_retries=3).messages.get("m"))
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875, 2.0 * 0.875]


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_only_the_async_client_awaits_and_only_the_sync_client_blocks(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Separate records for the two sleeps (an escaped injected bug: the async client calling the blocking one)."""
    blocking: list[float] = []
    awaited: list[float] = []

    async def async_sleep(seconds: float) -> None:
        awaited.append(seconds)

    monkeypatch.setattr(_retry, "sleep", blocking.append)
    monkeypatch.setattr(_retry, "async_sleep", async_sleep)
    monkeypatch.setattr(time, "sleep", blocking.append)
    busy = json_response(503, ERROR_BODY, **{"Retry-After": "0.01"})
    transport = httpx.MockTransport(Recorder(json_response(500, ERROR_BODY), busy, seed_response_once()))
    if kind == "sync":
        sync_client = periskope.Periskope(API_KEY, rate_budget=False, http_client=httpx.Client(transport=transport))
        sync_client.messages.get("m")
        assert len(blocking) == 2
        assert awaited == []
    else:
        async_client = periskope.AsyncPeriskope(
            API_KEY, rate_budget=False, http_client=httpx.AsyncClient(transport=transport)
        )
        await async_client.messages.get("m")
        assert len(awaited) == 2
        assert blocking == []


async def test_retry_after_seconds_is_honoured(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR_BODY, **{"Retry-After": "7"}), seed_response_once())
    await call(make_client(recorder).messages.get("m"))
    assert sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(make_client: Any, sleeps: list[float]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    recorder = Recorder(json_response(429, ERROR_BODY, **{"Retry-After": when}), seed_response_once())
    await call(make_client(recorder).messages.get("m"))
    assert 28 <= sleeps[0] <= 30


async def test_rate_limit_reset_is_honoured_on_429(make_client: Any, sleeps: list[float]) -> None:
    reset = int(datetime.now(UTC).timestamp()) + 5
    headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
    recorder = Recorder(json_response(429, ERROR_BODY, **headers), seed_response_once())
    await call(make_client(recorder).messages.get("m"))
    assert 3.5 <= sleeps[0] <= 5


async def test_a_wait_beyond_the_cap_raises_at_once(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(429, ERROR_BODY, **{"Retry-After": "3600"}))
    with pytest.raises(periskope.RateLimitError):
        await call(make_client(recorder).messages.get("m"))
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(periskope.PeriskopeError, match="max_retries"):
        periskope.Periskope(api_key=API_KEY, max_retries=-1)


async def test_the_key_appears_in_no_repr_error_or_log(
    make_client: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(Recorder(json_response(503, ERROR_BODY), httpx.ConnectError("down"), json_response(401, {})))
    assert API_KEY not in repr(client)
    assert API_KEY not in str(vars(client).get("messages"))
    with pytest.raises(periskope.AuthenticationError) as caught:
        await call(client.messages.get("m"))
    error = caught.value
    for text in (str(error), repr(error), repr(error.request), repr(error.response), caplog.text):
        assert API_KEY not in text
    assert len(caplog.records) >= 2


def seed_response_once() -> httpx.Response:
    return httpx.Response(200, json=seed_example())


@pytest.mark.parametrize(
    ("failure", "attempts"),
    [
        (json_response(503, ERROR_BODY), 1),
        (httpx.ReadTimeout("sent, no answer"), 1),
        (httpx.RemoteProtocolError("reset after the request was read"), 1),
        (json_response(429, ERROR_BODY), 3),
        (httpx.ConnectError("refused: never sent"), 3),
        (httpx.ConnectTimeout("never connected"), 3),
    ],
)
async def test_non_idempotent_calls_are_retried_only_when_never_processed(
    make_client: Any, sleeps: list[float], failure: Any, attempts: int
) -> None:
    recorder = Recorder(failure)
    send = Call({"method": "post", "url": "/message/send", "json": {"chat_id": "x"}}, decoder, idempotent=False)
    with pytest.raises(periskope.APIError):
        await call(make_client(recorder).request(send))
    assert len(recorder.requests) == attempts


async def test_with_options_is_a_copy_that_shares_the_pool(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder, timeout=30.0)
    other = client.with_options(phone="phone-xyz", timeout=5.0, max_retries=0)
    await call(other.messages.get("m"))
    await call(client.messages.get("m"))
    assert [r.headers["x-phone"] for r in recorder.requests] == ["phone-xyz", PHONE]
    assert [r.extensions["timeout"]["read"] for r in recorder.requests] == [5.0, 30.0]
    assert (client.phone, client.timeout, client.max_retries) == (PHONE, 30.0, 2)
    assert other._http is client._http
    assert other.messages is not client.messages
    await call(other.close())  # the copy does not own the pool
    await call(client.messages.get("m"))
    assert len(recorder.requests) == 3


async def test_max_retries_per_call(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR_BODY))
    with pytest.raises(periskope.InternalServerError):
        await call(make_client(recorder, max_retries=0).messages.get("m", max_retries=3))
    assert len(recorder.requests) == 4


async def test_retry_unsafe_opts_a_send_into_retries(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, ERROR_BODY), json_response(200, {"queue_id": "q"}))
    sent = await call(make_client(recorder).messages.send(chat_id="9@c.us", message="x", retry_unsafe=True))
    assert sent.queue_id == "q"
    assert len(recorder.requests) == 2
