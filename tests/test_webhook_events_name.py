"""`periskope.webhook_events` (parsing deliveries) reads apart from `client.webhooks` (subscriptions); the old name
`periskope.webhooks` keeps working and gives the very same objects."""

from __future__ import annotations

import json

import periskope
from periskope import webhook_events, webhooks


def test_webhook_events_is_the_parsing_module_and_webhooks_its_alias() -> None:
    assert set(webhook_events.__all__) == set(webhooks.__all__)
    for name in webhooks.__all__:
        assert getattr(webhook_events, name) is getattr(webhooks, name), name
    assert periskope.webhook_events is webhook_events and periskope.webhooks is webhooks
    body = json.dumps({"event": "something.new", "data": {"x": 1}, "org_id": "o", "timestamp": "2025-01-01T00:00:00Z"})
    event = webhook_events.parse(body)
    assert isinstance(event, webhooks.UnknownEvent) and event.data == {"x": 1}


def test_client_webhooks_are_the_subscriptions() -> None:
    client = periskope.Periskope(api_key="sk-test-0123456789abcdef", base_url="http://127.0.0.1:9")
    assert callable(client.webhooks.create) and callable(client.webhooks.list)
    assert not hasattr(client.webhooks, "parse")
