"""tests/README.md names the tests behind each README promise: every name it gives must exist."""

from __future__ import annotations

import re

from conftest import ROOT

TESTS = ROOT / "tests"
NAME = re.compile(r"`([\w/]+\.py)?(?:::(\w+))?`")


def test_every_test_named_in_the_table_exists() -> None:
    named = 0
    for line in (TESTS / "README.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        current = None
        for path, name in NAME.findall(line):
            if path:
                current = TESTS / path
                assert current.is_file(), path
            if name:
                assert current is not None, line
                assert re.search(rf"^(async )?def {name}\(", current.read_text(encoding="utf-8"), re.M), (current, name)
                named += 1
    assert named > 50
