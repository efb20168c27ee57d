"""A call's deadline enforced at the socket.

httpx's timeouts bound each read, write or connect on its own: a server that sends the status line and headers one
byte at a time, each within the read timeout, could hold a call for as long as it likes. The clients wrap the
network backend of their connection pools so that, while a call runs (`enforce(at)`), every connect, TLS handshake,
read and write waits at most until the call's deadline, and fails with a timeout once it has passed.

httpcore's network backends are public API, but httpx does not take one yet (encode/httpx discussion 3180, pull
request 3749), so `install` sets it on the pools of a client's transports (the default one and the proxy mounts); a
transport that is not httpx's own (a mock, a cache) is left as it is, and the clients still check the deadline
between body chunks.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

_WRITE_PIECE = 16 * 1024  # a sync write's timeout bounds each send(), not the whole: a slow reader gets small pieces
_DEADLINE: ContextVar[float | None] = ContextVar("periskope_call_deadline", default=None)


@contextmanager
def enforce(at: float | None) -> Iterator[None]:
    """Bound this thread's or task's socket operations by `at` (time.monotonic()); None: no deadline."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def install(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make `client`'s own connection pools honour the call deadline (again: a no-op)."""
    for transport in [client._transport, *client._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, httpcore.ConnectionPool) and not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
        elif isinstance(pool, httpcore.AsyncConnectionPool) and not isinstance(pool._network_backend, _AsyncBackend):
            pool._network_backend = _AsyncBackend(pool._network_backend)


@contextmanager
def _bounded(timeout: float | None, error: type[httpcore.TimeoutException], doing: str) -> Iterator[float | None]:
    """One socket operation's timeout, cut to the time the call has left; a timeout of a cut operation is the call's
    deadline passing, and says so."""
    at = _DEADLINE.get()
    left = None if at is None else at - time.monotonic()
    if left is None or (timeout is not None and timeout <= left):
        yield timeout
        return
    if left <= 0:
        raise error(f"the call's deadline passed before {doing}")
    try:
        yield left
    except error as exc:
        raise error(f"the call's deadline passed while {doing}") from exc


def _reading(timeout: float | None) -> AbstractContextManager[float | None]:
    return _bounded(timeout, httpcore.ReadTimeout, "reading the response")


def _writing(timeout: float | None) -> AbstractContextManager[float | None]:
    return _bounded(timeout, httpcore.WriteTimeout, "sending the request")


def _connecting(timeout: float | None) -> AbstractContextManager[float | None]:
    return _bounded(timeout, httpcore.ConnectTimeout, "connecting")


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _reading(timeout) as left:
            return self._stream.read(max_bytes, left)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        for start in range(0, len(buffer), _WRITE_PIECE):
            with _writing(timeout) as left:
                self._stream.write(buffer[start : start + _WRITE_PIECE], left)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        with _connecting(timeout) as left:
            return _Stream(self._stream.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        with _connecting(timeout) as left:
            return _Stream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        with _connecting(timeout) as left:
            return _Stream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _reading(timeout) as left:
            return await self._stream.read(max_bytes, left)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # anyio/trio bound the whole write
        with _writing(timeout) as left:
            await self._stream.write(buffer, left)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        with _connecting(timeout) as left:
            return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        with _connecting(timeout) as left:
            return _AsyncStream(await self._backend.connect_tcp(host, port, left, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        with _connecting(timeout) as left:
            return _AsyncStream(await self._backend.connect_unix_socket(path, left, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
