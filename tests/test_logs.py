"""The periskope logger: off unless asked, never the key, phone numbers and message text masked by default."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from conftest import API_KEY, Recorder, call, json_response

from periskope import _logs


def test_mask_hides_phone_numbers_in_ids_and_paths() -> None:
    masked = _logs.mask("/v1/message/true_919537851844@c.us_3EB0C628")
    assert "919537851844" not in masked
    assert masked.startswith("/v1/message/true_91********44@c.us_3EB0C628")


def test_mask_body_hides_message_text() -> None:
    body = json.dumps({"chat_id": "919537851844@c.us", "message": "my secret plans"}).encode()
    shown = _logs.mask_body(body)
    assert "secret" not in shown
    assert "<15 characters>" in shown
    assert "919537851844" not in shown


def test_pii_can_be_shown_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERISKOPE_LOG_PII", "1")
    assert _logs.mask("919537851844") == "919537851844"


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
    assert "919537851844" not in text
    assert "hello there" not in text
