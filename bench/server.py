"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 for the benchmarks (asyncio, one process, canned answers).

    python bench/server.py canned             every GET answers 200 with the seed message and the seed's headers
    python bench/server.py ratelimit N        the same, but at most N requests per wall-clock second (fixed windows
                                              that reset on whole epoch seconds); beyond that 429 with the
                                              X-RateLimit-* headers. GET /__stats -> {"ok": .., "limited": ..,
                                              "per_window": {epoch second: 200s in it}}
    python bench/server.py ratelimit N S      ... each answer decided on arrival but sent S seconds later (latency)

Prints `PORT <n>` once listening. Exits when stdin closes (its parent went away) or after --max-seconds (300).
GET only: a request ends at its blank line.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from common import seed_example

MAX_SECONDS = 300.0


def response(status: str, body: bytes, headers: dict[str, str]) -> bytes:
    head = [f"HTTP/1.1 {status}", "content-type: application/json", f"content-length: {len(body)}"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


SEED_BODY = json.dumps(seed_example()).encode()
SEED_HEADERS = {
    "x-periskope-org-id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "x-periskope-phone-id": "phone-bqzvyibhmwkaergr",
    "x-periskope-trace-id": "67cc4ef0-dd36-11ef-bd3a-473103610e33",
}
CANNED = response(
    "200 OK",
    SEED_BODY,
    {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "1738041123", **SEED_HEADERS},
)
TOO_MANY_BODY = json.dumps({"code": "RATE_LIMITED", "message": "Too many requests", "status": 429}).encode()


class Limiter:
    def __init__(self, per_second: int) -> None:
        self.per_second = per_second
        self.window = -1
        self.used = 0
        self.ok = 0
        self.limited = 0
        self.per_window: dict[int, int] = {}

    def answer(self) -> bytes:
        now = time.time()
        window = int(now)
        if window != self.window:
            self.window, self.used = window, 0
        headers = {"X-RateLimit-Limit": str(self.per_second), "X-RateLimit-Reset": str(window + 1)}
        if self.used >= self.per_second:
            self.limited += 1
            headers["X-RateLimit-Remaining"] = "0"
            return response("429 Too Many Requests", TOO_MANY_BODY, {**headers, **SEED_HEADERS})
        self.used += 1
        self.ok += 1
        self.per_window[window] = self.used
        headers["X-RateLimit-Remaining"] = str(self.per_second - self.used)
        return response("200 OK", SEED_BODY, {**headers, **SEED_HEADERS})


class Protocol(asyncio.Protocol):
    limiter: Limiter | None = None
    delay = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            target = head.split(b" ", 2)[1] if head.count(b" ") >= 2 else b"/"
            answer = self.answer(target)
            if Protocol.delay and target != b"/__stats":
                asyncio.get_running_loop().call_later(Protocol.delay, self.transport.write, answer)  # type: ignore[attr-defined]
            else:
                self.transport.write(answer)  # type: ignore[attr-defined]

    def answer(self, target: bytes) -> bytes:
        limiter = Protocol.limiter
        if limiter is None:
            return CANNED
        if target == b"/__stats":
            body = json.dumps({"ok": limiter.ok, "limited": limiter.limited, "per_window": limiter.per_window}).encode()
            return response("200 OK", body, {})
        return limiter.answer()


async def main(argv: list[str]) -> None:
    mode = argv[0] if argv else "canned"
    if mode == "ratelimit":
        Protocol.limiter = Limiter(int(argv[1]))
        Protocol.delay = float(argv[2]) if len(argv) > 2 else 0.0
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Protocol, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stdin_closed = loop.create_future()

    def watch_stdin() -> None:
        sys.stdin.read()  # returns at EOF: the parent closed our stdin or died
        loop.call_soon_threadsafe(lambda: stdin_closed.done() or stdin_closed.set_result(None))

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stdin_closed, MAX_SECONDS)
    server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
    os._exit(0)  # the stdin watcher may still be blocked in read()
