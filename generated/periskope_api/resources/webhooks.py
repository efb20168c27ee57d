# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.webhooks"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    non_empty_str,
    omit_if_none,
    optional_model,
    raw_response,
    require_any,
)
from periskope._response import decoder, list_decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        CreateWebhookBodyIntegrationMetadata,
        Webhook,
    )


def _create_webhook(
    hook_url: str,
    integration_name: list[str] | str,
    integration_metadata: CreateWebhookBodyIntegrationMetadata | Mapping[str, Any] | None,
    integration_type: str | None,
    type: str | None,
    name: str | None,
) -> Call[None]:
    from ..api.webhook import create_webhook
    from ..models import CreateWebhookBody, CreateWebhookBodyIntegrationMetadata

    kwargs = create_webhook.request_kwargs(
        body=CreateWebhookBody(
            hook_url=hook_url,
            integration_name=integration_name,
            integration_metadata=optional_model(CreateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
            integration_type=omit_if_none(integration_type),
            type_=omit_if_none(type),
            name=omit_if_none(name),
        )
    )
    return Call(kwargs, no_content, idempotent=False)


def _delete_webhook(webhook_id: str) -> Call[None]:
    from ..api.webhook import delete_webhook

    kwargs = delete_webhook.request_kwargs(non_empty_str("webhook_id", webhook_id))
    return Call(kwargs, no_content, idempotent=False)


def _get_webhook_by_id(webhook_id: str) -> Call[Webhook]:
    from ..api.webhook import get_webhook_by_id
    from ..models import Webhook

    kwargs = get_webhook_by_id.request_kwargs(non_empty_str("webhook_id", webhook_id))
    return Call(kwargs, decoder(get_webhook_by_id.parse_response, Webhook), idempotent=True)


def _list_webhooks(
    integration_name: str | None,
    type: str | None,
    is_subscribed: bool | None,
    integration_id: str | None,
    hook_url: str | None,
) -> Call[list[Webhook]]:
    from ..api.webhook import list_webhooks

    kwargs = list_webhooks.request_kwargs(
        integration_name=omit_if_none(integration_name),
        type_=omit_if_none(type),
        is_subscribed=omit_if_none(is_subscribed),
        integration_id=omit_if_none(integration_id),
        hook_url=omit_if_none(hook_url),
    )
    return Call(kwargs, list_decoder(list_webhooks.parse_response), idempotent=True)


def _update_webhook(
    webhook_id: str,
    hook_url: str | None,
    integration_name: str | None,
    integration_metadata: Mapping[str, Any] | None,
    integration_type: str | None,
    type: str | None,
    is_subscribed: bool | None,
    name: str | None,
) -> Call[Webhook]:
    from ..api.webhook import update_webhook
    from ..models import UpdateWebhookBody, UpdateWebhookBodyIntegrationMetadata, Webhook

    require_any(
        "webhooks.update",
        hook_url=hook_url,
        integration_name=integration_name,
        integration_metadata=integration_metadata,
        integration_type=integration_type,
        type=type,
        is_subscribed=is_subscribed,
        name=name,
    )
    kwargs = update_webhook.request_kwargs(
        non_empty_str("webhook_id", webhook_id),
        body=UpdateWebhookBody(
            hook_url=omit_if_none(hook_url),
            integration_name=omit_if_none(integration_name),
            integration_metadata=optional_model(UpdateWebhookBodyIntegrationMetadata.from_dict, integration_metadata),
            integration_type=omit_if_none(integration_type),
            type_=omit_if_none(type),
            is_subscribed=omit_if_none(is_subscribed),
            name=omit_if_none(name),
        ),
    )
    return Call(kwargs, decoder(update_webhook.parse_response, Webhook), idempotent=True)


class Webhooks(SyncResource):
    """client.webhooks"""

    def delete(
        self,
        webhook_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete a subscription."""
        return self._request(_delete_webhook(webhook_id), request)

    def get(
        self,
        webhook_id: str,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """One subscription, by its id."""
        return self._request(_get_webhook_by_id(webhook_id), request)

    def list(
        self,
        *,
        integration_name: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """The organisation's subscriptions, filtered by event (`integration_name`), type, URL, ... (not paginated)."""
        return self._request(_list_webhooks(integration_name, type, is_subscribed, integration_id, hook_url), request)

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
        return self._request(
            _update_webhook(
                webhook_id,
                hook_url,
                integration_name,
                integration_metadata,
                integration_type,
                type,
                is_subscribed,
                name,
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        return WebhooksWithRawResponse(self)


class WebhooksWithRawResponse:
    """`client.webhooks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Webhooks) -> None:
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncWebhooks(AsyncResource):
    """client.webhooks"""

    async def delete(
        self,
        webhook_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete a subscription."""
        return await self._request(_delete_webhook(webhook_id), request)

    async def get(
        self,
        webhook_id: str,
        **request: Unpack[RequestOptions],
    ) -> Webhook:
        """One subscription, by its id."""
        return await self._request(_get_webhook_by_id(webhook_id), request)

    async def list(
        self,
        *,
        integration_name: str | None = None,
        type: str | None = None,
        is_subscribed: bool | None = None,
        integration_id: str | None = None,
        hook_url: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[Webhook]:
        """The organisation's subscriptions, filtered by event (`integration_name`), type, URL, ... (not paginated)."""
        return await self._request(
            _list_webhooks(integration_name, type, is_subscribed, integration_id, hook_url), request
        )

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
        """Change a subscription: its URL, event, metadata, name, or pause it with is_subscribed=False."""
        return await self._request(
            _update_webhook(
                webhook_id,
                hook_url,
                integration_name,
                integration_metadata,
                integration_type,
                type,
                is_subscribed,
                name,
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        return AsyncWebhooksWithRawResponse(self)


class AsyncWebhooksWithRawResponse:
    """`client.webhooks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_response(resource.list)
        self.update = async_raw_response(resource.update)
