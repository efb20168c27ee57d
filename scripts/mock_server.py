"""The bundled mock server: Stoplight Prism serving generated/openapi.yaml (the patched spec) on a free loopback port.

    python scripts/mock_server.py -- python examples/get_message.py

runs the command with PERISKOPE_BASE_URL pointing at the mock (and a mock key and phone), then stops the mock.
Tests use `running_mock()` directly. Needs `npm ci` (the Makefile does it).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "generated" / "openapi.yaml"
MOCK_ENV = {"PERISKOPE_API_KEY": "mock-api-key", "PERISKOPE_PHONE": "919876543210"}


@contextmanager
def running_mock(spec: Path = SPEC, startup_timeout: float = 60.0) -> Iterator[str]:
    """Start Prism (`--errors`: a request that breaks the spec is answered with an error), yield its base URL."""
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            _wait_for_port(port, process, startup_timeout, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float, log: IO[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"Prism exited with {process.returncode}:\n{log.read().decode(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen on port {port} within {timeout:.0f}s")


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :] if "--" in argv else argv
    if not command:
        sys.exit(__doc__)
    with running_mock() as base_url:
        env = {**os.environ, **MOCK_ENV, "PERISKOPE_BASE_URL": base_url}
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
