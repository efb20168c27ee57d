"""Items 4 and 5 of the hardening issue: a response cannot take unbounded memory, a call cannot take unbounded time.

The memory cases run in a child process under `resource.setrlimit(RLIMIT_AS)`: the client must stop reading at its
size cap (64 MB by default), so a child with 512 MB of address space survives a gigabyte of response.
"""

from __future__ import annotations

import functools
import gzip
import os
import socket
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import API_KEY, PHONE, Recorder, call, json_response, seed_example
from loopback import LoopbackServer
from raw_server import RawRequest, RawServer, chunk, head, whole

import periskope

MB = 1024 * 1024


@functools.cache
def inflating_to(size: int) -> bytes:
    """A gzip stream that inflates to `size` zero bytes (about size / 1000 on the wire), without its trailer: the
    client must stop long before the end. Made from one compressed megabyte repeated (a full flush after each makes
    every one after the first the same bytes), which is much faster than compressing a gigabyte."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    block = bytes(MB)
    first, second, third = (compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH) for _ in range(3))
    assert second == third
    return first + second * (size // MB - 1)


def endless(request: RawRequest) -> Iterator[bytes | float]:
    yield head(200, content_type="application/json")
    block = chunk(b"[" * 65536)
    while True:
        yield block


def gzip_bomb(size: int) -> Any:
    def reply(request: RawRequest) -> Iterator[bytes | float]:
        body = inflating_to(size)
        yield head(200, length=len(body), content_type="application/json", content_encoding="gzip") + body

    return reply


def huge(size: int) -> Any:
    def reply(request: RawRequest) -> Iterator[bytes | float]:
        yield head(200, length=size, content_type="application/json")
        for _ in range(size // MB):
            yield b" " * MB

    return reply


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def get_message(kind: str, url: str, **options: Any) -> Any:
    options.setdefault("max_retries", 0)
    cls = periskope.Periskope if kind == "sync" else periskope.AsyncPeriskope
    client = cls(API_KEY, PHONE, base_url=url, rate_budget=False, **options)
    try:
        return await call(client.messages.get("m"))
    finally:
        await call(client.close())


# 4. The size cap ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        lambda request: [whole(200, b" " * 5000, content_type="application/json")],  # declared too long
        endless,  # chunked, never ends
        gzip_bomb(8 * MB),  # small on the wire, too large once inflated
    ],
    ids=["content-length", "endless-chunked", "gzip-bomb"],
)
async def test_a_body_over_the_cap_raises_response_too_large(kind: str, reply: Any) -> None:
    with RawServer(reply) as server, pytest.raises(periskope.ResponseTooLargeError) as caught:
        await get_message(kind, server.url, max_response_bytes=4096)
    assert caught.value.limit == 4096
    assert caught.value.status_code == 200
    assert "max_response_bytes" in str(caught.value)
    assert isinstance(caught.value, periskope.APIError)


async def test_a_body_within_the_cap_is_read(kind: str) -> None:
    body = gzip.compress(json_response(200, seed_example()).content)
    reply = [head(200, length=len(body), content_type="application/json", content_encoding="gzip") + body]
    with RawServer(lambda request: reply) as server:
        message = await get_message(kind, server.url, max_response_bytes=64 * 1024)
    assert message.message_id == seed_example()["message_id"]


def test_the_cap_must_be_positive() -> None:
    for bad in (0, -1, 1.5, True):
        with pytest.raises(periskope.PeriskopeError, match="max_response_bytes"):
            periskope.Periskope(API_KEY, max_response_bytes=bad)


CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (512 * 1024 * 1024, 512 * 1024 * 1024))
    import periskope
    client = periskope.Periskope("sk-child", base_url=sys.argv[1], max_retries=0, rate_budget=False)
    try:
        client.messages.get("m")
    except periskope.ResponseTooLargeError as error:
        print("capped at", error.limit)
        sys.exit(0)
    except MemoryError:
        sys.exit(3)
    sys.exit(4)
    """
)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "reply", [gzip_bomb(1024 * MB), endless, huge(1024 * MB)], ids=["1GB-gzip-bomb", "endless-chunked", "1GB-body"]
)
def test_the_default_cap_keeps_a_gigabyte_response_within_512_mb(reply: Any) -> None:
    with RawServer(reply) as server:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, server.url], capture_output=True, text=True, timeout=90, check=False
        )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"capped at {64 * MB}"


# 5. The deadline: timeout= bounds the whole call ----------------------------------------------------------------------


def trickle(request: RawRequest) -> Iterator[bytes | float]:
    """A valid message, one byte every 0.25 s: each read succeeds well within any read timeout."""
    body = whole(200, seed_example())
    cut = body.index(b"\r\n\r\n") + 4
    yield body[:cut]
    for byte in body[cut:]:
        yield bytes([byte])
        yield 0.25


async def test_a_trickled_body_cannot_hold_a_call_past_its_timeout(kind: str) -> None:
    """Without an overall deadline the call would succeed after minutes; with timeout=1 it times out."""
    with RawServer(trickle) as server, pytest.raises(periskope.APITimeoutError) as caught:
        await get_message(kind, server.url, timeout=1.0, max_retries=2)
    assert "deadline" in str(caught.value.__cause__)
    assert len(server.requests) == 1  # no retry: the deadline has passed


def trickled_head(request: RawRequest) -> Iterator[bytes | float]:
    """A status line and a header that never ends, one byte every 0.02 s: each read succeeds well within any read
    timeout, so only a deadline on the whole call ends it (h11 would give up after 64 KB: some twenty minutes)."""
    for byte in b"HTTP/1.1 200 OK\r\nX-Padding: ":
        yield bytes([byte])
        yield 0.02
    while True:
        yield b"."
        yield 0.02


@pytest.mark.timeout(30)
async def test_a_trickled_status_line_and_headers_cannot_hold_a_call_past_its_timeout(kind: str) -> None:
    """The deadline holds before the response has begun too: every socket read waits at most for what is left."""
    with RawServer(trickled_head) as server, pytest.raises(periskope.APITimeoutError) as caught:
        await get_message(kind, server.url, timeout=1.0, max_retries=2)
    assert "the call's deadline passed" in str(caught.value.__cause__)
    assert len(server.requests) == 1


@pytest.mark.timeout(30)
async def test_the_deadline_holds_with_a_client_of_your_own(kind: str) -> None:
    """http_client= is bounded the same way: the clients give its connection pools the deadline too."""
    own = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    with RawServer(trickled_head) as server, pytest.raises(periskope.APITimeoutError) as caught:
        await get_message(kind, server.url, timeout=1.0, http_client=own)
    assert "deadline passed" in str(caught.value.__cause__)
    await call(own.close() if kind == "sync" else own.aclose())


@pytest.mark.timeout(30)
async def test_the_deadline_holds_through_a_proxy_from_the_environment(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTPS_PROXY gives httpx a transport of its own per proxy: its pool is bounded as well (here the proxy trickles
    its answer to the CONNECT)."""
    with RawServer(trickled_head) as proxy, pytest.raises(periskope.APITimeoutError) as caught:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        await get_message(kind, "https://api.periskope.invalid/v1", timeout=1.0)
    assert "deadline passed" in str(caught.value.__cause__)
    assert (proxy.requests[0].method, proxy.requests[0].target) == ("CONNECT", "api.periskope.invalid:443")


@pytest.mark.timeout(30)
async def test_the_deadline_holds_with_the_pool_a_forked_child_makes(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = periskope.Periskope if kind == "sync" else periskope.AsyncPeriskope
    with RawServer(trickled_head) as server:
        client = cls(API_KEY, PHONE, base_url=server.url, rate_budget=False, timeout=1.0, max_retries=0)
        monkeypatch.setattr(os, "getpid", lambda: -1)  # as in a forked child: the client makes a new pool
        with pytest.raises(periskope.APITimeoutError) as caught:
            await call(client.messages.get("m"))
        await call(client.close())
    assert "the call's deadline passed" in str(caught.value.__cause__)


class SlowReader(LoopbackServer):
    """Reads what it is sent 4 KB every 0.05 s, through a small receive window, and never answers."""

    def __init__(self) -> None:
        super().__init__()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # the accepted socket inherits it
        self.received = 0

    def _serve(self, conn: socket.socket) -> None:
        while not self._stopping.wait(0.05) and (data := conn.recv(4096)):
            self.received += len(data)


@pytest.mark.timeout(30)
async def test_a_slowly_read_request_body_cannot_hold_a_call_past_its_timeout(kind: str) -> None:
    """Sending is bounded too. With small socket buffers every send() makes progress within the write timeout, so
    4 MB to a server that reads 80 KB/s would take a minute; the call ends at its deadline."""
    small_buffers = [(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)]
    sync = kind == "sync"
    own: Any = (httpx.Client if sync else httpx.AsyncClient)(
        transport=(httpx.HTTPTransport if sync else httpx.AsyncHTTPTransport)(socket_options=small_buffers)
    )
    with SlowReader() as server, pytest.raises(periskope.APITimeoutError) as caught:
        client = (periskope.Periskope if sync else periskope.AsyncPeriskope)(
            API_KEY, PHONE, base_url=server.url, http_client=own, rate_budget=False, timeout=1.0
        )
        await call(client.put("/note/n", body={"note": "x" * 4 * MB}))
    await call(own.close() if sync else own.aclose())
    assert "the call's deadline passed" in str(caught.value.__cause__)
    assert server.received < 2 * MB


async def test_a_retry_after_beyond_the_deadline_is_not_waited_for(make_client: Any, sleeps: list[float]) -> None:
    busy = json_response(503, {"message": "busy"}, **{"Retry-After": "45"})
    client = make_client(Recorder(busy), timeout=2.0)
    with pytest.raises(periskope.InternalServerError):
        await call(client.messages.get("m"))
    assert sleeps == []


async def test_a_backoff_beyond_the_deadline_is_not_taken(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(500, {"message": "down"}))
    client = make_client(recorder, timeout=0.3)  # the first backoff is 0.375-0.5 s
    with pytest.raises(periskope.InternalServerError):
        await call(client.messages.get("m"))
    assert sleeps == []
    assert len(recorder.requests) == 1


async def test_waits_within_the_deadline_are_taken(make_client: Any, sleeps: list[float]) -> None:
    busy = json_response(503, {"message": "busy"}, **{"Retry-After": "1"})
    recorder = Recorder(busy, busy, json_response(200, seed_example()))
    client = make_client(recorder, timeout=5.0)
    await call(client.messages.get("m"))
    assert sleeps == [1.0, 1.0]
