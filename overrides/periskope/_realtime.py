"""Realtime events over socket.io: the same typed events as webhooks, pushed to a callback.

    from periskope import Realtime, webhooks

    realtime = Realtime()  # PERISKOPE_API_KEY, PERISKOPE_PHONE, PERISKOPE_BASE_URL

    @realtime.on("message.created")
    def on_message(event: webhooks.MessageEvent) -> None:
        print(event.data.body)

    realtime.connect()
    realtime.wait()

`AsyncRealtime` is the same on asyncio (handlers may be coroutines): `await realtime.connect()`, `.wait()`.

Needs python-socketio (and aiohttp for the async one): `pip install periskope[realtime]`. Connects to the API host
(the base URL's scheme and host, socket.io's default path) with the same `Authorization: Bearer` and `x-phone` headers
as the REST client, as the official SDK does. Whenever the connection ends without `disconnect()` (the network
dropped, or the server closed it), it reconnects with backoff (`reconnection_delay` doubling up to
`reconnection_delay_max`, jittered). A refused key (on connect, or while reconnecting) is an AuthenticationError:
`connect()` raises it, `wait()` raises it and stops. An event's name is the socket event's name, whatever its payload
says. Sync handlers run on python-socketio's background thread, one event at a time.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import random
import threading
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, TypeVar, overload

import httpx

from ._client import DEFAULT_BASE_URL, check_phone
from ._errors import AuthenticationError, PeriskopeError
from ._logs import logger
from ._version import USER_AGENT
from .webhooks import Deduplicator, Event, parse

__all__ = ["AsyncRealtime", "Realtime", "RealtimeAuthenticationError", "RealtimeConnectionError"]

HandlerT = TypeVar("HandlerT", bound=Callable[..., object])
Handler = Callable[[Event[Any]], object]

ANY_EVENT = "*"
_CLIENT_DISCONNECT = "client disconnect"
_REFUSED = ("namespaces failed to connect", "status code 401", "status code 403")


class RealtimeConnectionError(PeriskopeError, ConnectionError):
    """The realtime connection could not be opened."""


class RealtimeAuthenticationError(AuthenticationError, RealtimeConnectionError):
    """The server refused the realtime connection: the API key (or phone) is wrong or revoked."""

    def __init__(self, message: str, *, url: str) -> None:
        body = {"code": "UNAUTHORIZED_ERROR", "message": message}
        response = httpx.Response(401, json=body, request=httpx.Request("GET", url))
        super().__init__(message, response=response, body=body)


def _socketio() -> ModuleType:
    try:
        return importlib.import_module("socketio")
    except ImportError as exc:
        raise PeriskopeError("Realtime events need python-socketio: pip install 'periskope[realtime]'") from exc


class _RealtimeBase:
    """Configuration, handlers and event decoding, shared by Realtime and AsyncRealtime."""

    def __init__(
        self,
        api_key: str | None = None,
        phone: str | int | None = None,
        *,
        base_url: str | None = None,
        transports: list[str] | None = None,
        reconnection_delay: float = 1.0,
        reconnection_delay_max: float = 5.0,
        dedupe: Deduplicator | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("PERISKOPE_API_KEY")
        if not api_key:
            raise PeriskopeError("No API key: pass api_key=... or set the PERISKOPE_API_KEY environment variable.")
        if not api_key.isprintable() or api_key != api_key.strip() or " " in api_key:
            raise PeriskopeError("The API key contains whitespace or control characters (a line ending?): remove them.")
        phone = phone if phone is not None else os.environ.get("PERISKOPE_PHONE") or None
        self._api_key: str = api_key
        self.phone: str | None = check_phone(phone) if phone is not None else None
        base = httpx.URL(base_url or os.environ.get("PERISKOPE_BASE_URL") or DEFAULT_BASE_URL)
        self.url: str = f"{base.scheme}://{base.netloc.decode('ascii')}"
        self.transports = transports
        self.reconnection_delay = reconnection_delay
        self.reconnection_delay_max = reconnection_delay_max
        self.dedupe = dedupe
        self.error: RealtimeConnectionError | None = None  # why reconnecting stopped, if it did
        self._handlers: dict[str, list[Handler]] = {}
        self._lock = threading.Lock()
        self._sio: Any = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, phone={self.phone!r}, connected={self.connected})"

    @overload
    def on(self, event: str) -> Callable[[HandlerT], HandlerT]: ...
    @overload
    def on(self, event: str, handler: HandlerT) -> HandlerT: ...

    def on(self, event: str, handler: HandlerT | None = None) -> HandlerT | Callable[[HandlerT], HandlerT]:
        """Call `handler(event)` for each event with this name (`"*"`: every event). Usable as a decorator."""

        def register(function: HandlerT) -> HandlerT:
            with self._lock:
                self._handlers.setdefault(event, []).append(function)
            return function

        return register(handler) if handler is not None else register

    @property
    def connected(self) -> bool:
        return bool(self._sio is not None and self._sio.connected)

    def _headers(self) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": USER_AGENT}
        if self.phone is not None:
            headers["x-phone"] = self.phone
        return headers

    def _connect_kwargs(self, timeout: float) -> dict[str, Any]:
        return {"headers": self._headers(), "transports": self.transports, "wait_timeout": timeout}

    def _set_error(self, error: RealtimeConnectionError | None) -> None:
        """Why reconnecting stopped (None: it has not), set here so that the attribute keeps one declared type."""
        self.error = error

    def _failure(self, exc: BaseException) -> RealtimeConnectionError:
        """The typed error of a failed connection attempt, without the key."""
        detail = str(exc).replace(self._api_key, "***")
        if any(mark in detail for mark in _REFUSED):
            return RealtimeAuthenticationError(f"{self.url} refused the API key: {detail}", url=self.url)
        return RealtimeConnectionError(f"Could not connect to {self.url}: {detail}")

    def _delays(self) -> Any:
        """Reconnection delays: doubling from reconnection_delay up to reconnection_delay_max, jittered."""
        delay = self.reconnection_delay
        while True:
            yield delay * (0.5 + random.random() / 2)
            delay = min(delay * 2, self.reconnection_delay_max)

    def _event(
        self, name: str, args: tuple[Any, ...]
    ) -> tuple[Event[Any], list[Callable[[Event[Any]], object]]] | None:
        """The typed event of a socket event, and its handlers; None when it is dropped. The socket event's name
        wins over an `event` field in a full envelope."""
        payload = args[0] if len(args) == 1 else list(args)
        envelope: Mapping[str, Any] = {"event": name, "data": payload}
        if isinstance(payload, Mapping) and isinstance(payload.get("event"), str) and "data" in payload:
            if payload["event"] != name:
                logger.warning(
                    "realtime: a %r event whose payload says %r: handled as %r", name, payload["event"], name
                )
            envelope = {**payload, "event": name}  # a full envelope, as webhooks deliver it
        try:
            event = parse(envelope)
        except PeriskopeError:
            logger.warning("realtime: dropped a malformed %r event", name, exc_info=True)
            return None
        if self.dedupe is not None and self.dedupe.seen(event):
            return None
        with self._lock:
            handlers = [*self._handlers.get(event.name, ()), *self._handlers.get(ANY_EVENT, ())]
        return event, handlers


class Realtime(_RealtimeBase):
    """A socket.io connection that delivers Periskope events as typed `periskope.webhooks` events."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stopping = threading.Event()  # disconnect() was called
        self._stopped = threading.Event()  # no connection and none coming: wait() returns
        self._reconnector: threading.Thread | None = None
        self._timeout = 10.0

    def connect(self, *, timeout: float = 10.0) -> None:
        """Open the connection; returns once connected. RealtimeConnectionError if that fails
        (RealtimeAuthenticationError, also an AuthenticationError, when the key is refused)."""
        socketio = _socketio()
        if self.connected:
            return
        self.disconnect()  # a client still trying to reconnect
        self._stopping.clear()
        self._stopped.clear()
        self._set_error(None)
        self._sio = socketio.Client(reconnection=False, logger=False, engineio_logger=False)
        self._sio.on("*", self._dispatch)
        self._sio.on("connect", lambda: logger.info("realtime connected to %s", self.url))
        self._sio.on("disconnect", self._on_disconnect)
        self._timeout = timeout
        try:
            self._open()
        except RealtimeConnectionError:
            self._sio = None
            self._stopped.set()
            raise

    def wait(self) -> None:
        """Block while connected or reconnecting; returns after `disconnect()`. Raises the AuthenticationError that
        stopped reconnecting, if one did."""
        if self._sio is None and self.error is None:
            return
        self._stopped.wait()
        if self.error is not None:
            raise self.error

    def disconnect(self) -> None:
        """Close the connection and stop reconnecting."""
        self._stopping.set()
        if self._sio is not None and self._sio.connected:
            self._sio.disconnect()
        reconnector = self._reconnector
        if reconnector is not None and reconnector is not threading.current_thread():
            reconnector.join()
        self._stopped.set()

    def __enter__(self) -> Realtime:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.disconnect()

    def _open(self) -> None:
        socketio = _socketio()
        try:
            self._sio.connect(self.url, **self._connect_kwargs(self._timeout))
        except (socketio.exceptions.ConnectionError, ValueError) as exc:
            raise self._failure(exc) from None

    def _on_disconnect(self, reason: object = None) -> None:
        logger.info("realtime disconnected (%s)", reason)
        if reason == _CLIENT_DISCONNECT or self._stopping.is_set():
            return
        with self._lock:
            if self._reconnector is not None and self._reconnector.is_alive():
                return
            self._reconnector = threading.Thread(target=self._reconnect, name="periskope-realtime", daemon=True)
            self._reconnector.start()

    def _reconnect(self) -> None:
        for delay in self._delays():
            if self._stopping.wait(delay):
                return
            try:
                self._open()
            except RealtimeAuthenticationError as exc:
                logger.error("realtime: %s; not reconnecting", exc)
                self._set_error(exc)
                self._stopped.set()
                return
            except RealtimeConnectionError as exc:
                logger.info("realtime: reconnecting failed (%s)", exc)
            else:
                logger.info("realtime reconnected to %s", self.url)
                return

    def _dispatch(self, name: str, *args: Any) -> None:
        found = self._event(name, args)
        if found is None:
            return
        event, handlers = found
        for handler in handlers:
            try:
                handler(event)
            except Exception:
                logger.exception("realtime: handler %r failed on %s", handler, event.name)


class AsyncRealtime(_RealtimeBase):
    """The asyncio twin of Realtime (python-socketio's AsyncClient, over aiohttp). Handlers may be coroutine
    functions; they run on the event loop, one event at a time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stopping = asyncio.Event()
        self._stopped = asyncio.Event()
        self._reconnector: asyncio.Task[None] | None = None
        self._timeout = 10.0

    async def connect(self, *, timeout: float = 10.0) -> None:
        """Open the connection; see Realtime.connect."""
        socketio = _socketio()
        if self.connected:
            return
        await self.disconnect()
        self._stopping.clear()
        self._stopped.clear()
        self._set_error(None)
        self._sio = socketio.AsyncClient(reconnection=False, logger=False, engineio_logger=False)
        self._sio.on("*", self._dispatch)
        self._sio.on("connect", lambda: logger.info("realtime connected to %s", self.url))
        self._sio.on("disconnect", self._on_disconnect)
        self._timeout = timeout
        try:
            await self._open()
        except RealtimeConnectionError:
            self._sio = None
            self._stopped.set()
            raise

    async def wait(self) -> None:
        """Wait while connected or reconnecting; see Realtime.wait."""
        if self._sio is None and self.error is None:
            return
        await self._stopped.wait()
        if self.error is not None:
            raise self.error

    async def disconnect(self) -> None:
        """Close the connection and stop reconnecting."""
        self._stopping.set()
        if self._sio is not None and self._sio.connected:
            await self._sio.disconnect()
        reconnector = self._reconnector
        if reconnector is not None and reconnector is not asyncio.current_task():
            await asyncio.gather(reconnector, return_exceptions=True)
        if self._sio is not None and self._sio.eio.http is not None:
            await self._sio.eio.http.close()  # the aiohttp session engine.io made
        self._stopped.set()

    async def __aenter__(self) -> AsyncRealtime:
        await self.connect()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.disconnect()

    async def _open(self) -> None:
        socketio = _socketio()
        try:
            await self._sio.connect(self.url, **self._connect_kwargs(self._timeout))
        except (socketio.exceptions.ConnectionError, ValueError) as exc:
            raise self._failure(exc) from None

    async def _on_disconnect(self, reason: object = None) -> None:
        logger.info("realtime disconnected (%s)", reason)
        if reason == _CLIENT_DISCONNECT or self._stopping.is_set():
            return
        if self._reconnector is None or self._reconnector.done():
            self._reconnector = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        for delay in self._delays():
            try:
                await asyncio.wait_for(self._stopping.wait(), delay)
                return
            except TimeoutError:
                pass
            try:
                await self._open()
            except RealtimeAuthenticationError as exc:
                logger.error("realtime: %s; not reconnecting", exc)
                self._set_error(exc)
                self._stopped.set()
                return
            except RealtimeConnectionError as exc:
                logger.info("realtime: reconnecting failed (%s)", exc)
            else:
                logger.info("realtime reconnected to %s", self.url)
                return

    async def _dispatch(self, name: str, *args: Any) -> None:
        found = self._event(name, args)
        if found is None:
            return
        event, handlers = found
        for handler in handlers:
            try:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.exception("realtime: handler %r failed on %s", handler, event.name)
