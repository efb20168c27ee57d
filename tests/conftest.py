"""Shared fixtures: the seed message, clients wired to in-process handlers (sync and async), no real sleeping."""

from __future__ import annotations

import copy
import functools
import inspect
import json
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import periskope
from periskope import _retry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

API_KEY = "sk-test-secret-0123456789"
PHONE = "919876543210"
SEED_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"

Handler = Callable[[httpx.Request], httpx.Response]


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load((ROOT / "openapi" / "periskope.yaml").read_bytes(), Loader=yaml.CSafeLoader)
    return loaded


def seed_example() -> dict[str, Any]:
    """A fresh copy of the docs' Get Message example."""
    operation = spec()["paths"]["/message/{message_id}"]["get"]
    example: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["examples"]["200 OK"]
    return copy.deepcopy(example["value"])  # type: ignore[no-any-return]


SEED_HEADERS = {
    "X-RateLimit-Limit": "10",
    "X-RateLimit-Remaining": "9",
    "X-RateLimit-Reset": "1738041123",
    "x-periskope-org-id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "x-periskope-phone-id": "phone-bqzvyibhmwkaergr",
    "x-periskope-trace-id": "67cc4ef0-dd36-11ef-bd3a-473103610e33",
}


def seed_response(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=seed_example(), headers=SEED_HEADERS)


class Recorder:
    """A handler that answers from a script of responses (the last one repeats) and records every request."""

    def __init__(self, *responses: httpx.Response | Handler | Exception) -> None:
        self.script = list(responses) or [seed_response]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script[min(len(self.requests) - 1, len(self.script) - 1)]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        return step(request)


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """make_client(handler, **options) -> Periskope or AsyncPeriskope wired to the handler."""
    made: list[Any] = []

    def make(handler: Handler, **options: Any) -> Any:
        options.setdefault("api_key", API_KEY)
        options.setdefault("phone", PHONE)
        options.setdefault("rate_budget", False)  # paced with real time; tests of the budget turn it on
        transport = httpx.MockTransport(handler)
        if request.param == "sync":
            client: Any = periskope.Periskope(http_client=httpx.Client(transport=transport), **options)
        else:
            client = periskope.AsyncPeriskope(http_client=httpx.AsyncClient(transport=transport), **options)
        made.append(client)
        return client

    yield make


async def call(result: Any) -> Any:
    """The value of a client call, awaiting it when the client is async."""
    return await result if inspect.isawaitable(result) else result


async def collect(page: Any) -> list[Any]:
    """Every item from the first page on, whether the page iterates synchronously or asynchronously."""
    if hasattr(page, "__aiter__"):
        return [item async for item in page]
    return list(page)


def resource(client: Any, name: str) -> Any:
    """client.<name>: kept as a helper so that a test reads the same for every resource."""
    return getattr(client, name)


def keys(value: Any) -> set[str]:
    """Every key path of a JSON value (`a.b`, list items as `a[]`)."""
    found: set[str] = set()

    def walk(node: Any, at: str) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                found.add(f"{at}.{key}")
                walk(child, f"{at}.{key}")
        elif isinstance(node, list):
            for child in node:
                walk(child, f"{at}[]")

    walk(value, "")
    return found


def every(values: Any, cls: type) -> bool:
    """A non-empty list of `cls` (the mock serves one item per list)."""
    return isinstance(values, list) and len(values) > 0 and all(isinstance(value, cls) for value in values)


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    """The bundled mock server (Prism, --errors) for the whole test session."""
    from mock_server import running_mock  # noqa: PLC0415 - scripts/ is put on sys.path above

    with running_mock() as url:
        yield url


@pytest.fixture(params=["sync", "async"])
async def mock_client(request: pytest.FixtureRequest, mock_url: str) -> AsyncIterator[Any]:
    """Periskope or AsyncPeriskope talking to the mock server."""
    cls = periskope.Periskope if request.param == "sync" else periskope.AsyncPeriskope
    client = cls(API_KEY, PHONE, base_url=mock_url, max_retries=0)
    yield client
    await call(client.close())


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait between retries, recorded instead of slept."""
    waited: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(_retry, "sleep", waited.append)
    monkeypatch.setattr(_retry, "async_sleep", async_sleep)
    return waited


@pytest.fixture(autouse=True)
def _fresh_rate_budgets() -> Iterator[None]:
    periskope.reset_rate_budgets()
    yield
    periskope.reset_rate_budgets()


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PERISKOPE_API_KEY", "PERISKOPE_PHONE", "PERISKOPE_BASE_URL", "PERISKOPE_RATE_BUDGET_URL"):
        monkeypatch.delenv(name, raising=False)


def json_response(status: int, body: object, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **headers}
    )


def sent(recorder: Recorder) -> tuple[str, str, dict[str, str], Any]:
    """The one request a recorder saw: method, path, query, JSON body (None without one)."""
    (request,) = recorder.requests
    return request.method, request.url.path, dict(request.url.params), body_of(request)


def body_of(request: httpx.Request) -> Any:
    """A request's JSON body; None without one."""
    return json.loads(request.content) if request.content else None
