"""Items 7 and 8 of the hardening issue: every failure is an error of the documented tree, bad input is refused before
any request (and never retried), messages stay short, and a redirect is an error, not a success."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import API_KEY, PHONE, SEED_ID, Recorder, call, json_response
from raw_server import RawRequest, RawServer, whole

import periskope

DEEP = b"[" * 200_000 + b"]" * 200_000


# 7. Typed errors for hostile bodies -----------------------------------------------------------------------------------


async def test_deeply_nested_json_in_a_2xx_is_a_validation_error(make_client: Any) -> None:
    client = make_client(Recorder(httpx.Response(200, content=DEEP, headers={"content-type": "application/json"})))
    with pytest.raises(periskope.APIResponseValidationError, match="nested too deep"):
        await call(client.messages.get("m"))


async def test_deeply_nested_json_in_an_error_body_is_kept_as_text(make_client: Any, sleeps: list[float]) -> None:
    client = make_client(Recorder(httpx.Response(400, content=DEEP, headers={"content-type": "application/json"})))
    with pytest.raises(periskope.BadRequestError) as caught:
        await call(client.messages.get("m"))
    assert caught.value.body == DEEP.decode()
    assert len(str(caught.value)) < 200


def bad_gzip(status: int) -> Any:
    def reply(request: RawRequest) -> Iterator[bytes | float]:
        yield whole(status, b"this is not gzip at all", content_type="application/json", content_encoding="gzip")

    return reply


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(200, periskope.APIResponseValidationError), (500, periskope.InternalServerError)],
)
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
async def test_a_body_that_does_not_decompress_is_a_typed_error(
    cls: type[Any], status: int, error_class: type[Exception]
) -> None:
    with RawServer(bad_gzip(status)) as server:
        client = cls(API_KEY, PHONE, base_url=server.url, max_retries=0, rate_budget=False)
        with pytest.raises(error_class):
            await call(client.messages.get("m"))
        await call(client.close())


async def test_an_id_too_long_for_a_url_is_refused_before_any_request(make_client: Any) -> None:
    recorder = Recorder()
    with pytest.raises(periskope.PeriskopeError, match="cannot build the request") as caught:
        await call(make_client(recorder).messages.get("a" * 70_000))
    assert not isinstance(caught.value, periskope.APIError)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "base_url", ["http://[::1", "ftp://api.example.com", "not a url", "https://", "//api.example.com/v1"]
)
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_a_malformed_base_url_is_refused_at_construction(cls: type[Any], base_url: str) -> None:
    with pytest.raises(periskope.PeriskopeError, match="base_url"):
        cls(API_KEY, base_url=base_url)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Note": "café"},  # not ASCII
        {"X-Note": "a\r\nX-Injected: 1"},  # CRLF: header injection
        {"X-Note": "a\nb"},
        {"X-Note": "\x00"},
        {"Bad Name": "1"},
        {"X-Note:": "1"},
        [("X-Note", "1")],  # not a mapping
    ],
)
async def test_bad_extra_headers_are_refused_before_any_request(
    make_client: Any, sleeps: list[float], headers: Any
) -> None:
    recorder = Recorder()
    with pytest.raises(periskope.PeriskopeError, match="extra_headers") as caught:
        await call(make_client(recorder).messages.get("m", extra_headers=headers))
    assert not isinstance(caught.value, periskope.APIError)
    assert recorder.requests == []
    assert sleeps == []


@pytest.mark.parametrize(
    "phone",
    [
        "٩١٩٨٧٦٥٤٣٢١٠",  # Arabic-Indic digits: \\d matches them, the server does not
        "९१९८७६५४३२१०",  # Devanagari
        "+919876543210",  # an escaped injected bug: refused only when the test's bad phone also had spaces
        "91 98765 43210",
        "91-98765-43210",
        "phone-",
    ],
)
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_a_phone_in_any_other_form_is_refused(cls: type[Any], phone: str) -> None:
    with pytest.raises(periskope.PeriskopeError, match="phone must be"):
        cls(API_KEY, phone)


async def test_a_per_call_unicode_digit_phone_is_refused_before_any_request(make_client: Any) -> None:
    recorder = Recorder()
    with pytest.raises(periskope.PeriskopeError, match="phone must be"):
        await call(make_client(recorder).messages.get("m", phone="٩١٩٨٧٦٥٤٣٢١٠"))
    assert recorder.requests == []


async def test_a_huge_server_message_gives_a_short_error(make_client: Any, sleeps: list[float]) -> None:
    message = "x" * (5 * 1024 * 1024)
    client = make_client(Recorder(json_response(400, {"code": "BAD", "message": message})))
    with pytest.raises(periskope.BadRequestError) as caught:
        await call(client.messages.get("m"))
    assert len(str(caught.value)) < 2000
    assert caught.value.body["message"] == message  # the whole of it is still there to read


# 8. A redirect is an error --------------------------------------------------------------------------------------------

NO_BODY_OPERATIONS = [
    ("messages.delete", lambda c: c.messages.delete(SEED_ID)),
    ("messages.react", lambda c: c.messages.react(SEED_ID, reaction="👍")),
    ("messages.forward", lambda c: c.messages.forward(SEED_ID, forward_chat_ids=["919876543210@c.us"])),
    ("messages.edit", lambda c: c.messages.edit(SEED_ID, edited_body="fixed")),
    ("messages.pin", lambda c: c.messages.pin(SEED_ID)),
]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize(("name", "operation"), NO_BODY_OPERATIONS, ids=[name for name, _ in NO_BODY_OPERATIONS])
async def test_a_redirect_is_an_error_not_a_silent_success(
    make_client: Any, sleeps: list[float], status: int, name: str, operation: Any
) -> None:
    """An http:// base URL redirected to https:// must not make a delete "succeed" without doing anything."""
    page = b"<html>" + b"moved " * 100_000 + b"</html>"
    moved = httpx.Response(status, content=page, headers={"location": "https://api.periskope.app/v1/elsewhere"})
    recorder = Recorder(moved)
    with pytest.raises(periskope.APIStatusError) as caught:
        await call(operation(make_client(recorder)))
    assert caught.value.status_code == status
    assert "redirect" in str(caught.value)
    assert "https://api.periskope.app/v1/elsewhere" in str(caught.value)
    assert len(str(caught.value)) < 500  # not the page
    assert len(recorder.requests) == 1  # not retried, not followed
    assert sleeps == []


@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
async def test_a_redirect_is_not_followed_even_by_a_client_set_to_follow(cls: type[Any]) -> None:
    moved = httpx.Response(307, headers={"location": "https://api.periskope.app/v1/elsewhere"})
    recorder = Recorder(moved, json_response(200, {}))
    transport = httpx.MockTransport(recorder)
    http_client: Any = (httpx.Client if cls is periskope.Periskope else httpx.AsyncClient)(
        transport=transport, follow_redirects=True
    )
    client = cls(API_KEY, PHONE, rate_budget=False, http_client=http_client)
    with pytest.raises(periskope.APIStatusError, match="redirect"):
        await call(client.messages.delete(SEED_ID))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "options",
    [
        {"extra_query": [("a", "1")]},
        {"extra_body": ["not", "a", "mapping"]},
        {"extra_body": {"when": object()}},  # not JSON
    ],
)
async def test_bad_extra_query_or_body_is_refused_before_any_request(make_client: Any, options: Any) -> None:
    recorder = Recorder()
    with pytest.raises(periskope.PeriskopeError, match=r"extra_|encode") as caught:
        await call(make_client(recorder).messages.get("m", **options))
    assert not isinstance(caught.value, periskope.APIError)
    assert recorder.requests == []
