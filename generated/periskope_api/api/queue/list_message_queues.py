# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_message_queues_body import ListMessageQueuesBody
from ...models.message_queue_job import MessageQueueJob
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: ListMessageQueuesBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/message/queues",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[MessageQueueJob] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MessageQueueJob.from_dict(response_200_item_data)

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
            response_200_item = MessageQueueJob.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MessageQueueJob] | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[MessageQueueJob]]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListMessageQueuesBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | list[MessageQueueJob]]:
    """List All Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/list-queue-jobs). The jobs
    of the message queue, optionally only one (`queue_id`) or those of a broadcast (`broadcast_id`).
    Replaces the deprecated GET /queue/jobs.

    Args:
        x_phone (str | Unset):
        body (ListMessageQueuesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MessageQueueJob]]
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
    body: ListMessageQueuesBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | list[MessageQueueJob] | None:
    """List All Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/list-queue-jobs). The jobs
    of the message queue, optionally only one (`queue_id`) or those of a broadcast (`broadcast_id`).
    Replaces the deprecated GET /queue/jobs.

    Args:
        x_phone (str | Unset):
        body (ListMessageQueuesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MessageQueueJob]
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListMessageQueuesBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | list[MessageQueueJob]]:
    """List All Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/list-queue-jobs). The jobs
    of the message queue, optionally only one (`queue_id`) or those of a broadcast (`broadcast_id`).
    Replaces the deprecated GET /queue/jobs.

    Args:
        x_phone (str | Unset):
        body (ListMessageQueuesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MessageQueueJob]]
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
    body: ListMessageQueuesBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | list[MessageQueueJob] | None:
    """List All Message Queues

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/list-queue-jobs). The jobs
    of the message queue, optionally only one (`queue_id`) or those of a broadcast (`broadcast_id`).
    Replaces the deprecated GET /queue/jobs.

    Args:
        x_phone (str | Unset):
        body (ListMessageQueuesBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MessageQueueJob]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
