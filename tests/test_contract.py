"""Contract tests against the bundled mock (Prism serving generated/openapi.yaml, with --errors): the client's real
requests pass Prism's validation of the spec, and the responses decode."""

from __future__ import annotations

import httpx
import pytest
from conftest import API_KEY, PHONE, SEED_ID, seed_example

import periskope
from periskope._call import Call


def check_seed(raw: periskope.APIResponse[periskope.Message]) -> None:
    assert raw.status_code == 200
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert raw.rate_limit is not None
    assert raw.rate_limit.limit == 10
    assert raw.trace_id == "67cc4ef0-dd36-11ef-bd3a-473103610e33"
    message = raw.parse()
    assert message.message_id == SEED_ID
    assert message.ack == periskope.Ack.DELIVERED_ALL
    assert message.to_dict().keys() == seed_example().keys()
    assert periskope.Message.from_dict(raw.json()) == message


def test_sync_get_message(mock_url: str) -> None:
    with periskope.Periskope(API_KEY, PHONE, base_url=mock_url) as client:
        check_seed(client.messages.with_raw_response.get(SEED_ID))
        check_seed(client.messages.with_raw_response.get(SEED_ID, phone="phone-bqzvyibhmwkaergr"))
        assert client.messages.get("459d1ec5-1d0d-4170-947b-4ad4adca5ba9").message_type == periskope.MessageType.CHAT


async def test_async_get_message(mock_url: str) -> None:
    async with periskope.AsyncPeriskope(API_KEY, PHONE, base_url=mock_url) as client:
        check_seed(await client.messages.with_raw_response.get(SEED_ID))
        message = await client.messages.get(SEED_ID)
        assert message.timestamp is not None


def test_the_mock_enforces_the_spec(mock_url: str) -> None:
    """The mock is a real check: a request without the bearer token is refused, and the client raises for it."""
    assert httpx.get(f"{mock_url}/message/x").status_code == 401
    no_such_path = Call({"method": "get", "url": "/no/such/path"}, lambda response: response, idempotent=True)
    with (
        periskope.Periskope(API_KEY, PHONE, base_url=mock_url, max_retries=0) as client,
        pytest.raises(periskope.NotFoundError),
    ):
        client.request(no_such_path)
