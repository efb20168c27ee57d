# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scheduled_message import ScheduledMessage
from ...types import UNSET, Response, Unset


def request_kwargs(
    scheduled_id: str,
    *,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/message/scheduled/{path_segment(scheduled_id)}",
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | ScheduledMessage | None:
    if response.status_code == 200:
        response_200 = ScheduledMessage.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ScheduledMessage.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScheduledMessage | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScheduledMessage]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scheduled_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessage]:
    """Get Scheduled Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/get-scheduled-
    message).

    Args:
        scheduled_id (str):  Example: 00000000-0000-0000-0000-000000000000.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessage]
    """

    kwargs = request_kwargs(
        scheduled_id=scheduled_id,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scheduled_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessage | None:
    """Get Scheduled Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/get-scheduled-
    message).

    Args:
        scheduled_id (str):  Example: 00000000-0000-0000-0000-000000000000.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessage
    """

    return sync_detailed(
        scheduled_id=scheduled_id,
        client=client,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    scheduled_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessage]:
    """Get Scheduled Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/get-scheduled-
    message).

    Args:
        scheduled_id (str):  Example: 00000000-0000-0000-0000-000000000000.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessage]
    """

    kwargs = request_kwargs(
        scheduled_id=scheduled_id,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scheduled_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessage | None:
    """Get Scheduled Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/get-scheduled-
    message).

    Args:
        scheduled_id (str):  Example: 00000000-0000-0000-0000-000000000000.
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessage
    """

    return (
        await asyncio_detailed(
            scheduled_id=scheduled_id,
            client=client,
            x_phone=x_phone,
        )
    ).parsed
