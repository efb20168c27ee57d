"""Argument checks with typed errors before any request, and closing: a closed client says so, and closing one
client leaves its with_options copies working (they share one connection pool, closed by the last holder)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import API_KEY, PHONE, Recorder, call
from fault_server import FaultServer

import periskope

BAD_TIMEOUTS = [-1, 0, "5", True, httpx.Timeout(5.0, read=-1.0)]
BAD_RETRIES = [True, -1, 1.5, "2"]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_a_bad_timeout_is_refused_by_the_constructor(cls: type, timeout: object) -> None:
    with pytest.raises(periskope.PeriskopeError, match="timeout must be"):
        cls(api_key=API_KEY, timeout=timeout)


@pytest.mark.parametrize("max_retries", BAD_RETRIES, ids=repr)
@pytest.mark.parametrize("cls", [periskope.Periskope, periskope.AsyncPeriskope])
def test_a_bad_max_retries_is_refused_by_the_constructor(cls: type, max_retries: object) -> None:
    with pytest.raises(periskope.PeriskopeError, match="max_retries must be"):
        cls(api_key=API_KEY, max_retries=max_retries)


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
async def test_a_bad_timeout_is_refused_by_with_options_and_per_call(make_client: Any, timeout: object) -> None:
    recorder = Recorder()
    client = make_client(recorder)
    with pytest.raises(periskope.PeriskopeError, match="timeout must be"):
        client.with_options(timeout=timeout)
    with pytest.raises(periskope.PeriskopeError, match="timeout must be"):
        await call(client.messages.get("m", timeout=timeout))
    assert recorder.requests == []


@pytest.mark.parametrize("max_retries", BAD_RETRIES, ids=repr)
async def test_a_bad_max_retries_is_refused_by_with_options_and_per_call(make_client: Any, max_retries: object) -> None:
    recorder = Recorder()
    client = make_client(recorder)
    with pytest.raises(periskope.PeriskopeError, match="max_retries must be"):
        client.with_options(max_retries=max_retries)
    with pytest.raises(periskope.PeriskopeError, match="max_retries must be"):
        await call(client.messages.get("m", max_retries=max_retries))
    assert recorder.requests == []


async def test_good_timeouts_are_taken(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder, timeout=2)
    await call(client.messages.get("m", timeout=httpx.Timeout(3.0, connect=1.0)))
    await call(client.with_options(timeout=None).messages.get("m"))
    assert [r.extensions["timeout"]["read"] for r in recorder.requests] == [3.0, None]
    assert client.timeout == 2.0


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=API_KEY) as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def own_pool_client(request: pytest.FixtureRequest, server: FaultServer) -> Any:
    """A client that makes its own connection pool (the case where closing matters)."""
    cls = periskope.Periskope if request.param == "sync" else periskope.AsyncPeriskope
    return cls(API_KEY, PHONE, base_url=server.url, rate_budget=False, max_retries=0)


async def test_closing_a_client_leaves_its_copies_working(own_pool_client: Any, server: FaultServer) -> None:
    client = own_pool_client
    copy = client.with_options(timeout=10.0)
    await call(client.close())
    await call(copy.chats.list())  # the pool is still open: the copy holds it
    assert not copy._http.is_closed
    await call(copy.close())
    assert copy._http.is_closed  # the last holder closed it
    assert len(server.requests) == 1


async def test_closing_a_copy_leaves_the_client_working(own_pool_client: Any, server: FaultServer) -> None:
    client = own_pool_client
    copy = client.with_options(phone=None)
    await call(copy.close())
    await call(copy.close())  # twice: a no-op
    await call(client.chats.list())
    del copy
    gc.collect()
    await call(client.with_options(max_retries=1).chats.list())  # a copy dropped without close() lets go too
    gc.collect()
    await call(client.close())
    assert client._http.is_closed
    assert len(server.requests) == 2


async def test_a_closed_client_raises_a_periskope_error_that_says_so(own_pool_client: Any, server: FaultServer) -> None:
    client = own_pool_client
    await call(client.close())
    with pytest.raises(periskope.PeriskopeError, match="client is closed"):
        await call(client.chats.list())
    with pytest.raises(periskope.PeriskopeError, match="client is closed"):
        client.with_options(timeout=1.0)
    assert server.requests == []


async def test_a_closed_http_client_raises_a_periskope_error(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder)
    await call(client._http.aclose() if isinstance(client, periskope.AsyncPeriskope) else client._http.close())
    with pytest.raises(periskope.PeriskopeError, match=r"http_client given to this .* is closed"):
        await call(client.messages.get("m"))
    assert recorder.requests == []
