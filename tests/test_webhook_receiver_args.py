"""examples/webhook_receiver.py: where it listens is the user's choice (--host/--port), and its help says so."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

RECEIVER = ROOT / "examples" / "webhook_receiver.py"


def test_the_receiver_takes_host_and_port_and_explains_them() -> None:
    done = subprocess.run([sys.executable, str(RECEIVER), "--help"], capture_output=True, text=True, check=True)
    assert "--host" in done.stdout and "0.0.0.0" in done.stdout and "--port" in done.stdout


def test_the_receiver_listens_where_it_is_told() -> None:
    command = [sys.executable, str(RECEIVER), "--host", "127.0.0.1", "--port", "0"]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stderr is not None
            line = process.stderr.readline()
        finally:
            process.terminate()
    assert line.startswith("listening on http://127.0.0.1:") and not line.strip().endswith(":0/")
