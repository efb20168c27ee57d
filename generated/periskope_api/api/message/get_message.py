# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def request_kwargs(
    message_id: str,
    *,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/message/{path_segment(message_id)}",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = Message.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | Message]:
    """Get Message

     This endpoint retrieves a specific message based on the `message_id` or `queue_id`

    Args:
        message_id (str):  Example:
            true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C.
        x_phone (str | Unset):  Example: {{orgPhone}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | Message | None:
    """Get Message

     This endpoint retrieves a specific message based on the `message_id` or `queue_id`

    Args:
        message_id (str):  Example:
            true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C.
        x_phone (str | Unset):  Example: {{orgPhone}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | Message]:
    """Get Message

     This endpoint retrieves a specific message based on the `message_id` or `queue_id`

    Args:
        message_id (str):  Example:
            true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C.
        x_phone (str | Unset):  Example: {{orgPhone}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | Message | None:
    """Get Message

     This endpoint retrieves a specific message based on the `message_id` or `queue_id`

    Args:
        message_id (str):  Example:
            true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C.
        x_phone (str | Unset):  Example: {{orgPhone}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            x_phone=x_phone,
        )
    ).parsed
