"""A new upstream operation costs nothing: added to a copy of the spec, it becomes a typed sync and async method of
the public client, with no hand-written line (the generator runs into a temporary directory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml
from conftest import ROOT

WIDGET = {
    "type": "object",
    "required": ["widget_id"],
    "properties": {"widget_id": {"type": "string"}, "size": {"type": "integer"}},
}
ERRORS = {"4XX": {"$ref": "#/components/responses/Error"}}


def _json(schema: dict[str, object]) -> dict[str, object]:
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


def synthetic_spec(path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "periskope.yaml").read_text(encoding="utf-8"))
    spec["components"]["schemas"]["Widget"] = WIDGET
    widget = {"$ref": "#/components/schemas/Widget"}
    spec["paths"]["/widgets/{widget_id}"] = {
        "get": {
            "tags": ["widget"],
            "operationId": "getWidgetById",
            "summary": "A widget, by its id.",
            "parameters": [
                {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}},
            ],
            "responses": {"200": _json(widget), **ERRORS},
        }
    }
    page = {
        "type": "object",
        "properties": {"widgets": {"type": "array", "items": widget}, "count": {"type": "integer"}},
    }
    spec["paths"]["/widgets"] = {
        "get": {
            "tags": ["widget"],
            "operationId": "listWidgets",
            "summary": "Widgets, a page at a time.",
            "parameters": [
                {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer"}},
                {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}},
            ],
            "responses": {"200": _json(page), **ERRORS},
        }
    }
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


USE = textwrap.dedent(
    """
    import asyncio, json, httpx, periskope, periskope_api

    def handler(request):
        if request.url.path.endswith("/widgets"):
            offset = int(request.url.params.get("offset", 0))
            rows = [{"widget_id": f"w{i}", "size": i} for i in range(offset, min(offset + 2, 3))]
            return httpx.Response(200, json={"widgets": rows, "count": 3})
        verbose = request.url.params.get("verbose")
        return httpx.Response(200, json={"widget_id": request.url.path.rsplit("/", 1)[-1], "size": 7, "v": verbose})

    client = periskope.Periskope("sk-x", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    one = client.widget.get_widget_by_id("w9", verbose=True)
    ids = [w.widget_id for w in client.widget.list_widgets(limit=2)]

    async def run():
        transport = httpx.MockTransport(handler)
        aclient = periskope.AsyncPeriskope("sk-x", http_client=httpx.AsyncClient(transport=transport))
        got = await aclient.widget.get_widget_by_id("w8")
        return got.size, [w.widget_id async for w in aclient.widget.list_widgets(limit=2)]

    size, async_ids = asyncio.run(run())
    print(json.dumps({
        "package": periskope_api.__file__, "type": type(one).__name__, "id": one.widget_id, "size": one.size,
        "ids": ids, "async_size": size, "async_ids": async_ids,
        "returns": str(client.widget.get_widget_by_id.__annotations__["return"]),
    }))
    """
)


def test_a_new_operation_is_a_typed_sync_and_async_method(tmp_path: Path) -> None:
    spec = tmp_path / "periskope.yaml"
    synthetic_spec(spec)
    out = tmp_path / "out"
    generate = [sys.executable, "scripts/generate.py", "--spec", str(spec), "--out", str(out)]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    generated = subprocess.run(generate, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
    assert generated.returncode == 0, generated.stderr
    source = (out / "periskope_api" / "resources" / "widget.py").read_text(encoding="utf-8")
    assert "def get_widget_by_id(" in source and "-> Widget:" in source  # typed from the spec

    env["PYTHONPATH"] = str(out)  # this generated package, not the installed one
    ran = subprocess.run([sys.executable, "-c", USE], env=env, check=False, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    assert result["package"].startswith(str(out))
    assert (result["type"], result["id"], result["size"], result["returns"]) == ("Widget", "w9", 7, "Widget")
    assert result["ids"] == result["async_ids"] == ["w0", "w1", "w2"]  # every page
    assert result["async_size"] == 7
