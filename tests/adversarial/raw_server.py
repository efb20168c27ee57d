"""A loopback HTTP/1.1 server whose responses are bytes the test writes: trickled, endless, compressed, redirected.

    def reply(request: RawRequest) -> Iterator[bytes | float]:
        yield head(200, length=10)      # bytes go out as they are
        yield 0.3                       # a float pauses that many seconds
        yield b"0123456789"

    with RawServer(reply) as server:
        Periskope(KEY, base_url=server.url).messages.get("m")

One thread per connection, keep-alive, 127.0.0.1 on a free port. A reply that is still writing when the client hangs
up (an endless body) just stops.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names
    body: bytes


Reply = Callable[[RawRequest], Iterable[bytes | float]]


def head(status: int, *, length: int | None = None, **headers: str) -> bytes:
    """A status line and headers (`content_type="..."` becomes Content-Type); chunked when no length is given."""
    lines = [f"HTTP/1.1 {status} Status"]
    lines.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def whole(status: int, body: bytes | object, **headers: str) -> bytes:
    """A complete response; a non-bytes body is sent as JSON."""
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
        headers.setdefault("content_type", "application/json")
    return head(status, length=len(body), **headers) + body


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class RawServer:
    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.requests: list[RawRequest] = []
        self.connections = 0
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def __enter__(self) -> RawServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for thread in self._threads:
            thread.join(timeout=2)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        buffer = b""
        try:
            while not self._stopping.is_set():
                try:
                    data = conn.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    return
                buffer += data
                request, buffer = _parse(buffer)
                if request is None:
                    continue
                with self._lock:
                    self.requests.append(request)
                for piece in self.reply(request):
                    if self._stopping.is_set():
                        return
                    if isinstance(piece, float):
                        self._stopping.wait(piece)
                    else:
                        conn.sendall(piece)
        except OSError:  # the client hung up (an endless body), or the server is stopping
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()


def _parse(buffer: bytes) -> tuple[RawRequest | None, bytes]:
    """The first complete request in `buffer`, and what follows it."""
    if b"\r\n\r\n" not in buffer:
        return None, buffer
    head_bytes, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    if len(rest) < length:
        return None, buffer
    return RawRequest(method, target, headers, rest[:length]), rest[length:]
