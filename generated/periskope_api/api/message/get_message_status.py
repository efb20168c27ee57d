# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_status import MessageStatus
from ...types import UNSET, Response, Unset


def request_kwargs(
    unique_id: str,
    *,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/message/{path_segment(unique_id)}/status",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | MessageStatus | None:
    if response.status_code == 200:
        response_200 = MessageStatus.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = MessageStatus.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageStatus | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageStatus]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unique_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | MessageStatus]:
    """Get Message Status

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/get-message-status; the path
    is quoted on api-reference/message/list-queue-jobs, the old SDK calls it
    `message.getMesssageStatus`). Where a message sent with /message/send or /message/broadcast is:
    queued, sent, delivered, read or failed, with its ack, timeline and (groups) delivered and read
    counts. `unique_id` is the id the send returned. The GET method is inferred (a read, with nothing in
    a body); the example is assembled from the fields the page lists.

    Args:
        unique_id (str):  Example: 3EB0A0A8F90A01259C81A3.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageStatus]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unique_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | MessageStatus | None:
    """Get Message Status

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/get-message-status; the path
    is quoted on api-reference/message/list-queue-jobs, the old SDK calls it
    `message.getMesssageStatus`). Where a message sent with /message/send or /message/broadcast is:
    queued, sent, delivered, read or failed, with its ack, timeline and (groups) delivered and read
    counts. `unique_id` is the id the send returned. The GET method is inferred (a read, with nothing in
    a body); the example is assembled from the fields the page lists.

    Args:
        unique_id (str):  Example: 3EB0A0A8F90A01259C81A3.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageStatus
    """

    return sync_detailed(
        unique_id=unique_id,
        client=client,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    unique_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | MessageStatus]:
    """Get Message Status

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/get-message-status; the path
    is quoted on api-reference/message/list-queue-jobs, the old SDK calls it
    `message.getMesssageStatus`). Where a message sent with /message/send or /message/broadcast is:
    queued, sent, delivered, read or failed, with its ack, timeline and (groups) delivered and read
    counts. `unique_id` is the id the send returned. The GET method is inferred (a read, with nothing in
    a body); the example is assembled from the fields the page lists.

    Args:
        unique_id (str):  Example: 3EB0A0A8F90A01259C81A3.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageStatus]
    """

    kwargs = request_kwargs(
        unique_id=unique_id,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unique_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | MessageStatus | None:
    """Get Message Status

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/get-message-status; the path
    is quoted on api-reference/message/list-queue-jobs, the old SDK calls it
    `message.getMesssageStatus`). Where a message sent with /message/send or /message/broadcast is:
    queued, sent, delivered, read or failed, with its ack, timeline and (groups) delivered and read
    counts. `unique_id` is the id the send returned. The GET method is inferred (a read, with nothing in
    a body); the example is assembled from the fields the page lists.

    Args:
        unique_id (str):  Example: 3EB0A0A8F90A01259C81A3.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageStatus
    """

    return (
        await asyncio_detailed(
            unique_id=unique_id,
            client=client,
            x_phone=x_phone,
        )
    ).parsed
