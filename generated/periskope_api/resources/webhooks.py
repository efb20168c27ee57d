# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.webhooks"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    model,
    path_id,
    raw_response,
)
from periskope._response import decoder, list_decoder, no_content

from ..api.webhook import create_webhook, delete_webhook, get_webhook_by_id, list_webhooks, update_webhook
from ..models import (
    CreateWebhookBody,
    CreateWebhookBodyIntegrationMetadata,
    UpdateWebhookBody,
    UpdateWebhookBodyIntegrationMetadata,
    Webhook,
)


def _create_webhook(
    hook_url: str,
    integration_name: list[str] | str,
    integration_metadata: CreateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None,
    integration_type: str | None,
    type_: str | None,
    name: str | None,
) -> Call[None]:
    kwargs = create_webhook.request_kwargs(
        body=CreateWebhookBody(
            hook_url=hook_url,
            integration_name=integration_name,
            integration_metadata=model(CreateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
            integration_type=given(integration_type),
            type_=given(type_),
            name=given(name),
        )
    )
    return Call(kwargs, no_content, idempotent=False)


def _delete_webhook(id: str) -> Call[None]:
    kwargs = delete_webhook.request_kwargs(path_id("id", id))
    return Call(kwargs, no_content, idempotent=False)


def _get_webhook_by_id(id: str) -> Call[Webhook]:
    kwargs = get_webhook_by_id.request_kwargs(path_id("id", id))
    return Call(kwargs, decoder(get_webhook_by_id.parse_response, Webhook), idempotent=True)


def _list_webhooks(
    integration_name: str | None,
    type_: str | None,
    is_subscribed: bool | None,
    integration_id: str | None,
    hook_url: str | None,
) -> Call[list[Webhook]]:
    kwargs = list_webhooks.request_kwargs(
        integration_name=given(integration_name),
        type_=given(type_),
        is_subscribed=given(is_subscribed),
        integration_id=given(integration_id),
        hook_url=given(hook_url),
    )
    return Call(kwargs, list_decoder(list_webhooks.parse_response), idempotent=True)


def _update_webhook(
    id: str,
    hook_url: str | None,
    integration_name: str | None,
    integration_metadata: UpdateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None,
    integration_type: str | None,
    type_: str | None,
    is_subscribed: bool | None,
    name: str | None,
) -> Call[Webhook]:
    kwargs = update_webhook.request_kwargs(
        path_id("id", id),
        body=UpdateWebhookBody(
            hook_url=given(hook_url),
            integration_name=given(integration_name),
            integration_metadata=model(UpdateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
            integration_type=given(integration_type),
            type_=given(type_),
            is_subscribed=given(is_subscribed),
            name=given(name),
        ),
    )
    return Call(kwargs, decoder(update_webhook.parse_response, Webhook), idempotent=True)


class Webhooks(SyncResource):
    """client.webhooks"""

    def create_webhook(
        self,
        *,
        hook_url: str,
        integration_name: list[str] | str,
        integration_metadata: CreateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type_: str | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Create Webhook"""
        return self._request(
            _create_webhook(hook_url, integration_name, integration_metadata, integration_type, type_, name), request
        )

    def delete_webhook(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Webhook"""
        return self._request(_delete_webhook(id), request)

    def get_webhook_by_id(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Get Webhook By ID"""
        return self._request(_get_webhook_by_id(id), request)

    def list_webhooks(
        self,
        *,
        integration_name: str | None = None,
        type_: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """List Webhooks"""
        return self._request(_list_webhooks(integration_name, type_, is_subscribed, integration_id, hook_url), request)

    def update_webhook(
        self,
        id: str,
        *,
        hook_url: str | None = None,
        integration_name: str | None = None,
        integration_metadata: UpdateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type_: str | None = None,
        is_subscribed: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Update Webhook"""
        return self._request(
            _update_webhook(
                id, hook_url, integration_name, integration_metadata, integration_type, type_, is_subscribed, name
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        return WebhooksWithRawResponse(self)


class WebhooksWithRawResponse:
    """`client.webhooks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Webhooks) -> None:
        self.create_webhook = raw_response(resource.create_webhook)
        self.delete_webhook = raw_response(resource.delete_webhook)
        self.get_webhook_by_id = raw_response(resource.get_webhook_by_id)
        self.list_webhooks = raw_response(resource.list_webhooks)
        self.update_webhook = raw_response(resource.update_webhook)


class AsyncWebhooks(AsyncResource):
    """client.webhooks"""

    async def create_webhook(
        self,
        *,
        hook_url: str,
        integration_name: list[str] | str,
        integration_metadata: CreateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type_: str | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Create Webhook"""
        return await self._request(
            _create_webhook(hook_url, integration_name, integration_metadata, integration_type, type_, name), request
        )

    async def delete_webhook(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Webhook"""
        return await self._request(_delete_webhook(id), request)

    async def get_webhook_by_id(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Get Webhook By ID"""
        return await self._request(_get_webhook_by_id(id), request)

    async def list_webhooks(
        self,
        *,
        integration_name: str | None = None,
        type_: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """List Webhooks"""
        return await self._request(
            _list_webhooks(integration_name, type_, is_subscribed, integration_id, hook_url), request
        )

    async def update_webhook(
        self,
        id: str,
        *,
        hook_url: str | None = None,
        integration_name: str | None = None,
        integration_metadata: UpdateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None = None,
        integration_type: str | None = None,
        type_: str | None = None,
        is_subscribed: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """Update Webhook"""
        return await self._request(
            _update_webhook(
                id, hook_url, integration_name, integration_metadata, integration_type, type_, is_subscribed, name
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        return AsyncWebhooksWithRawResponse(self)


class AsyncWebhooksWithRawResponse:
    """`client.webhooks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.create_webhook = async_raw_response(resource.create_webhook)
        self.delete_webhook = async_raw_response(resource.delete_webhook)
        self.get_webhook_by_id = async_raw_response(resource.get_webhook_by_id)
        self.list_webhooks = async_raw_response(resource.list_webhooks)
        self.update_webhook = async_raw_response(resource.update_webhook)
