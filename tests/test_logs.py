"""The periskope logger: off unless asked, never the key; phone numbers standing alone and message text masked by
default, ids left whole (to be searched for); exception messages masked the same way."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from conftest import API_KEY, PHONE, Recorder, call, json_response

import periskope
from periskope import _logs

IDS = [
    "true_919537851844@c.us_3EB0C62D5B1F3A7C9E1234567890",
    "919537851844@c.us",
    "120363025246125486@g.us",
    "/v1/message/true_919537851844%40c.us_3EB0C628",
    "/v1/chats/919537851844%40c.us",
    "3EB0C628412345678901",
]


@pytest.mark.parametrize("text", IDS)
def test_mask_leaves_ids_whole(text: str) -> None:
    assert _logs.mask(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("919537851844", "91********44"),
        ("/v1/contacts/919537851844", "/v1/contacts/91********44"),
        ("call +919537851844 now", "call +91********44 now"),
        ('{"phone": "919537851844"}', '{"phone": "91********44"}'),
        ("x-phone=919537851844, id 919537851844@c.us", "x-phone=91********44, id 919537851844@c.us"),
    ],
)
def test_mask_hides_phone_numbers_standing_alone(text: str, masked: str) -> None:
    assert _logs.mask(text) == masked


def test_short_numbers_are_not_phone_numbers() -> None:
    assert _logs.mask("502 from GET /v1/chats?offset=100&limit=50") == "502 from GET /v1/chats?offset=100&limit=50"


def test_mask_body_hides_message_text() -> None:
    body = json.dumps({"chat_id": "919537851844@c.us", "message": "my secret plans"}).encode()
    shown = _logs.mask_body(body)
    assert "secret" not in shown
    assert "<15 characters>" in shown
    assert "919537851844@c.us" in shown  # an id, kept whole


def test_pii_can_be_shown_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_LOG_PII", "1")
    assert _logs.mask("919537851844") == "919537851844"
    assert "my secret plans" in _logs.mask_body(json.dumps({"message": "my secret plans"}).encode())


NOT_FOUND = {"code": "not_found", "message": "no contact 919537851844 (chat 919537851844@c.us)"}


async def test_exception_messages_are_masked_like_the_logs(make_client: Any) -> None:
    client = make_client(Recorder(json_response(404, NOT_FOUND)))
    with pytest.raises(periskope.NotFoundError) as caught:
        await call(client.contacts.get("919537851844"))
    message = str(caught.value)
    assert "/v1/contacts/91********44" in message
    assert "no contact 91********44 (chat 919537851844@c.us)" in message
    assert caught.value.body == NOT_FOUND  # the data itself is the server's, unmasked


async def test_exception_messages_show_everything_with_pii_on(
    make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERISKOPE_LOG_PII", "1")
    client = make_client(Recorder(json_response(404, NOT_FOUND)))
    with pytest.raises(periskope.NotFoundError, match="no contact 919537851844 "):
        await call(client.contacts.get("919537851844"))


def test_periskope_log_env_turns_the_logger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_logs.logger, "handlers", [])
    monkeypatch.setattr(_logs.logger, "level", logging.NOTSET)
    monkeypatch.setenv("PERISKOPE_LOG", "debug")
    _logs.setup_from_env()
    assert _logs.logger.level == logging.DEBUG
    assert len(_logs.logger.handlers) == 1


async def test_request_logs_name_method_path_status_and_trace_without_secrets(
    make_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="periskope")
    recorder = Recorder(json_response(200, {"queue_id": "q"}, **{"x-periskope-trace-id": "trace-9"}))
    await call(make_client(recorder).messages.send(chat_id="919537851844@c.us", message="hello there"))
    text = caplog.text
    assert "POST /v1/message/send -> 200 (attempt 1, trace trace-9)" in text
    assert API_KEY not in text
    assert PHONE not in text  # the x-phone header, a number standing alone
    assert "919537851844@c.us" in text  # the chat id in the body, kept whole to be searched for
    assert "hello there" not in text
