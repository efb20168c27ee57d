"""client.with_options builds a new client from every constructor setting, sharing the parent's pool."""

from __future__ import annotations

from typing import Any

import httpx
from conftest import PHONE, Recorder, call

import periskope


async def test_with_options_takes_every_setting_and_none_means_none(make_client: Any) -> None:
    recorder = Recorder()
    client = make_client(recorder, timeout=30.0)
    other = client.with_options(
        api_key="sk-other", phone=None, base_url="http://127.0.0.1:9/v2", timeout=None, max_retries=0, rate_budget=False
    )
    await call(other.messages.get("m"))
    await call(client.messages.get("m"))
    first, second = recorder.requests
    assert first.headers["authorization"] == "Bearer sk-other"
    assert "x-phone" not in first.headers and second.headers["x-phone"] == PHONE
    assert first.url.path.startswith("/v2/") and not second.url.path.startswith("/v2/")
    assert first.extensions["timeout"]["read"] is None and second.extensions["timeout"]["read"] == 30.0
    assert (other.max_retries, other.rate_budget) == (0, False)
    assert (client.phone, client.timeout, client.max_retries) == (PHONE, 30.0, 2)
    assert other._http is client._http and other.messages is not client.messages
    assert type(other) is type(client)


async def test_with_options_keeps_what_is_not_given_and_can_take_its_own_pool(make_client: Any) -> None:
    client = make_client(Recorder(), timeout=12.0, max_retries=1)
    same = client.with_options()
    assert (same.phone, same.timeout, same.max_retries, same.base_url) == (
        client.phone, client.timeout, client.max_retries, client.base_url
    )  # fmt: skip
    mine = Recorder()
    own = httpx.MockTransport(mine)
    pool = (
        httpx.AsyncClient(transport=own)
        if isinstance(client, periskope.AsyncPeriskope)
        else httpx.Client(transport=own)
    )
    await call(client.with_options(http_client=pool).messages.get("m"))
    assert len(mine.requests) == 1
