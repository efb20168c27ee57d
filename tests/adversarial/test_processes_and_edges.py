"""Items 9-11 of the hardening issue: fork safety, ids that a URL resolver would collapse, pagination that a server
can make short or endless. (Item 12's verify= contract: tests/test_webhooks.py.)"""

from __future__ import annotations

import os
import signal
import time
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from conftest import API_KEY, PHONE, Recorder, call, json_response
from fault_server import FaultServer

import periskope

# 9. Fork --------------------------------------------------------------------------------------------------------------


def wait_for(pid: int, seconds: float) -> int:
    """The child's exit code; a child still running after `seconds` is killed and counts as a failure."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return -1


def in_child(work: Any) -> int:
    """Fork; the child runs `work()` (True: success) and reports only through its exit code, never returning into
    pytest. The parent gets the child's pid."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            code = 0 if work() else 2
        finally:
            os._exit(code)
    return pid


# Python 3.12+ warns when a process with threads (here the loopback server's) forks; that is the point of the test.
FORK_WARNING = "ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"


@pytest.mark.filterwarnings(FORK_WARNING)
def test_a_forked_child_opens_its_own_connection() -> None:
    """gunicorn --preload, Celery prefork and multiprocessing fork a process whose client has pooled keep-alive
    connections: the child must not use the parent's (a shared socket hands one process the other's responses)."""
    with FaultServer() as server:
        client = periskope.Periskope(API_KEY, PHONE, base_url=server.url, rate_budget=False, max_retries=0)
        client.messages.get("warm-up")  # a pooled keep-alive connection, inherited by the child
        child_exit = wait_for(in_child(lambda: client.messages.get("child").message_id == "child"), 30)
        after_child = server.connections
        assert client.messages.get("parent").message_id == "parent"
        client.close()
    assert child_exit == 0
    assert after_child == 2  # the child did not send on the inherited connection
    assert server.connections == 2  # and the parent's own is still there to use


@pytest.mark.filterwarnings(FORK_WARNING)
def test_parent_and_child_calling_at_once_each_get_their_own_responses() -> None:
    with FaultServer() as server:
        client = periskope.Periskope(API_KEY, PHONE, base_url=server.url, rate_budget=False, max_retries=0)
        client.messages.get("warm-up")

        def calls(who: str) -> int:
            return sum(client.messages.get(f"{who}-{n}").message_id != f"{who}-{n}" for n in range(40))

        pid = in_child(lambda: calls("child") == 0)
        wrong = calls("parent")
        child_exit = wait_for(pid, 30)
        client.close()
    assert wrong == 0
    assert child_exit == 0


@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
async def test_after_a_fork_the_client_makes_a_new_pool_but_keeps_one_it_was_given(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    own = cls(API_KEY, PHONE, rate_budget=False)
    http_client = httpx.Client(transport=httpx.MockTransport(Recorder())) if cls is periskope.Periskope else None
    if http_client is None:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(Recorder()))
    given = cls(API_KEY, PHONE, rate_budget=False, http_client=http_client)
    inherited = own._http
    monkeypatch.setattr(os, "getpid", lambda: -1)  # as in a forked child
    own._after_fork()
    given._after_fork()
    assert own._http is not inherited
    assert type(own._http) is type(inherited)
    assert given._http is http_client  # the caller's to replace
    await call(given.messages.get("m"))


# 10. Ids that are not one path segment --------------------------------------------------------------------------------

DOT_IDS = [".", "..", " .. "]


@pytest.mark.parametrize("bad", DOT_IDS)
@pytest.mark.parametrize(
    "operation",
    [
        lambda c, bad: c.messages.get(bad),
        lambda c, bad: c.messages.delete(bad),
        lambda c, bad: c.messages.react(bad, reaction="👍"),
        lambda c, bad: c.messages.edit(bad, edited_body="x"),
        lambda c, bad: c.chats.get(bad),
    ],
    ids=["messages.get", "messages.delete", "messages.react", "messages.edit", "chats.get"],
)
async def test_dot_segment_ids_are_refused_before_any_request(make_client: Any, operation: Any, bad: str) -> None:
    """`messages.delete('..')` would be `POST /v1/delete` behind a WHATWG URL parser, even sent as %2E%2E."""
    recorder = Recorder()
    with pytest.raises(periskope.InvalidIdError):
        await call(operation(make_client(recorder), bad))
    assert recorder.requests == []


# 11. Pagination a server can make short or endless --------------------------------------------------------------------


def chat(n: int) -> dict[str, Any]:
    return {"chat_id": f"91987654{n:04d}@c.us", "org_id": "org", "chat_name": f"Chat {n}"}


def chats_server(total: int, *, cap: int, honour_offset: bool = True) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        offset = int(query.get("offset", ["0"])[0]) if honour_offset else 0
        limit = min(int(query.get("limit", ["20"])[0]), cap)
        page = [chat(n) for n in range(offset, min(offset + limit, total))]
        return json_response(200, {"chats": page, "count": total, "from": offset + 1, "to": offset + len(page)})

    return Recorder(answer)


async def iterate(result: Any) -> list[Any]:
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    return list(result)


async def test_a_limit_over_the_maximum_is_clamped_so_a_capped_server_is_paged_through(make_client: Any) -> None:
    """A server that caps pages at 2000 must not look like one whose first page was the last."""
    recorder = chats_server(4500, cap=2000)
    items = await iterate(make_client(recorder).chats.list(limit=5000))
    assert [item.chat_id for item in items] == [chat(n)["chat_id"] for n in range(4500)]
    assert [r.url.params["limit"] for r in recorder.requests] == ["2000", "2000", "2000"]


async def test_a_server_that_ignores_offset_stops_iteration_with_an_error(make_client: Any) -> None:
    recorder = chats_server(100, cap=2000, honour_offset=False)
    with pytest.raises(periskope.DecodeError, match="repeats"):
        await iterate(make_client(recorder).chats.list(limit=10))
    assert len(recorder.requests) == 2


async def test_a_page_longer_than_its_limit_is_an_error(make_client: Any) -> None:
    """Item 4: a server that answers `limit=10` with far more items is refused, not handed on as a page (its body is
    bounded by max_response_bytes while it is read)."""
    everything = [chat(n) for n in range(5000)]
    recorder = Recorder(json_response(200, {"chats": everything, "count": 5000, "from": 1, "to": 5000}))
    with pytest.raises(periskope.DecodeError, match="5000 items for a page of at most 10"):
        await iterate(make_client(recorder).chats.list(limit=10))
    assert len(recorder.requests) == 1
