# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.phone import Phone
from ...types import Response


def request_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phones/create",
    }

    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | Phone | None:
    if response.status_code == 200:
        response_200 = Phone.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = Phone.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Phone | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Phone]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Phone]:
    """Create Phone

     This endpoint will create a new phone for your organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Phone]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | Phone | None:
    """Create Phone

     This endpoint will create a new phone for your organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Phone
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Phone]:
    """Create Phone

     This endpoint will create a new phone for your organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Phone]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | Phone | None:
    """Create Phone

     This endpoint will create a new phone for your organization

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Phone
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
