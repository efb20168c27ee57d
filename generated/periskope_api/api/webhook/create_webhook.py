# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_body import CreateWebhookBody
from ...models.error import Error
from ...models.webhook import Webhook
from ...types import Response


def request_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[Webhook] | Webhook | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> list[Webhook] | Webhook:
            try:
                if not (isinstance(data, list)):
                    raise TypeError()
                response_201_type_0 = []
                _response_201_type_0 = data
                for response_201_type_0_item_data in _response_201_type_0:
                    response_201_type_0_item = Webhook.from_dict(response_201_type_0_item_data)

                    response_201_type_0.append(response_201_type_0_item)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, dict)):
                raise TypeError(f"response_201: unexpected {type(data).__name__}")
            response_201_type_1 = Webhook.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:

        def _parse_response_201(data: object) -> list[Webhook] | Webhook:
            try:
                if not (isinstance(data, list)):
                    raise TypeError()
                response_201_type_0 = []
                _response_201_type_0 = data
                for response_201_type_0_item_data in _response_201_type_0:
                    response_201_type_0_item = Webhook.from_dict(response_201_type_0_item_data)

                    response_201_type_0.append(response_201_type_0_item)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, dict)):
                raise TypeError(f"response_201: unexpected {type(data).__name__}")
            response_201_type_1 = Webhook.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Webhook] | Webhook | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Webhook] | Webhook]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Error | list[Webhook] | Webhook]:
    """Create Webhook

     This endpoint creates a new webhook subscription

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook] | Webhook]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Error | list[Webhook] | Webhook | None:
    """Create Webhook

     This endpoint creates a new webhook subscription

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook] | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Error | list[Webhook] | Webhook]:
    """Create Webhook

     This endpoint creates a new webhook subscription

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook] | Webhook]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Error | list[Webhook] | Webhook | None:
    """Create Webhook

     This endpoint creates a new webhook subscription

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook] | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
