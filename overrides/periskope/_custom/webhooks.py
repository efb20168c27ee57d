"""client.webhooks: the generated methods, and `create`, which checks its events and always returns a list.

The API's request bodies are camelCase (`hookUrl`, `integrationName`, ...); the arguments are snake_case and the
generated body models spell them for the wire.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

import httpx

from periskope_api.api.webhook import create_webhook
from periskope_api.models import Webhook
from periskope_api.resources import webhooks as generated

from .._call import Call
from .._errors import APIResponseValidationError, PeriskopeError
from .._resource_base import RequestOptions, async_raw_response, non_empty_str, raw_response
from .._response import decoder

Events = str | Sequence[str]

_decode_created = decoder(create_webhook.parse_response, object)


def _created(response: httpx.Response) -> list[Webhook]:
    """The SDK types the 201 as one row per event; the docs show a single row: a list either way."""
    parsed = _decode_created(response)
    if isinstance(parsed, Webhook):
        return [parsed]
    if isinstance(parsed, list):
        return list(parsed)
    raise APIResponseValidationError("the created webhooks are neither a row nor a list of rows", response=response)


def _events(value: Events) -> str | list[str]:
    if isinstance(value, str):
        return non_empty_str("integration_name", value)
    events = list(value)
    if not events or not all(isinstance(event, str) and event for event in events):
        raise PeriskopeError(f"integration_name must be an event name or a non-empty list of them, got {value!r}")
    return events


def _create(
    hook_url: str, integration_name: Events, integration_metadata: Mapping[str, Any] | None,
    integration_type: str | None, type_: str | None, name: str | None,
) -> Call[list[Webhook]]:  # fmt: skip
    call = generated._create_webhook(
        non_empty_str("hook_url", hook_url),
        _events(integration_name),
        integration_metadata,
        integration_type,
        type_,
        name,
    )
    return Call(call.request, _created, call.idempotent)


class Webhooks(generated.Webhooks):
    def create(
        self,
        *,
        hook_url: str,
        integration_name: Events,
        integration_metadata: Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type: str | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """Send an event (`"message.created"`) or several to `hook_url`; returns the subscriptions, one per event."""
        call = _create(hook_url, integration_name, integration_metadata, integration_type, type, name)
        return self._request(call, request)

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        return WebhooksWithRawResponse(self)


class WebhooksWithRawResponse(generated.WebhooksWithRawResponse):
    def __init__(self, webhooks: Webhooks) -> None:
        super().__init__(webhooks)
        self.create = raw_response(webhooks.create)


class AsyncWebhooks(generated.AsyncWebhooks):
    async def create(
        self,
        *,
        hook_url: str,
        integration_name: Events,
        integration_metadata: Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type: str | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """Subscribe `hook_url` to events; see Webhooks.create."""
        call = _create(hook_url, integration_name, integration_metadata, integration_type, type, name)
        return await self._request(call, request)

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        return AsyncWebhooksWithRawResponse(self)


class AsyncWebhooksWithRawResponse(generated.AsyncWebhooksWithRawResponse):
    def __init__(self, webhooks: AsyncWebhooks) -> None:
        super().__init__(webhooks)
        self.create = async_raw_response(webhooks.create)
