"""A program pays at import for what it uses: `import periskope` loads no model, and a resource's models and request
builders load on its methods' first calls, each call only its own (the timings are bench/bench_import.py's)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import API_KEY, PHONE
from fault_server import FaultServer

CLIENT = "import periskope; client = periskope.Periskope(api_key={key!r}, phone={phone!r}, base_url={url!r})"


def loaded(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    script = f"{code}\nimport json, sys; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def client_code(url: str) -> str:
    return CLIENT.format(key=API_KEY, phone=PHONE, url=url)


def generated(modules: set[str], package: str) -> set[str]:
    return {m for m in modules if m.startswith(f"periskope_api.{package}.")}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=API_KEY) as running:
        yield running


def test_import_loads_no_model_no_request_builder_and_no_attrs() -> None:
    modules = loaded("import periskope")
    assert generated(modules, "models") == set()
    assert generated(modules, "api") == set()
    assert "attrs" not in modules


def test_a_resource_loads_no_model_before_its_first_call() -> None:
    modules = loaded(f"{client_code('http://127.0.0.1:9')}; client.chats; client.tickets; client.contacts")
    assert {"periskope_api.resources.chats", "periskope_api.resources.tickets"} <= modules
    assert generated(modules, "models") == set()
    assert generated(modules, "api") == set()


def test_a_call_loads_its_own_request_builder_and_models_only(server: FaultServer) -> None:
    modules = loaded(f"{client_code(server.url)}; client.chats.get('919876543210@c.us')")
    assert generated(modules, "api") == {"periskope_api.api.chat", "periskope_api.api.chat.get_chat_by_id"}
    assert "periskope_api.models.chat" in modules  # what it decodes
    assert "periskope_api.models.chat_list" not in modules  # chats.list's envelope
    assert "periskope_api.models.update_chat_body" not in modules  # chats.update's body
