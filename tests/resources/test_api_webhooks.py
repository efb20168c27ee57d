"""client.webhooks: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import Recorder, body_of, call, every, json_response, resource
from resources.samples import CREATE_WEBHOOK

import periskope
from periskope.models import (
    IntegrationType,
    Webhook,
    WebhookEvent,
)


async def test_webhook_operations_pass_the_mock(mock_client: Any) -> None:
    webhooks = resource(mock_client, "webhooks")
    found = await call(webhooks.list(integration_name="message.created", is_subscribed=True))
    assert every(found, Webhook)
    assert isinstance(await call(webhooks.get("0ef25935")), Webhook)
    created = await call(
        webhooks.create(hook_url="https://example.com/hook", integration_name=["message.created", "ticket.created"])
    )
    assert [hook.id for hook in created] == [CREATE_WEBHOOK["id"]]  # the documented single-row example, as a list
    assert isinstance(await call(webhooks.update("0ef25935", is_subscribed=False, name="paused")), Webhook)
    assert await call(webhooks.delete("0ef25935")) is None


async def test_webhook_requests_are_camel_case(make_client: Any) -> None:
    recorder = Recorder(
        json_response(200, [CREATE_WEBHOOK]),
        json_response(201, [CREATE_WEBHOOK, {**CREATE_WEBHOOK, "id": "wh-2", "integration_name": "message.created"}]),
        json_response(200, {**CREATE_WEBHOOK, "is_subscribed": False}),
    )
    webhooks = resource(make_client(recorder), "webhooks")
    await call(
        webhooks.list(integration_name="ticket.created", type="webhook", is_subscribed=False, hook_url="https://h")
    )
    created = await call(
        webhooks.create(
            hook_url="https://h", integration_name=["ticket.created", "message.created"],
            integration_metadata={"source": "crm"}, integration_type="webhook", type="webhook", name="CRM",
        )
    )  # fmt: skip
    updated = await call(webhooks.update("wh-1", is_subscribed=False, integration_name="message.created"))
    listing, create, update = recorder.requests
    assert (listing.method, listing.url.path) == ("GET", "/v1/webhooks")
    assert dict(listing.url.params) == {
        "integration_name": "ticket.created", "type": "webhook", "is_subscribed": "false", "hook_url": "https://h",
    }  # fmt: skip
    assert (create.method, create.url.path) == ("POST", "/v1/webhooks")
    assert body_of(create) == {
        "hookUrl": "https://h", "integrationName": ["ticket.created", "message.created"],
        "integrationMetadata": {"source": "crm"}, "integrationType": "webhook", "type": "webhook", "name": "CRM",
    }  # fmt: skip
    assert (update.method, update.url.path) == ("PATCH", "/v1/webhooks/wh-1")
    assert body_of(update) == {"isSubscribed": False, "integrationName": "message.created"}
    assert [hook.id for hook in created] == [CREATE_WEBHOOK["id"], "wh-2"]
    assert updated.is_subscribed is False


async def test_webhook_create_with_one_event_and_update_needs_a_field(make_client: Any) -> None:
    recorder = Recorder(json_response(201, CREATE_WEBHOOK))
    webhooks = resource(make_client(recorder), "webhooks")
    created = await call(webhooks.create(hook_url="https://h", integration_name="ticket.created"))
    assert body_of(recorder.requests[0]) == {"hookUrl": "https://h", "integrationName": "ticket.created"}
    assert len(created) == 1
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(webhooks.update("wh-1"))
    with pytest.raises(periskope.PeriskopeError, match="integration_name"):
        await call(webhooks.create(hook_url="https://h", integration_name=[]))
    assert len(recorder.requests) == 1


def test_webhook_example_decodes() -> None:
    hook = Webhook.from_dict(CREATE_WEBHOOK)
    assert hook.integration_name == WebhookEvent.TICKET_CREATED
    assert hook.type_ == IntegrationType.WEBHOOK
    assert hook.integration_metadata.name == CREATE_WEBHOOK["hook_url"]
    assert hook.subscribed_at == datetime(2025, 11, 16, 11, 20, 42, 38000, tzinfo=UTC)
    assert hook.to_dict() == {**CREATE_WEBHOOK, "subscribed_at": "2025-11-16T11:20:42.038000+00:00"}
