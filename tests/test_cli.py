"""The `periskope` command: against the mock server, against the fault server (exit codes), commands discovered from
the client, and the installed module run as a subprocess."""

from __future__ import annotations

import argparse
import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY, PHONE, SEED_ID
from fault_server import RESET_AFTER_READ, FaultServer, html, rate_limited, slow, status

import periskope
from periskope import cli
from periskope._custom import SyncClientNamespaces
from periskope._pagination import SyncPage, Window
from periskope._resource_base import SyncResource

ROOT = Path(__file__).resolve().parent.parent
SEND = ["messages", "send", "--chat", "+91 98765 43210", "--text", "hello from the cli"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PERISKOPE_API_KEY", API_KEY)
    monkeypatch.setenv("PERISKOPE_PHONE", PHONE)
    return monkeypatch


@pytest.fixture
def mock(env: pytest.MonkeyPatch, mock_url: str) -> str:
    env.setenv("PERISKOPE_BASE_URL", mock_url)
    return mock_url


@pytest.fixture
def server(env: pytest.MonkeyPatch) -> Iterator[FaultServer]:
    with FaultServer(api_key=API_KEY) as running:
        env.setenv("PERISKOPE_BASE_URL", running.url)
        yield running


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert API_KEY not in out + err
    return code, out, err


# Against the mock server ------------------------------------------------------------------------------------------


def test_messages_get(mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "messages", "get", SEED_ID)
    assert (code, err) == (0, "")
    message = json.loads(out)
    assert message["message_id"] == SEED_ID
    assert message["ack"] == 3
    assert periskope.Message.from_dict(message).message_id == SEED_ID  # the model's own wire form


def test_messages_send_and_wait(mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *SEND)
    assert code == 0
    assert set(json.loads(out)) >= {"queue_id", "queue_position"}
    code, out, _ = run(capsys, *SEND, "--wait", "--wait-timeout", "5")
    assert code == 0
    assert "message_id" in json.loads(out)  # the message once sent (the mock's says READ)


def test_chats_list_first_page(mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chats", "list", "--limit", "5", "--chat-type", "user")
    assert code == 0
    page = json.loads(out)
    assert set(page) == {"items", "count"}
    assert isinstance(page["count"], int)
    assert all("chat_id" in chat for chat in page["items"])
    assert len(out.splitlines()) == 1


def test_chats_get_with_a_phone_number(mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chats", "get", "919876543210@c.us")
    assert code == 0
    assert "chat_id" in json.loads(out)


def test_other_resources_answer_through_the_same_commands(mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["contacts", "list", "--limit", "2"], ["phones", "list"], ["queue", "health"]):
        code, out, err = run(capsys, *argv)
        assert (code, err) == (0, ""), argv
        json.loads(out)


# Against the fault server: values sent, pages, exit codes -----------------------------------------------------------


def test_arguments_reach_the_server_converted(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *SEND)
    assert code == 0
    (request,) = server.requests
    assert request.json() == {"chat_id": "919876543210@c.us", "message": "hello from the cli"}
    assert request.headers["x-phone"] == PHONE
    code, out, _ = run(capsys, "--phone", "phone-abc123", "chats", "list", "--limit", "2", "--offset", "1")
    assert code == 0
    assert json.loads(out)["count"] == 5
    assert [c["chat_id"] for c in json.loads(out)["items"]] == ["919876540001@c.us", "919876540002@c.us"]
    request = server.requests[-1]
    assert request.query == {"limit": ["2"], "offset": ["1"]}
    assert request.headers["x-phone"] == "phone-abc123"


def test_an_enum_argument_takes_the_member_names(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    # the generated resources import their models for type checkers only: the CLI still resolves TicketPriority
    ticket = ["tickets", "create", "--chat", "+91 98765 43210", "--subject", "Refund"]
    run(capsys, *ticket, "--priority", "high")
    (request,) = server.requests
    assert request.json() == {"chat_id": "919876543210@c.us", "subject": "Refund", "priority": 3}
    code, _, err = run(capsys, *ticket, "--priority", "highest")
    assert code == 2
    assert "none, low, medium, high, urgent" in err
    assert len(server.requests) == 1


def test_all_prints_one_object_a_line_across_pages(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chats", "list", "--limit", "2", "--all")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [chat["chat_id"] for chat in lines] == [f"91987654{n:04d}@c.us" for n in range(5)]
    assert server.seen["/chats"] == 3
    assert lines[0]["created_at"] == "2025-01-28T05:11:57.008000+00:00"


def test_options_after_the_command_words(server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "chats", "get", "919876543210@c.us", "--phone", "phone-xyz", "--max-retries", "0")
    assert code == 0
    assert server.requests[-1].headers["x-phone"] == "phone-xyz"


@pytest.mark.parametrize(
    ("fault", "exit_code", "words"),
    [
        (status(401, {"code": "UNAUTHORIZED", "message": "Invalid API key", "status": 401}), 3, "401"),
        (status(403), 3, "403"),
        (status(404, {"code": "NOT_FOUND_ERROR", "message": "Message not found", "status": 404}), 4, "not found"),
        (rate_limited(), 5, "429"),
        (RESET_AFTER_READ, 6, "Connection error"),
        (slow(1.0), 6, "timed out"),
        (status(500), 1, "500"),
        (status(520), 1, "520"),
        (status(400), 1, "400"),
        (html(200), 1, "could not be decoded"),
    ],
    ids=str,
)
def test_errors_exit_with_their_code(
    server: FaultServer, capsys: pytest.CaptureFixture[str], fault: Any, exit_code: int, words: str
) -> None:
    server.script("*", fault)
    code, out, err = run(capsys, "--max-retries", "0", "--timeout", "0.3", "messages", "get", SEED_ID)
    assert code == exit_code
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("periskope: error: ")
    assert words.lower() in err.lower()


def test_wrong_api_key_exits_3(
    server: FaultServer, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("PERISKOPE_API_KEY", "sk-wrong-key-987")
    code, _, err = run(capsys, "messages", "get", SEED_ID)
    assert code == cli.EXIT_AUTH
    assert "sk-wrong-key-987" not in err
    assert "Invalid API key" in err


def test_unreachable_server_exits_6(env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with FaultServer() as gone:
        url = gone.url
    env.setenv("PERISKOPE_BASE_URL", url)
    code, _, err = run(capsys, "--max-retries", "0", "chats", "list")
    assert code == cli.EXIT_NETWORK
    assert "Connection" in err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        ([], "required"),
        (["nothing"], "invalid choice"),
        (["messages"], "required"),
        (["messages", "get"], "MESSAGE_ID"),
        (["messages", "get", "   "], "message_id"),
        (["chats", "list", "--limit", "five"], "invalid int"),
        (["chats", "list", "--limit", "0"], "limit"),
        (["chats", "list", "--chat-type", "robot"], "invalid choice"),
        (["messages", "send", "--chat", "098765 43210", "--text", "x"], "country code"),
        (["messages", "send", "--text", "x"], "--chat"),
        (["chats", "update", "919876543210@c.us", "--custom-properties", "{oops"], "not JSON"),
        (["--phone", "+91 98765", "chats", "list"], "919876543210"),
    ],
)
def test_usage_errors_exit_2(
    server: FaultServer, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == cli.EXIT_USAGE
    assert out == ""
    assert err.count("\n") == 1
    assert words in err
    assert server.requests == []


def test_missing_api_key_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "messages", "get", SEED_ID)
    assert code == cli.EXIT_USAGE
    assert "PERISKOPE_API_KEY environment variable" in err
    assert "api_key=" not in err  # no Python advice on a command line


@pytest.mark.parametrize(
    ("key", "message", "shown"),
    [
        ("k", "fake 404 from GET /v1/chats", "fake 404 from GET /v1/chats"),  # a short key only where it stands alone
        ("k", "the key was k.", "the key was ***."),
        ("sk-live-0123456789abcdef", "echoed Bearer sk-live-0123456789abcdef!", "echoed Bearer ***!"),
        ("sk-live-0123456789abcdef", "token=xsk-live-0123456789abcdefx", "token=x***x"),  # a real key: anywhere
    ],
)
def test_redaction_hides_the_key_and_never_mangles_other_text(
    capsys: pytest.CaptureFixture[str], key: str, message: str, shown: str
) -> None:
    cli._fail(message, key)
    assert capsys.readouterr().err == f"periskope: error: {shown}\n"


def test_a_short_key_does_not_mangle_a_server_error(
    server: FaultServer, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("PERISKOPE_API_KEY", "k")
    code, _, err = run(capsys, "messages", "get", SEED_ID)
    assert code == cli.EXIT_AUTH
    assert "Invalid API key" in err  # not "Invalid API ***ey"


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "messages" in out
    assert "chats" in out
    code, out, _ = run(capsys, "chats", "list", "--help")
    assert code == 0
    assert "--all" in out
    assert "--limit N" in out
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"periskope {periskope.__version__}")


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, str | None]]:
    """(command words, one-line help) of every command, nested resources included."""
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help for choice in action._choices_actions}
    for name, sub in action.choices.items():
        if name not in helps:  # an alias (send-text for send_text)
            continue
        if sub.get_default("command") is not None or sub.get_default("unsupported") is not None:
            yield " ".join((*path, name)), helps[name]
        else:
            yield from leaf_commands(sub, (*path, name))


def test_every_command_has_its_whole_summary_as_help(capsys: pytest.CaptureFixture[str]) -> None:
    client = periskope.Periskope(api_key=API_KEY)
    found = dict(leaf_commands(cli.build_parser(client)))
    assert {"messages send", "messages forward", "chats list", "groups add_participants"} <= set(found)
    for words, help_ in found.items():
        target: Any = client
        for word in words.split():
            target = getattr(target, word)
        doc = inspect.getdoc(target) or ""
        first_paragraph = " ".join(doc.split("\n\n")[0].split())
        assert help_, f"{words} has no help"
        expected = first_paragraph or f"{words} (undocumented)"
        assert help_ == expected, f"{words}: help {help_!r} is not the docstring's whole first paragraph"
    code, out, _ = run(capsys, "messages", "--help")
    assert code == 0
    assert " ".join(out.split()).count(found["messages send"]) == 1  # printed whole, not cut at a line break


# Discovery ----------------------------------------------------------------------------------------------------------


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_every_resource_and_method_of_the_client_is_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    client = periskope.Periskope(api_key=API_KEY)
    found = dict(cli.resources(client))
    resources = subcommands(cli.build_parser(client))
    assert set(resources) == set(found)
    expected = {"messages", "chats", "groups", "contacts", "tickets", "phones", "queue", "notes", "reactions"}
    assert expected <= set(found)
    for name, resource in found.items():
        assert isinstance(resource, SyncResource)
        methods = [method for method, _ in cli.methods(resource)]
        assert methods, name
        assert "with_raw_response" not in methods
        commands = subcommands(resources[name])
        for method in methods:
            assert method in commands, (name, method)
            assert commands[method].get_default("command") is not None, f"{name} {method} is not supported"
            assert commands[method].get_default("command").path == (name, method)
    code, out, _ = run(capsys, "groups", "--help")
    assert (code, "participants" in out) == (0, True)


class Widget:
    def __init__(self, widget_id: str, size: int) -> None:
        self.widget_id, self.size = widget_id, size

    def to_dict(self) -> dict[str, Any]:
        return {"widget_id": self.widget_id, "size": self.size}


class Widgets(SyncResource):
    """client.widgets: a resource the CLI has never heard of."""

    calls: list[tuple[Any, ...]] = []  # noqa: RUF012

    def get(self, widget_id: str, *, verbose: bool = False, ratio: float | None = None, **request: Any) -> Widget:
        """One widget."""
        Widgets.calls.append(("get", widget_id, verbose, ratio))
        return Widget(widget_id, 1)

    def list(self, *, limit: int | None = None, tags: list[str] | None = None, **request: Any) -> SyncPage[Widget]:
        Widgets.calls.append(("list", limit, tags))
        items = [Widget(f"w{n}", n) for n in range(limit or 3)]
        return SyncPage(items, 10, Window(0, limit, None), lambda at: SyncPage([], 10, at, lambda _: None))  # type: ignore[arg-type,return-value]

    def delete(self, widget_id: str, **request: Any) -> None:
        Widgets.calls.append(("delete", widget_id))


def test_a_resource_added_to_the_client_appears_without_code_changes(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setattr(SyncClientNamespaces, "widgets", property(Widgets), raising=False)
    Widgets.calls.clear()
    code, out, _ = run(capsys, "widgets", "get", "w9", "--verbose", "--ratio", "0.5")
    assert (code, json.loads(out)) == (0, {"widget_id": "w9", "size": 1})
    code, out, _ = run(capsys, "widgets", "list", "--limit", "2", "--tags", "a", "b")
    assert (code, json.loads(out)) == (0, {"items": [{"widget_id": "w0", "size": 0}, {"widget_id": "w1", "size": 1}],
                                           "count": 10})  # fmt: skip
    code, out, _ = run(capsys, "widgets", "delete", "w1")
    assert (code, out) == (0, "")
    assert Widgets.calls == [("get", "w9", True, 0.5), ("list", 2, ["a", "b"]), ("delete", "w1")]


def test_json_output_handles_datetimes_enums_and_handles() -> None:
    from datetime import UTC, datetime  # noqa: PLC0415

    value = {"when": datetime(2025, 1, 28, tzinfo=UTC), "ack": periskope.Ack.DELIVERED_ALL, "items": (1, 2)}
    text = json.dumps(cli.to_json(value), default=cli._json_default)
    assert json.loads(text) == {"when": "2025-01-28T00:00:00+00:00", "ack": 3, "items": [1, 2]}


# The installed command --------------------------------------------------------------------------------------------


def test_the_installed_command_runs_as_a_subprocess(server: FaultServer) -> None:
    script = ROOT / ".venv" / "bin" / "periskope"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "periskope.cli"]
    environ = {**os.environ, "PERISKOPE_LOG": "debug"}
    done = subprocess.run([*command, "messages", "get", SEED_ID], capture_output=True, text=True, env=environ,
                          timeout=30, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["message_id"] == SEED_ID
    assert "DEBUG request GET" in done.stderr  # PERISKOPE_LOG=debug logs to stderr, never stdout
    assert API_KEY not in done.stdout + done.stderr
    assert PHONE not in done.stderr
    server.script("*", status(404))
    done = subprocess.run([*command, "messages", "get", SEED_ID], capture_output=True, text=True, env=environ,
                          timeout=30, check=False)  # fmt: skip
    assert done.returncode == cli.EXIT_NOT_FOUND
    assert API_KEY not in done.stderr
