"""A loopback HTTP server that misbehaves on command, for fault-injection tests of the clients and the CLI.

    with FaultServer() as server:
        server.script("/message/send", RESET_AFTER_READ, status(503), OK)  # per path, in order; then OK
        client = Periskope(API_KEY, base_url=server.url, ...)
        ...
        server.seen["/message/send"]   # attempts that reached the server (also those reset before being read)
        server.sends["hello 17"]       # sends (POST /message/send) processed, per message text

Raw sockets, HTTP/1.1 with keep-alive, on loopback.LoopbackServer (127.0.0.1, a free port, a thread per connection).
A fault is chosen
for each request before it is read (the request line is peeked, not consumed): from the path's script, else from
`chooser(method, path)`, else OK. Optionally enforces a fixed-window rate limit with X-RateLimit-* headers.
"""

from __future__ import annotations

import contextlib
import json
import math
import socket
import struct
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from conftest import seed_example
from loopback import LoopbackServer, parse_head

SEND_PATH = "/message/send"
ANY_PATH = "*"


@dataclass(frozen=True)
class Fault:
    """What the server does with one request. `processes`: whether a send is acted on (counted) before the fault."""

    kind: str
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    content_type: str = "application/json"
    delay: float = 0.0
    processes: bool = True

    def __str__(self) -> str:
        return self.kind if self.kind != "status" else f"status {self.status}"


OK = Fault("ok")
RESET_BEFORE_READ = Fault("reset_before_read", processes=False)  # RST with the request unread: never acted on
RESET_AFTER_READ = Fault("reset_after_read")  # RST after the request was read and acted on
TRUNCATED_JSON = Fault("ok", body=b'{"message_id": "true_9195378518', processes=True)  # a complete response, bad JSON
TRUNCATED_BODY = Fault("truncated_body")  # Content-Length promises more than is sent, then the connection closes
ERROR_BODY = {"code": "UNKNOWN_ERROR", "message": "Something went wrong", "status": 500}


def status(code: int, body: object = None, *, processes: bool = False, **headers: str) -> Fault:
    """A status with a JSON error body (the API's shape unless given). `processes`: act on a send first (a 5xx from
    a server that did the work, then failed)."""
    if body is None:
        body = {**ERROR_BODY, "status": code, "message": f"injected {code}"}
    encoded = json.dumps(body).encode()
    return Fault("status", status=code, headers=_headers(headers), body=encoded, processes=processes)


def rate_limited(reset_in: float = 0.02, *, limit: int = 10, retry_after: str | None = None) -> Fault:
    """A 429 with X-RateLimit-Limit/-Remaining/-Reset (epoch seconds, `reset_in` from now) and maybe Retry-After."""
    headers = {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": "0"}
    headers["X-RateLimit-Reset"] = f"{time.time() + reset_in:.3f}"
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    body = {"code": "RATE_LIMIT_ERROR", "message": f"You can only make {limit} requests per second", "status": 429}
    return status(429, body, **headers)


def slow(delay: float, *, processes: bool = True) -> Fault:
    """Act on the request, then answer only after `delay` seconds (past the client's timeout)."""
    return Fault("slow", delay=delay, processes=processes)


def html(code: int = 200, *, processes: bool = True) -> Fault:
    page = b"<html><head><title>Maintenance</title></head><body><h1>Back soon</h1></body></html>"
    return Fault("ok", status=code, body=page, content_type="text/html; charset=utf-8", processes=processes)


def content_type(value: str, body: bytes | None = None) -> Fault:
    """The normal body (or `body`) labelled with another content type."""
    return Fault("ok", body=body, content_type=value)


def _headers(headers: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((name.replace("_", "-"), value) for name, value in headers.items())


@dataclass
class Request:
    method: str
    path: str  # as sent, still percent-encoded, without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class _RateWindow:
    limit: int
    seconds: float
    counts: Counter[int] = field(default_factory=Counter)


class FaultServer(LoopbackServer):
    """The server; a context manager that starts and stops it. See the module docstring."""

    def __init__(
        self,
        *,
        chooser: Callable[[str, str], Fault | None] | None = None,
        rate_limit: tuple[int, float] | None = None,
        api_key: str | None = None,
        chats: int = 5,
    ) -> None:
        super().__init__()
        self.chooser = chooser
        self.api_key = api_key  # when set, any other bearer token gets a 401
        self.chats = chats
        self._rate = _RateWindow(*rate_limit) if rate_limit else None
        self._scripts: dict[str, deque[Fault]] = {}
        # Read now, not while a client waits: the first read parses the spec (0.3 s, over 1 s on a loaded machine),
        # longer than the read timeout of the fault tests.
        self._message = seed_example()
        self.seen: Counter[str] = Counter()  # requests per path, including those reset before being read
        self.sends: Counter[str] = Counter()  # sends acted on, per message text
        self.attempts: Counter[str] = Counter()  # sends read (acted on or not), per message text
        self.statuses: Counter[int] = Counter()  # responses sent, per status
        self.log: list[tuple[str, str, str]] = []  # (method, path, fault) for every request
        self.requests: list[Request] = []  # every request read (not those reset before being read)

    # control ---------------------------------------------------------------------------------------------------------

    def script(self, path: str, *faults: Fault) -> None:
        """Faults for the next requests to `path` (ANY_PATH: any path without its own script), in order."""
        with self._lock:
            self._scripts.setdefault(path, deque()).extend(faults)

    def reset_counts(self) -> None:
        with self._lock:
            for counter in (self.seen, self.sends, self.attempts, self.statuses):
                counter.clear()
            self.log.clear()
            self.requests.clear()

    # serving ---------------------------------------------------------------------------------------------------------

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5.0)
        while not self._stopping.is_set():
            line = _peek_request_line(conn)
            if line is None:
                return
            method, _, target = line.partition(" ")
            path = urlsplit(target.partition(" ")[0]).path
            fault = self._choose(method, path)
            with self._lock:
                self.seen[path] += 1
                self.log.append((method, path, str(fault)))
            if fault.kind == "reset_before_read":
                _reset(conn)
                return
            request = _read_request(conn)
            if request is None or not self._respond(conn, request, fault):
                return

    def _choose(self, method: str, path: str) -> Fault:
        with self._lock:
            for key in (path, ANY_PATH):
                queue = self._scripts.get(key)
                if queue:
                    return queue.popleft()
        chosen = self.chooser(method, path) if self.chooser else None
        return chosen or OK

    def _respond(self, conn: socket.socket, request: Request, fault: Fault) -> bool:
        """Answer `request` as `fault` says; False when the connection is done."""
        rate_headers: dict[str, str] = {}
        if self._rate is not None:
            allowed, rate_headers = self._spend()
            if not allowed:
                limit = self._rate.limit
                body = {"code": "RATE_LIMIT_ERROR", "message": f"{limit} requests per window", "status": 429}
                fault = status(429, body)
        if self.api_key is not None and request.headers.get("authorization") != f"Bearer {self.api_key}":
            body = {"code": "UNAUTHORIZED", "message": "Invalid API key", "status": 401}
            fault = status(401, body)
        with self._lock:
            self.requests.append(request)
        self._act(request, fault)
        if fault.kind == "reset_after_read":
            _reset(conn)
            return False
        if fault.kind == "slow":
            self._stopping.wait(fault.delay)
        code, body, kind = self._answer(request, fault)
        headers = {"Content-Type": kind, **rate_headers, **dict(fault.headers)}
        with self._lock:
            self.statuses[code] += 1
        if fault.kind == "truncated_body":
            conn.sendall(_head(code, headers, len(body) + 100) + body[: len(body) // 2])
            return False
        conn.sendall(_head(code, headers, len(body)) + body)
        return request.headers.get("connection", "").lower() != "close"

    def _act(self, request: Request, fault: Fault) -> None:
        """A send is acted on once per request that the fault lets through: counted per message text."""
        if request.method != "POST" or request.path != SEND_PATH:
            return
        try:
            text = str(request.json().get("message"))
        except (ValueError, AttributeError):
            text = "<no json>"
        with self._lock:
            self.attempts[text] += 1
            if fault.processes:
                self.sends[text] += 1

    def _spend(self) -> tuple[bool, dict[str, str]]:
        assert self._rate is not None
        now = time.time()
        window = math.floor(now / self._rate.seconds)
        with self._lock:
            self._rate.counts[window] += 1
            used = self._rate.counts[window]
        limit = self._rate.limit
        reset = (window + 1) * self._rate.seconds
        headers = {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(limit - used, 0)),
            "X-RateLimit-Reset": f"{reset:.3f}",
        }
        return used <= limit, headers

    def _answer(self, request: Request, fault: Fault) -> tuple[int, bytes, str]:
        """(status, body, content type) of the response."""
        if fault.body is not None:
            return fault.status, fault.body, fault.content_type
        if fault.status != 200:
            return fault.status, json.dumps({**ERROR_BODY, "status": fault.status}).encode(), fault.content_type
        code, payload = self._route(request)
        return code, json.dumps(payload).encode(), fault.content_type

    def _route(self, request: Request) -> tuple[int, object]:
        """The normal answer: a send result, a message, a chat, a page of chats; else a 404."""
        path = unquote(request.path)
        if request.method == "POST" and path == SEND_PATH:
            return 200, {"queue_id": str(uuid.uuid4()), "queue_position": "1", "unique_id": uuid.uuid4().hex.upper()}
        if request.method == "GET" and path.startswith("/message/"):
            return 200, {**self._message, "message_id": path.removeprefix("/message/")}
        if request.method == "GET" and path.startswith("/chats/"):
            return 200, _chat(path.removeprefix("/chats/"))
        if request.method == "GET" and path == "/chats":
            offset = int(request.query.get("offset", ["0"])[0])
            limit = int(request.query.get("limit", ["2000"])[0])
            ids = [f"91987654{n:04d}@c.us" for n in range(offset, min(offset + limit, self.chats))]
            page = [_chat(chat) for chat in ids]
            return 200, {"chats": page, "count": self.chats, "from": offset + 1, "to": offset + len(page)}
        return 404, {"code": "NOT_FOUND_ERROR", "message": f"No route for {request.method} {path}", "status": 404}


def _chat(chat_id: str) -> dict[str, object]:
    return {
        "chat_id": chat_id,
        "chat_name": f"Chat {chat_id[-9:-5]}",
        "chat_type": "group" if chat_id.endswith("@g.us") else "user",
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "created_at": "2025-01-28T05:11:57.008+00:00",
        "member_count": 2,
    }


def _peek_request_line(conn: socket.socket) -> str | None:
    """The next request's first line, without consuming it; None when the client closed the connection."""
    while True:
        data = conn.recv(8192, socket.MSG_PEEK)
        if not data:
            return None
        if b"\r\n" in data:
            return data.split(b"\r\n", 1)[0].decode("latin-1")
        time.sleep(0.001)


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    method, target, headers = parse_head(head)
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    split = urlsplit(target)
    return Request(method, split.path, parse_qs(split.query), headers, body[:length])


def _head(code: int, headers: dict[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {code} {_REASONS.get(code, 'Status')}", f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(conn: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0) rather than a FIN."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


_REASONS = {200: "OK", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests"}
_REASONS |= {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 520: "Unknown Error"}


@contextlib.contextmanager
def running(**options: Any) -> Iterator[FaultServer]:
    with FaultServer(**options) as server:
        yield server
