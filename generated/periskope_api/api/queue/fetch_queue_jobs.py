# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_job import QueueJob
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: Any | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    broadcast_id: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    params: dict[str, Any] = {}

    params["queue_id"] = queue_id

    params["broadcast_id"] = broadcast_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/queue/jobs",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[QueueJob] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = QueueJob.from_dict(response_200_item_data)

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
            response_200_item = QueueJob.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[QueueJob] | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[QueueJob]]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    broadcast_id: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | list[QueueJob]]:
    """Fetch Queue Jobs

     This endpoint returns the jobs currently in the queue

    Args:
        queue_id (str | Unset):
        broadcast_id (str | Unset):
        x_phone (str | Unset):
        body (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[QueueJob]]
    """

    kwargs = request_kwargs(
        body=body,
        queue_id=queue_id,
        broadcast_id=broadcast_id,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Any | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    broadcast_id: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | list[QueueJob] | None:
    """Fetch Queue Jobs

     This endpoint returns the jobs currently in the queue

    Args:
        queue_id (str | Unset):
        broadcast_id (str | Unset):
        x_phone (str | Unset):
        body (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[QueueJob]
    """

    return sync_detailed(
        client=client,
        body=body,
        queue_id=queue_id,
        broadcast_id=broadcast_id,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    broadcast_id: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | list[QueueJob]]:
    """Fetch Queue Jobs

     This endpoint returns the jobs currently in the queue

    Args:
        queue_id (str | Unset):
        broadcast_id (str | Unset):
        x_phone (str | Unset):
        body (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[QueueJob]]
    """

    kwargs = request_kwargs(
        body=body,
        queue_id=queue_id,
        broadcast_id=broadcast_id,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    broadcast_id: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | list[QueueJob] | None:
    """Fetch Queue Jobs

     This endpoint returns the jobs currently in the queue

    Args:
        queue_id (str | Unset):
        broadcast_id (str | Unset):
        x_phone (str | Unset):
        body (Any | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[QueueJob]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            queue_id=queue_id,
            broadcast_id=broadcast_id,
            x_phone=x_phone,
        )
    ).parsed
