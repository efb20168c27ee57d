# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_health import QueueHealth
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message/queues/health",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | QueueHealth | None:
    if response.status_code == 200:
        response_200 = QueueHealth.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = QueueHealth.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueueHealth | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | QueueHealth]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | QueueHealth]:
    """Get Status of Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/queue-health). How many jobs
    of the message queue are in each state. Replaces the deprecated GET /queue.

    Args:
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueHealth]
    """

    kwargs = request_kwargs(
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | QueueHealth | None:
    """Get Status of Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/queue-health). How many jobs
    of the message queue are in each state. Replaces the deprecated GET /queue.

    Args:
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueHealth
    """

    return sync_detailed(
        client=client,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | QueueHealth]:
    """Get Status of Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/queue-health). How many jobs
    of the message queue are in each state. Replaces the deprecated GET /queue.

    Args:
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueHealth]
    """

    kwargs = request_kwargs(
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | QueueHealth | None:
    """Get Status of Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/queue-health). How many jobs
    of the message queue are in each state. Replaces the deprecated GET /queue.

    Args:
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueHealth
    """

    return (
        await asyncio_detailed(
            client=client,
            x_phone=x_phone,
        )
    ).parsed
