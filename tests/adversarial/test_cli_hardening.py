"""Item 14 and the CLI side of item 1: what a server sends cannot drive the terminal, a bad base URL is a usage error,
and no form of the key reaches stderr."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import API_KEY, PHONE, SEED_ID, seed_example
from raw_server import RawRequest, RawServer, whole

from periskope import cli

# An OSC title change, a screen clear, a bell, and the 8-bit CSI (0x9b) that many terminals also obey.
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PERISKOPE_API_KEY", API_KEY)
    monkeypatch.setenv("PERISKOPE_PHONE", PHONE)
    return monkeypatch


def serving(status: int, body: object) -> Any:
    def reply(request: RawRequest) -> Iterator[bytes | float]:
        yield whole(status, body)

    return reply


def assert_no_raw_controls(text: str) -> None:
    for char in "\x1b\x07\x9b\x7f":
        assert char not in text


def test_server_text_with_escape_sequences_is_printed_escaped_and_lossless(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    message = {**seed_example(), "body": f"hello {ESCAPES} world"}
    with RawServer(serving(200, message)) as server:
        env.setenv("PERISKOPE_BASE_URL", server.url)
        code = cli.main(["messages", "get", SEED_ID])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_no_raw_controls(out)
    assert json.loads(out)["body"] == f"hello {ESCAPES} world"  # escaped, not lost


def test_an_error_message_with_escape_sequences_is_printed_escaped(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with RawServer(serving(404, {"code": "NOT_FOUND", "message": f"no such message {ESCAPES}"})) as server:
        env.setenv("PERISKOPE_BASE_URL", server.url)
        code = cli.main(["messages", "get", SEED_ID])
    _, err = capsys.readouterr()
    assert code == cli.EXIT_NOT_FOUND
    assert_no_raw_controls(err)
    assert "\\x1b]0;pwned" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("base_url", ["ftp://api.example.com/v1", "not a url", "http://[::1"])
def test_a_base_url_that_is_not_http_is_a_usage_error(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], base_url: str
) -> None:
    env.setenv("PERISKOPE_BASE_URL", base_url)
    code = cli.main(["messages", "get", SEED_ID])
    _, err = capsys.readouterr()
    assert code == cli.EXIT_USAGE
    assert "base_url" in err


@pytest.mark.parametrize("ending", ["\n", "\r\n", " "])
def test_a_key_with_a_line_ending_exits_2_without_printing_it(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ending: str
) -> None:
    env.setenv("PERISKOPE_API_KEY", API_KEY + ending)
    env.setenv("PERISKOPE_BASE_URL", "http://127.0.0.1:9")
    code = cli.main(["messages", "get", SEED_ID])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_USAGE
    assert "api_key has whitespace" in err
    assert API_KEY not in out + err
    assert repr(API_KEY + ending)[1:-1] not in err


def test_the_key_is_hidden_in_every_escaped_form(capsys: pytest.CaptureFixture[str]) -> None:
    key = 'sk-"quoted"\\slash'
    for form in (key, repr(key)[1:-1], json.dumps(key)[1:-1]):
        cli._fail(f"the server said {form}", key)
        _, err = capsys.readouterr()
        assert "***" in err
        assert "quoted" not in err
