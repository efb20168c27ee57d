"""The escape hatch: client.get/post/patch/put/delete(path, ...) with the client's auth, phone, retries (at most once
for POST), rate budget, typed errors and logging; through respx and through the mock server."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx
from conftest import API_KEY, PHONE, SEED_HEADERS, call, seed_example

import periskope
from periskope import _client, _retry
from periskope.testing._plugin import VirtualClock
from periskope_api.models import Message, SendResult

BASE = "https://api.example.test/v1"


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE) as mocked:
        yield mocked


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    cls = periskope.Periskope if request.param == "sync" else periskope.AsyncPeriskope
    made = cls(API_KEY, PHONE, base_url=BASE, rate_budget=False)
    yield made
    await call(made.close())


async def test_a_get_carries_auth_phone_and_query_and_returns_the_json(router: respx.MockRouter, client: Any) -> None:
    route = router.route(method="GET", path__regex=r"/chats/[^/]+/audit-logs").respond(
        200, json={"logs": [], "count": 0}
    )
    got = await call(client.get("/chats/919537851844@c.us/audit-logs", query={"limit": 5, "flag": True, "x": None}))
    assert got == {"logs": [], "count": 0}
    sent = route.calls.last.request
    assert sent.headers["authorization"] == f"Bearer {API_KEY}" and sent.headers["x-phone"] == PHONE
    assert dict(sent.url.params) == {"limit": "5", "flag": "true"}
    assert sent.url.raw_path.startswith(b"/v1/chats/919537851844@c.us/audit-logs")  # a chat id is kept readable
    chats = router.get("/chats").respond(200, json={"chats": []})
    assert await call(client.get("chats", phone="phone-abcdefghijkl")) == {"chats": []}  # per-call options
    assert chats.calls.last.request.headers["x-phone"] == "phone-abcdefghijkl"


async def test_cast_to_a_model_a_list_or_none(router: respx.MockRouter, client: Any) -> None:
    router.get("/message/m1").respond(200, json=seed_example())
    router.get("/phones/all").respond(200, json=[{"phone_id": "phone-1"}])
    router.delete("/webhooks/w1").respond(204)
    message = await call(client.get("/message/m1", cast_to=Message))
    assert isinstance(message, Message) and message.message_id == seed_example()["message_id"]
    assert await call(client.get("/phones/all", cast_to=list)) == [{"phone_id": "phone-1"}]
    assert await call(client.delete("/webhooks/w1", cast_to=None)) is None
    assert await call(client.delete("/webhooks/w1")) == {}
    with pytest.raises(periskope.APIResponseValidationError):
        await call(client.get("/phones/all"))  # a list is not the dict asked for
    with pytest.raises(periskope.PeriskopeError):
        await call(client.get("/phones/all", cast_to=str))


async def test_the_body_is_sent_as_json_and_the_path_percent_encoded(router: respx.MockRouter, client: Any) -> None:
    route = router.route(method="PATCH", path__regex=r"/chats/.*").respond(200, json={})
    await call(client.patch("/chats/a b?c", body={"labels": "vip"}))
    sent = route.calls.last.request
    assert sent.url.raw_path == b"/v1/chats/a%20b%3Fc" and sent.content == b'{"labels":"vip"}'


async def test_a_path_must_be_relative_to_the_base_url(client: Any) -> None:
    for bad in ("https://evil.example/steal", "//evil.example/x", "", "/"):
        with pytest.raises(periskope.PeriskopeError):
            await call(client.get(bad))
    with pytest.raises(periskope.PeriskopeError):
        await call(client.post("/x", idempotent="yes"))


async def test_post_is_sent_at_most_once_unless_declared_idempotent(
    router: respx.MockRouter, client: Any, sleeps: list[float]
) -> None:
    route = router.post("/message/send").mock(side_effect=[httpx.Response(500), httpx.Response(200, json={})])
    with pytest.raises(periskope.InternalServerError):
        await call(client.post("/message/send", body={"chat_id": "1@c.us", "message": "hi"}))
    assert route.call_count == 1 and sleeps == []
    route.side_effect = [httpx.ReadTimeout("lost"), httpx.Response(200, json={"queue_id": "q"})]
    with pytest.raises(periskope.APITimeoutError):
        await call(client.post("/message/send", body={"chat_id": "1@c.us"}))
    assert route.call_count == 2
    route.side_effect = [httpx.Response(500), httpx.Response(200, json={"queue_id": "q"})]
    result = await call(client.post("/message/send", body={"chat_id": "1@c.us"}, idempotent=True, cast_to=SendResult))
    assert result.queue_id == "q" and route.call_count == 4 and len(sleeps) == 1


async def test_get_put_and_patch_are_retried_and_delete_is_not(
    router: respx.MockRouter, client: Any, sleeps: list[float]
) -> None:
    """The same rule as every generated operation's."""
    for method in ("GET", "PUT", "PATCH"):
        route = router.route(method=method, path="/thing").mock(
            side_effect=[httpx.ConnectError("down"), httpx.Response(503), httpx.Response(200, json={"ok": 1})]
        )
        assert await call(getattr(client, method.lower())("/thing")) == {"ok": 1}
        assert route.call_count == 3
    delete = router.delete("/thing").mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
    with pytest.raises(periskope.InternalServerError):
        await call(client.delete("/thing"))
    assert delete.call_count == 1
    assert await call(client.delete("/thing", idempotent=True)) == {}


async def test_errors_are_typed(router: respx.MockRouter, client: Any) -> None:
    router.post("/contacts/create").respond(409, json={"code": "CONFLICT", "message": "Contact exists"})
    router.get("/nope").respond(404, json={"message": "not found"})
    with pytest.raises(periskope.ConflictError) as conflict:
        await call(client.post("/contacts/create", body={"contact_id": "1"}))
    assert conflict.value.status_code == 409 and conflict.value.code == "CONFLICT"
    with pytest.raises(periskope.NotFoundError):
        await call(client.get("/nope"))


async def test_raw_twins_return_the_response(router: respx.MockRouter, client: Any) -> None:
    router.get("/message/m1").respond(200, json=seed_example(), headers=SEED_HEADERS)
    raw = await call(client.with_raw_response.get("/message/m1", cast_to=Message))
    assert isinstance(raw, periskope.APIResponse) and raw.trace_id == SEED_HEADERS["x-periskope-trace-id"]
    assert raw.rate_limit is not None and raw.rate_limit.remaining == 9
    assert isinstance(raw.parse(), Message)


def test_requests_are_logged_and_paced_by_the_rate_budget(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = VirtualClock()
    monkeypatch.setattr(_retry, "sleep", clock.sleep)
    monkeypatch.setattr(_client, "time", clock)
    spent = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time.time()) + 5)}
    router.get("/queue").respond(200, json={}, headers=spent)
    client = periskope.Periskope(API_KEY, PHONE, base_url=BASE)  # the rate budget on
    with caplog.at_level(logging.INFO, logger="periskope"):
        client.get("/queue")
        client.get("/queue")  # the server said 0 remaining: wait for the window to reset
    assert len(clock.slept) == 1 and 0 < clock.slept[0] <= 5
    assert any("GET /v1/queue -> 200" in record.getMessage() for record in caplog.records)
    client.close()


async def test_the_escape_hatch_against_the_mock_server(mock_client: Any) -> None:
    chats = await call(mock_client.get("/chats", query={"limit": 1}))
    assert isinstance(chats, dict) and isinstance(chats["chats"], list)
    sent = await call(mock_client.post("/message/send", body={"chat_id": "919537851844@c.us", "message": "Hi"},
                                       cast_to=SendResult))  # fmt: skip
    assert isinstance(sent, SendResult)
    with pytest.raises(periskope.APIStatusError):  # Prism --errors: a body that breaks the spec is refused
        await call(mock_client.post("/message/send", body={"message": "no chat_id"}))
