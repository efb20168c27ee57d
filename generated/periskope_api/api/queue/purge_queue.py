# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purge_queue_body import PurgeQueueBody
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: PurgeQueueBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/queue/purge",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_204 = cast(Any, None)
        return response_204

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurgeQueueBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Purge Queue

     This endpoint purges the jobs in the queue

    #### Request Body

    - `queue_id` _(string | string[], optional)_

        - Provide the queue_id of the message to purge only that job

    - `broadcast_id` _(string, optional)_

        - Provide the broadcast_id to purge all messages of that broadcast


    If no body is provided, this will purge all the message jobs in the queue

    Args:
        x_phone (str | Unset):
        body (PurgeQueueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        body=body,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PurgeQueueBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Any | Error | None:
    """Purge Queue

     This endpoint purges the jobs in the queue

    #### Request Body

    - `queue_id` _(string | string[], optional)_

        - Provide the queue_id of the message to purge only that job

    - `broadcast_id` _(string, optional)_

        - Provide the broadcast_id to purge all messages of that broadcast


    If no body is provided, this will purge all the message jobs in the queue

    Args:
        x_phone (str | Unset):
        body (PurgeQueueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurgeQueueBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Purge Queue

     This endpoint purges the jobs in the queue

    #### Request Body

    - `queue_id` _(string | string[], optional)_

        - Provide the queue_id of the message to purge only that job

    - `broadcast_id` _(string, optional)_

        - Provide the broadcast_id to purge all messages of that broadcast


    If no body is provided, this will purge all the message jobs in the queue

    Args:
        x_phone (str | Unset):
        body (PurgeQueueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        body=body,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PurgeQueueBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Any | Error | None:
    """Purge Queue

     This endpoint purges the jobs in the queue

    #### Request Body

    - `queue_id` _(string | string[], optional)_

        - Provide the queue_id of the message to purge only that job

    - `broadcast_id` _(string, optional)_

        - Provide the broadcast_id to purge all messages of that broadcast


    If no body is provided, this will purge all the message jobs in the queue

    Args:
        x_phone (str | Unset):
        body (PurgeQueueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
