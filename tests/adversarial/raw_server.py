"""A loopback HTTP/1.1 server whose responses are bytes the test writes: trickled, endless, compressed, redirected.

    def reply(request: RawRequest) -> Iterator[bytes | float]:
        yield head(200, length=10)      # bytes go out as they are
        yield 0.3                       # a float pauses that many seconds
        yield b"0123456789"

    with RawServer(reply) as server:
        Periskope(KEY, base_url=server.url).messages.get("m")

Keep-alive, on loopback.LoopbackServer (127.0.0.1, a free port, a thread per connection). A reply that is still
writing when the client hangs up (an endless body) just stops.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from loopback import LoopbackServer, parse_head


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


class RawServer(LoopbackServer):
    def __init__(self, reply: Reply) -> None:
        super().__init__()
        self.reply = reply
        self.requests: list[RawRequest] = []

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        buffer = b""
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
                    conn.sendall(piece)  # an OSError (the client hung up on an endless body) ends the connection


def _parse(buffer: bytes) -> tuple[RawRequest | None, bytes]:
    """The first complete request in `buffer`, and what follows it."""
    if b"\r\n\r\n" not in buffer:
        return None, buffer
    head_bytes, _, rest = buffer.partition(b"\r\n\r\n")
    method, target, headers = parse_head(head_bytes)
    length = int(headers.get("content-length", "0"))
    if len(rest) < length:
        return None, buffer
    return RawRequest(method, target, headers, rest[:length]), rest[length:]
