"""Items 1-3 of the hardening issue: the API key never leaves in an error, a pickle, a log record or a warning."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import traceback
import warnings
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from conftest import PHONE, Recorder, call, json_response

import periskope
from periskope import _client

# No digit run: the log's phone mask cannot hide it by accident.
KEY = "sk-live-ABCdefGHIjklMNOpqrSTUvwx"


def assert_no_key(text: str) -> None:
    assert KEY not in text
    assert KEY[:16] not in text  # not even a prefix of it


def chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


# 1. A key that HTTP cannot carry is refused at construction, without quoting it ---------------------------------------


@pytest.mark.parametrize("bad", ["\n", "\r\n", " ", "\t", "\x00", "é", "\u2028"])
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_a_key_with_whitespace_or_a_line_ending_is_refused_without_quoting_it(cls: type[Any], bad: str) -> None:
    with pytest.raises(periskope.PeriskopeError, match="api_key has whitespace") as caught:
        cls(KEY + bad, PHONE)
    assert_no_key("".join(traceback.format_exception(caught.value)))
    assert caught.value.__cause__ is None


def test_a_key_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_API_KEY", KEY + "\r\n")  # a Windows-edited .env
    with pytest.raises(periskope.PeriskopeError, match="position 32") as caught:
        periskope.Periskope()
    assert_no_key(str(caught.value))


async def test_the_key_is_scrubbed_from_every_exception_in_the_chain(make_client: Any) -> None:
    """A transport error that quotes the header (httpcore's "Illegal header value b'Bearer ...'") reaches the caller
    as an APIConnectionError whose whole chain is free of the key: tracebacks and logger.exception show the chain."""
    illegal = httpx.LocalProtocolError(f"Illegal header value {('Bearer ' + KEY).encode()!r}")
    client = make_client(Recorder(illegal), api_key=KEY, max_retries=0)
    with pytest.raises(periskope.APIConnectionError) as caught:
        await call(client.messages.get("m"))
    assert len(chain(caught.value)) >= 2
    for error in chain(caught.value):
        assert_no_key(repr(error.args))
    assert_no_key("".join(traceback.format_exception(caught.value)))


# 2. Errors cross a process boundary, without the key ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "error_class"),
    [
        (json_response(401, {"code": "UNAUTHORIZED", "message": "Invalid API key"}), periskope.AuthenticationError),
        (json_response(429, {"message": "slow down"}, **{"X-RateLimit-Reset": "1"}), periskope.RateLimitError),
        (json_response(422, {"message": "bad", "fields": {"x": "y"}}), periskope.UnprocessableEntityError),
        (json_response(200, {"not": "a message"}), periskope.APIResponseValidationError),
        (httpx.ConnectError("refused"), periskope.APIConnectionError),
        (httpx.ReadTimeout("slow"), periskope.APITimeoutError),
    ],
)
async def test_errors_pickle_without_the_key_and_unpickle(
    make_client: Any, answer: Any, error_class: type[periskope.APIError]
) -> None:
    client = make_client(Recorder(answer), api_key=KEY, max_retries=0)
    with pytest.raises(error_class) as caught:
        await call(client.messages.get("m"))
    error = caught.value
    assert error.request.headers["authorization"] == f"Bearer {KEY}"  # the live error still has what was sent
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    restored = pickle.loads(data)
    assert type(restored) is error_class
    assert str(restored) == str(error)
    assert restored.message == error.message
    assert restored.request.url == error.request.url
    assert "authorization" not in restored.request.headers
    if isinstance(error, periskope.APIStatusError):
        assert restored.status_code == error.status_code
        assert restored.body == error.body
        assert restored.response.request is restored.request


def fail_in_a_worker(key: str) -> None:
    """Runs in a worker process: a call that fails with a 401."""
    transport = httpx.MockTransport(lambda request: httpx.Response(401, json={"message": "Invalid API key"}))
    periskope.Periskope(key, rate_budget=False, http_client=httpx.Client(transport=transport)).messages.get("m")


def test_an_error_crosses_a_process_pool_boundary_without_the_key() -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(fail_in_a_worker, KEY)
        with pytest.raises(periskope.AuthenticationError) as caught:
            future.result(timeout=60)
    assert caught.value.status_code == 401
    assert caught.value.request.url.path == "/v1/message/m"
    assert "authorization" not in caught.value.request.headers
    assert_no_key("".join(traceback.format_exception(caught.value)))  # with the worker's traceback


# 3. A server echoing the key, arguments passed the wrong way round, a cleartext base URL ------------------------------


async def test_a_401_that_echoes_the_key_does_not_show_it(make_client: Any) -> None:
    echo = json_response(401, {"code": "UNAUTHORIZED", "message": f"Invalid token 'Bearer {KEY}'"})
    client = make_client(Recorder(echo), api_key=KEY)
    with pytest.raises(periskope.AuthenticationError) as caught:
        await call(client.messages.get("m"))
    assert_no_key(str(caught.value))
    assert_no_key(repr(caught.value.body))
    assert "Invalid token 'Bearer ***'" in str(caught.value)


@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_key_and_phone_swapped_do_not_put_the_key_in_the_message(cls: type[Any]) -> None:
    with pytest.raises(periskope.PeriskopeError, match="phone must be") as caught:
        cls(PHONE, KEY)  # (api_key, phone) given as (phone, api_key)
    assert_no_key(str(caught.value))


async def test_a_per_call_phone_error_does_not_show_the_key(make_client: Any) -> None:
    client = make_client(Recorder(), api_key=KEY)
    with pytest.raises(periskope.PeriskopeError, match="phone must be") as caught:
        await call(client.messages.get("m", phone=KEY))
    assert_no_key(str(caught.value))


def test_an_http_base_url_off_loopback_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_client, "_warned_cleartext", set())
    with pytest.warns(UserWarning, match="cleartext") as caught:
        periskope.Periskope(KEY, base_url="http://api.example.com/v1")
    assert_no_key(str(caught[0].message))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        periskope.Periskope(KEY, base_url="http://api.example.com/v1")  # once per host
        for url in ("http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010", "https://api.example.com"):
            periskope.Periskope(KEY, base_url=url)


# Logging (an escaped injected bug: a case-sensitive header filter) ----------------------------------------------------


async def test_no_authorization_header_in_any_log_record_at_debug(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The key has no digit run, so the phone mask cannot be what hides it."""
    caplog.set_level(logging.DEBUG, logger="periskope")
    recorder = Recorder(json_response(503, {"message": "busy"}), json_response(500, {"message": "still"}))
    client = make_client(recorder, api_key=KEY, max_retries=1)
    with pytest.raises(periskope.InternalServerError):
        await call(client.messages.get("m", extra_headers={"X-Debug": "1"}))
    assert len(recorder.requests) == 2
    records = [record.getMessage() for record in caplog.records]
    assert any("request GET" in line for line in records)  # debug lines were written
    for line in records:
        assert_no_key(line)
        assert "authorization" not in line.lower()
        assert "bearer" not in line.lower()
