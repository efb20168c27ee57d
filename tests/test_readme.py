"""The README's promises that a test can hold it to: its SDK mapping table covers every operation of the spec, and
every Python method it names exists, sync and async."""

from __future__ import annotations

import inspect
import re

import pytest
import yaml
from conftest import API_KEY, ROOT

import periskope

ROW = re.compile(r"^\| `(?P<ts>[\w.]+)` \| (?P<method>[A-Z]+) \| `(?P<path>[^`]+)` \| `(?P<python>[\w.]+)` \|$")
DOCS_ROW = re.compile(r"^\| (?P<page>[\w/-]+) \| (?P<method>[A-Z]+) \| `(?P<path>[^`]+)` \| `(?P<python>[\w.]+)` \|$")


def readme_rows(pattern: re.Pattern[str] = ROW) -> list[re.Match[str]]:
    return [m for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if (m := pattern.match(line))]


def operations(*, from_docs: bool) -> set[tuple[str, str]]:
    """(METHOD, path) of the operations that came from the SDK, or of those the docs-sourced overlay added."""
    spec = yaml.load((ROOT / "generated" / "openapi.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    return {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict)
        and "operationId" in operation
        and (operation.get("x-periskope-source") == "docs") == from_docs
    }


def test_the_table_maps_every_sdk_operation_once() -> None:
    rows = readme_rows()
    mapped = [(row["method"], row["path"]) for row in rows]
    assert len(set(mapped)) == len(mapped)
    assert set(mapped) == operations(from_docs=False)


def test_the_docs_table_maps_every_operation_added_from_the_docs() -> None:
    mapped = {(row["method"], row["path"]) for row in readme_rows(DOCS_ROW)}
    assert mapped == operations(from_docs=True)


def test_the_tables_are_the_generated_ones() -> None:
    """`make generate` writes them (from the overlay's x-periskope-ts-method and the docs pages) into the README;
    make check-generated keeps generated/README-tables.md fresh."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    generated = (ROOT / "generated" / "README-tables.md").read_text(encoding="utf-8")
    for name, table in re.findall(r"<!-- (\w+) -->\n(.*?)(?=<!-- |\Z)", generated, re.S):
        assert f"<!-- generated: {name} -->\n{table}<!-- end: {name} -->" in readme, name


@pytest.mark.parametrize("client_class", [periskope.Periskope, periskope.AsyncPeriskope])
def test_every_python_method_in_the_table_exists(client_class: type) -> None:
    client = client_class(API_KEY)
    for row in readme_rows() + readme_rows(DOCS_ROW):
        resource, method = row["python"].split(".")
        function = getattr(getattr(client, resource), method)
        assert callable(function), row["python"]
        is_async = inspect.iscoroutinefunction(function)
        returns_pager = "AsyncPager" in str(inspect.signature(function).return_annotation)
        assert is_async or client_class is periskope.Periskope or returns_pager, row["python"]
