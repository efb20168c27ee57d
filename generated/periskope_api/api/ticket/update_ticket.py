# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ticket_info import TicketInfo
from ...models.update_ticket_body import UpdateTicketBody
from ...types import UNSET, Response, Unset


def request_kwargs(
    ticket_id: str,
    *,
    body: UpdateTicketBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/tickets/{path_segment(ticket_id)}",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | TicketInfo | None:
    if response.status_code == 200:
        response_200 = TicketInfo.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = TicketInfo.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TicketInfo | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TicketInfo]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketBody | Unset = UNSET,
) -> Response[Error | TicketInfo]:
    """Update Ticket

     This endpoint updates properties of a ticket

    Args:
        ticket_id (str):
        body (UpdateTicketBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TicketInfo]
    """

    kwargs = request_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketBody | Unset = UNSET,
) -> Error | TicketInfo | None:
    """Update Ticket

     This endpoint updates properties of a ticket

    Args:
        ticket_id (str):
        body (UpdateTicketBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TicketInfo
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketBody | Unset = UNSET,
) -> Response[Error | TicketInfo]:
    """Update Ticket

     This endpoint updates properties of a ticket

    Args:
        ticket_id (str):
        body (UpdateTicketBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TicketInfo]
    """

    kwargs = request_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketBody | Unset = UNSET,
) -> Error | TicketInfo | None:
    """Update Ticket

     This endpoint updates properties of a ticket

    Args:
        ticket_id (str):
        body (UpdateTicketBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TicketInfo
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
