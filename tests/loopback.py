"""What the loopback test servers share (fault_server.FaultServer, adversarial/raw_server.RawServer): a listener on
127.0.0.1 and a free port, one thread accepting, one thread per connection, and a clean stop; and the parsing of
an HTTP/1.1 request head.

    class EchoServer(LoopbackServer):
        def _serve(self, conn: socket.socket) -> None:
            conn.sendall(conn.recv(1024))

    with EchoServer() as server:
        socket.create_connection(("127.0.0.1", server.port))
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType
from typing import Self


class LoopbackServer:
    """A context manager that starts the server and stops it: it stops accepting, shuts the open connections down
    (a reply still writing then fails and ends) and joins the threads. Subclasses implement `_serve`."""

    def __init__(self) -> None:
        self.connections = 0  # accepted so far
        self._lock = threading.Lock()  # subclasses guard their own state with it too
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # accept() looks at _stopping this often
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        name = f"{type(self).__name__}-{self.port}"
        thread = threading.Thread(target=self._accept, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            open_sockets = list(self._sockets)
        for conn in open_sockets:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=2)

    def _serve(self, conn: socket.socket) -> None:
        """Answer what arrives on `conn` until the connection is done; the caller closes it. An OSError (the client
        hung up, or the server is stopping) just ends the connection."""
        raise NotImplementedError

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # each write goes out as it is
            with self._lock:
                self._sockets.add(conn)
                self.connections += 1
            thread = threading.Thread(target=self._connection, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _connection(self, conn: socket.socket) -> None:
        try:
            self._serve(conn)
        except OSError:
            return
        finally:
            with self._lock:
                self._sockets.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()


def parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    """Method, target (path and query, as sent) and headers (lower-case names) of a request head, the blank line that
    ends it left out."""
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return method, target, headers
