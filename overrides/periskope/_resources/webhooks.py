"""client.webhooks: webhook subscriptions (one row per event) - list, get, create, update, delete.

The API's request bodies are camelCase (`hookUrl`, `integrationName`, ...); the arguments here are snake_case and
the generated body models spell them for the wire.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

import httpx

from periskope_api.api.webhook import create_webhook, delete_webhook, get_webhook_by_id, list_webhooks, update_webhook
from periskope_api.models import (
    CreateWebhookBody,
    CreateWebhookBodyIntegrationMetadata,
    UpdateWebhookBody,
    UpdateWebhookBodyIntegrationMetadata,
    Webhook,
)

from .._call import Call
from .._errors import APIResponseValidationError, PeriskopeError
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    model,
    path_id,
    raw_response,
)
from .._response import decoder, no_content

WebhookList = list[Webhook]  # (`list` is a method name in the classes below)
Events = str | Sequence[str]

_decode_webhook = decoder(get_webhook_by_id.parse_response, Webhook)
_decode_updated = decoder(update_webhook.parse_response, Webhook)
_decode_list = decoder(list_webhooks.parse_response, list)
_decode_created = decoder(create_webhook.parse_response, object)


def _webhook_list(response: httpx.Response) -> WebhookList:
    return list(_decode_list(response))


def _created(response: httpx.Response) -> WebhookList:
    """The SDK types the 201 as one row per event; the docs show a single row: a list either way."""
    parsed = _decode_created(response)
    if isinstance(parsed, Webhook):
        return [parsed]
    if isinstance(parsed, list):
        return list(parsed)
    raise APIResponseValidationError("the created webhooks are neither a row nor a list of rows", response=response)


def _events(value: Events) -> str | list[str]:
    if isinstance(value, str):
        return path_id("integration_name", value)
    events = list(value)
    if not events or not all(isinstance(event, str) and event for event in events):
        raise PeriskopeError(f"integration_name must be an event name or a non-empty list of them, got {value!r}")
    return events


def _list(
    integration_name: str | None, type_: str | None, is_subscribed: bool | None, integration_id: str | None,
    hook_url: str | None,
) -> Call[WebhookList]:  # fmt: skip
    kwargs = list_webhooks.request_kwargs(
        integration_name=given(integration_name), type_=given(type_), is_subscribed=given(is_subscribed),
        integration_id=given(integration_id), hook_url=given(hook_url),
    )  # fmt: skip
    return Call(kwargs, _webhook_list, idempotent=True)


def _get(webhook_id: str) -> Call[Webhook]:
    return Call(get_webhook_by_id.request_kwargs(path_id("webhook_id", webhook_id)), _decode_webhook, idempotent=True)


def _create(
    hook_url: str, integration_name: Events, integration_metadata: Mapping[str, Any] | None,
    integration_type: str | None, type_: str | None, name: str | None,
) -> Call[WebhookList]:  # fmt: skip
    body = CreateWebhookBody(
        hook_url=path_id("hook_url", hook_url),
        integration_name=_events(integration_name),
        integration_metadata=model(CreateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
        integration_type=given(integration_type),
        type_=given(type_),
        name=given(name),
    )
    return Call(create_webhook.request_kwargs(body=body), _created, idempotent=False)


def _update(
    webhook_id: str, hook_url: str | None, integration_name: str | None, integration_metadata: Mapping[str, Any] | None,
    integration_type: str | None, type_: str | None, is_subscribed: bool | None, name: str | None,
) -> Call[Webhook]:  # fmt: skip
    fields = (hook_url, integration_name, integration_metadata, integration_type, type_, is_subscribed, name)
    if all(value is None for value in fields):
        raise PeriskopeError("webhooks.update needs at least one field to change")
    body = UpdateWebhookBody(
        hook_url=given(hook_url),
        integration_name=given(integration_name),
        integration_metadata=model(UpdateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
        integration_type=given(integration_type),
        type_=given(type_),
        is_subscribed=given(is_subscribed),
        name=given(name),
    )
    kwargs = update_webhook.request_kwargs(path_id("webhook_id", webhook_id), body=body)
    return Call(kwargs, _decode_updated, idempotent=True)


def _delete(webhook_id: str) -> Call[None]:
    # A second delete would answer 404 to a delete that worked: not retried once it may have reached the server.
    return Call(delete_webhook.request_kwargs(path_id("webhook_id", webhook_id)), no_content, idempotent=False)


class Webhooks(SyncResource):
    def list(
        self,
        *,
        integration_name: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> WebhookList:
        """The organisation's subscriptions, filtered by event (`integration_name`), type, URL, ... (not paginated)."""
        return self._request(_list(integration_name, type, is_subscribed, integration_id, hook_url), request)

    def get(self, webhook_id: str, **request: Unpack[RequestOptions]) -> Webhook:
        """One subscription, by its id."""
        return self._request(_get(webhook_id), request)

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
    ) -> WebhookList:
        """Send an event (`"message.created"`) or several to `hook_url`; returns the subscriptions, one per event."""
        call = _create(hook_url, integration_name, integration_metadata, integration_type, type, name)
        return self._request(call, request)

    def update(
        self,
        webhook_id: str,
        *,
        hook_url: str | None = None,
        integration_name: str | None = None,
        integration_metadata: Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Change a subscription: its URL, event, metadata, name, or pause it with is_subscribed=False."""
        call = _update(
            webhook_id, hook_url, integration_name, integration_metadata, integration_type, type, is_subscribed, name
        )
        return self._request(call, request)

    def delete(self, webhook_id: str, **request: Unpack[RequestOptions]) -> None:
        """Delete a subscription."""
        return self._request(_delete(webhook_id), request)

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        return WebhooksWithRawResponse(self)


class WebhooksWithRawResponse:
    def __init__(self, webhooks: Webhooks) -> None:
        self.list = raw_response(webhooks.list)
        self.get = raw_response(webhooks.get)
        self.create = raw_response(webhooks.create)
        self.update = raw_response(webhooks.update)
        self.delete = raw_response(webhooks.delete)


class AsyncWebhooks(AsyncResource):
    async def list(
        self,
        *,
        integration_name: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> WebhookList:
        """The organisation's subscriptions; see Webhooks.list."""
        return await self._request(_list(integration_name, type, is_subscribed, integration_id, hook_url), request)

    async def get(self, webhook_id: str, **request: Unpack[RequestOptions]) -> Webhook:
        """One subscription, by its id."""
        return await self._request(_get(webhook_id), request)

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
    ) -> WebhookList:
        """Subscribe `hook_url` to one event or several; see Webhooks.create."""
        call = _create(hook_url, integration_name, integration_metadata, integration_type, type, name)
        return await self._request(call, request)

    async def update(
        self,
        webhook_id: str,
        *,
        hook_url: str | None = None,
        integration_name: str | None = None,
        integration_metadata: Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Change a subscription; see Webhooks.update."""
        call = _update(
            webhook_id, hook_url, integration_name, integration_metadata, integration_type, type, is_subscribed, name
        )
        return await self._request(call, request)

    async def delete(self, webhook_id: str, **request: Unpack[RequestOptions]) -> None:
        """Delete a subscription."""
        return await self._request(_delete(webhook_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        return AsyncWebhooksWithRawResponse(self)


class AsyncWebhooksWithRawResponse:
    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self.list = async_raw_response(webhooks.list)
        self.get = async_raw_response(webhooks.get)
        self.create = async_raw_response(webhooks.create)
        self.update = async_raw_response(webhooks.update)
        self.delete = async_raw_response(webhooks.delete)
