"""Realtime events over socket.io: the same typed events as webhooks, pushed to a callback.

    from periskope import webhooks
    from periskope._realtime import Realtime

    realtime = Realtime()  # PERISKOPE_API_KEY, PERISKOPE_PHONE, PERISKOPE_BASE_URL

    @realtime.on("message.created")
    def on_message(event: webhooks.MessageEvent) -> None:
        print(event.data.body)

    realtime.connect()
    realtime.wait()

Needs python-socketio: `pip install periskope[realtime]`. Connects to the API host (the base URL's scheme and host,
socket.io's default path) with the same `Authorization: Bearer` and `x-phone` headers as the REST client, as the
official SDK does, and reconnects on its own when the connection drops. Sync only: handlers run on python-socketio's
background thread, one event at a time.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, TypeVar, overload

import httpx

from ._client import DEFAULT_BASE_URL, check_phone
from ._errors import PeriskopeError
from ._logs import logger
from ._version import __version__
from .webhooks import Deduplicator, Event, parse

__all__ = ["Realtime", "RealtimeConnectionError"]

HandlerT = TypeVar("HandlerT", bound=Callable[..., object])

ANY_EVENT = "*"


class RealtimeConnectionError(PeriskopeError, ConnectionError):
    """The realtime connection could not be opened."""


def _socketio() -> ModuleType:
    try:
        return importlib.import_module("socketio")
    except ImportError as exc:
        raise PeriskopeError("Realtime events need python-socketio: pip install 'periskope[realtime]'") from exc


class Realtime:
    """A socket.io connection that delivers Periskope events as typed `periskope.webhooks` events."""

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
        phone = phone if phone is not None else os.environ.get("PERISKOPE_PHONE") or None
        self._api_key = api_key
        self.phone = check_phone(phone) if phone is not None else None
        base = httpx.URL(base_url or os.environ.get("PERISKOPE_BASE_URL") or DEFAULT_BASE_URL)
        self.url = f"{base.scheme}://{base.netloc.decode('ascii')}"
        self.transports = transports
        self.reconnection_delay = reconnection_delay
        self.reconnection_delay_max = reconnection_delay_max
        self.dedupe = dedupe
        self._handlers: dict[str, list[Callable[[Event[Any]], object]]] = {}
        self._lock = threading.Lock()
        self._sio: Any = None

    def __repr__(self) -> str:
        return f"Realtime(url={self.url!r}, phone={self.phone!r}, connected={self.connected})"

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

    def connect(self, *, timeout: float = 10.0) -> None:
        """Open the connection; returns once connected. Raises RealtimeConnectionError if that fails."""
        socketio = _socketio()
        if self.connected:
            return
        self.disconnect()  # a client still trying to reconnect
        self._sio = socketio.Client(
            reconnection=True,
            reconnection_attempts=0,
            reconnection_delay=self.reconnection_delay,
            reconnection_delay_max=self.reconnection_delay_max,
            logger=False,
            engineio_logger=False,
        )
        self._sio.on("*", self._dispatch)
        self._sio.on("disconnect", lambda reason=None: logger.info("realtime disconnected (%s)", reason))
        self._sio.on("connect", lambda: logger.info("realtime connected to %s", self.url))
        try:
            self._sio.connect(self.url, headers=self._headers(), transports=self.transports, wait_timeout=timeout)
        except socketio.exceptions.ConnectionError as exc:
            self._sio = None
            raise RealtimeConnectionError(f"Could not connect to {self.url}: {exc}") from exc

    def wait(self) -> None:
        """Block while connected or reconnecting; returns after `disconnect()` (or when reconnecting gives up)."""
        if self._sio is not None:
            self._sio.wait()

    def disconnect(self) -> None:
        """Close the connection and stop reconnecting."""
        if self._sio is not None:
            self._sio.shutdown()

    def __enter__(self) -> Realtime:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.disconnect()

    def _headers(self) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": f"periskope-python/{__version__}"}
        if self.phone is not None:
            headers["x-phone"] = self.phone
        return headers

    def _dispatch(self, name: str, *args: Any) -> None:
        payload = args[0] if len(args) == 1 else list(args)
        envelope: Mapping[str, Any] = {"event": name, "data": payload}
        if isinstance(payload, Mapping) and isinstance(payload.get("event"), str) and "data" in payload:
            envelope = payload  # a full envelope, as webhooks deliver it
        try:
            event = parse(envelope)
        except PeriskopeError:
            logger.warning("realtime: dropped a malformed %r event", name, exc_info=True)
            return
        if self.dedupe is not None and self.dedupe.seen(event):
            return
        with self._lock:
            handlers = [*self._handlers.get(event.name, ()), *self._handlers.get(ANY_EVENT, ())]
        for handler in handlers:
            try:
                handler(event)
            except Exception:
                logger.exception("realtime: handler %r failed on %s", handler, event.name)
