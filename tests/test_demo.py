"""`make demo` against the mock server prints data that looks like Periskope's (the overlay's examples), not
placeholders such as "string" or a count that contradicts the items shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT


def test_the_demo_prints_realistic_mock_data(mock_url: str) -> None:
    env = {**os.environ, "PERISKOPE_API_KEY": "mock-api-key", "PERISKOPE_PHONE": "919876543210",
           "PERISKOPE_BASE_URL": mock_url}  # fmt: skip
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "chats_and_send.py")], env=env, capture_output=True,
                          text=True, timeout=120, check=True)  # fmt: skip
    assert not re.search(r"\bstring\b", done.stdout), done.stdout
    shown = re.search(r"chats\s+(\d+) on the first page \(count (\d+)\)", done.stdout)
    assert shown and int(shown.group(2)) >= int(shown.group(1)) > 0, done.stdout
    assert re.search(r"queue_id [0-9a-f-]{36}, unique_id \w+, position \d+", done.stdout), done.stdout
    assert re.search(r"^delivered true_\S+ \(ack (DELIVERED|DELIVERED_ALL|READ|READ_ALL) \(\d\)\)$", done.stdout, re.M)
    assert re.search(r"^status +[a-z]+: .+ \(ack [A-Z_]+ \(-?\d\)\)$", done.stdout, re.M), done.stdout
