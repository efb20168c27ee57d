# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    integration_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    is_subscribed: bool | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    hook_url: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_name"] = integration_name

    params["type"] = type_

    params["is_subscribed"] = is_subscribed

    params["integration_id"] = integration_id

    params["hook_url"] = hook_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[Webhook] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Webhook] | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Webhook]]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    is_subscribed: bool | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    hook_url: str | Unset = UNSET,
) -> Response[Error | list[Webhook]]:
    """List Webhooks

     This endpoint retrieves a list of webhooks with optional filters

    Args:
        integration_name (str | Unset):
        type_ (str | Unset):
        is_subscribed (bool | Unset):
        integration_id (str | Unset):
        hook_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook]]
    """

    kwargs = request_kwargs(
        integration_name=integration_name,
        type_=type_,
        is_subscribed=is_subscribed,
        integration_id=integration_id,
        hook_url=hook_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    integration_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    is_subscribed: bool | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    hook_url: str | Unset = UNSET,
) -> Error | list[Webhook] | None:
    """List Webhooks

     This endpoint retrieves a list of webhooks with optional filters

    Args:
        integration_name (str | Unset):
        type_ (str | Unset):
        is_subscribed (bool | Unset):
        integration_id (str | Unset):
        hook_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook]
    """

    return sync_detailed(
        client=client,
        integration_name=integration_name,
        type_=type_,
        is_subscribed=is_subscribed,
        integration_id=integration_id,
        hook_url=hook_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    is_subscribed: bool | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    hook_url: str | Unset = UNSET,
) -> Response[Error | list[Webhook]]:
    """List Webhooks

     This endpoint retrieves a list of webhooks with optional filters

    Args:
        integration_name (str | Unset):
        type_ (str | Unset):
        is_subscribed (bool | Unset):
        integration_id (str | Unset):
        hook_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook]]
    """

    kwargs = request_kwargs(
        integration_name=integration_name,
        type_=type_,
        is_subscribed=is_subscribed,
        integration_id=integration_id,
        hook_url=hook_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    integration_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    is_subscribed: bool | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    hook_url: str | Unset = UNSET,
) -> Error | list[Webhook] | None:
    """List Webhooks

     This endpoint retrieves a list of webhooks with optional filters

    Args:
        integration_name (str | Unset):
        type_ (str | Unset):
        is_subscribed (bool | Unset):
        integration_id (str | Unset):
        hook_url (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook]
    """

    return (
        await asyncio_detailed(
            client=client,
            integration_name=integration_name,
            type_=type_,
            is_subscribed=is_subscribed,
            integration_id=integration_id,
            hook_url=hook_url,
        )
    ).parsed
