"""scripts/api_diff.py (griffe) on two small package trees, and the reference pages the docs hook derives from it."""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

from repo_copy import REPO, commit, git

sys.path.insert(0, str(REPO / "scripts"))

import api_diff
import docs_reference

OLD = {
    "overrides/periskope/__init__.py": "from ._client import Periskope\n__all__ = ['Periskope']\n",
    "overrides/periskope/_client.py": """
        from ._things import Things

        class Periskope:
            things: Things

            def __init__(self, api_key: str, *, timeout: float = 30.0) -> None: ...
    """,
    "overrides/periskope/_things.py": """
        class Things:
            def get(self, thing_id: str, *, expand: bool = False) -> None: ...
            def delete(self, thing_id: str) -> None: ...
    """,
    "generated/periskope_api/__init__.py": "",
    "generated/periskope_api/models.py": """
        class Thing:
            def __init__(self, thing_id: str, color: str | None = None) -> None: ...
    """,
}


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))
    return root


def test_breakages_in_the_package_and_behind_the_client_namespaces(tmp_path) -> None:
    new = dict(OLD)
    new["overrides/periskope/_client.py"] = OLD["overrides/periskope/_client.py"].replace(
        "timeout: float = 30.0", "timeout: float = 10.0"
    )
    new["overrides/periskope/_things.py"] = """
        class Things:
            def get(self, thing_id: str, *, fields: list[str]) -> None: ...
    """
    new["generated/periskope_api/models.py"] = OLD["generated/periskope_api/models.py"].replace(
        ", color: str | None = None", ""
    )
    lines = api_diff.breakages(write(tmp_path / "old", OLD), write(tmp_path / "new", new))
    assert lines == [
        "Periskope.things (periskope._things.Things.delete): Public object was removed",
        "Periskope.things (periskope._things.Things.get(expand)): Parameter was removed",
        "Periskope.things (periskope._things.Things.get(fields)): Parameter was added as required",
        "periskope._client.Periskope.__init__(timeout): Parameter default was changed: 30.0 -> 10.0",
        "periskope_api.models.Thing.__init__(color): Parameter was removed",
    ]


def test_an_unchanged_tree_has_no_breakage(tmp_path) -> None:
    root = write(tmp_path / "tree", OLD)
    assert api_diff.breakages(root, root) == []


def test_main_compares_a_git_ref_with_the_working_tree(tmp_path, capsys) -> None:
    repo = write(tmp_path / "repo", OLD)
    git(repo, "init", "-q")
    commit(repo, "old")
    (repo / "overrides/periskope/_things.py").write_text("class Things:\n    pass\n")
    assert api_diff.main(["HEAD", "--repo", str(repo)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "api-diff: 2 breaking change(s) in the Python API since HEAD"
    assert "BREAKING  Periskope.things (periskope._things.Things.get): Public object was removed" in out
    assert api_diff.main(["no-such-ref", "--repo", str(repo)]) == 2


def test_the_reference_pages_cover_what_the_package_exports() -> None:
    pages = docs_reference.pages(REPO)
    clients = re.findall(r"^::: periskope\.[\w.]*\.(\w+)$", pages["reference/clients.md"], re.M)
    assert {"Periskope", "AsyncPeriskope"} <= set(clients)
    resources = pages["reference/resources.md"]
    for attribute in ("messages", "chats", "groups", "contacts", "tickets", "webhooks"):
        assert f'heading: "client.{attribute} (Periskope)"' in resources
        assert f'heading: "client.{attribute} (AsyncPeriskope)"' in resources
    assert "PeriskopeError" in pages["reference/errors.md"] and "RateLimitError" in pages["reference/errors.md"]
    assert "::: periskope_api.models" in pages["reference/models.md"]
