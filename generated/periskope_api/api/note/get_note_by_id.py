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
    note_id: str,
    *,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/note/{path_segment(note_id)}",
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
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | Message]:
    """
    Args:
        note_id (str):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = request_kwargs(
        note_id=note_id,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | Message | None:
    """
    Args:
        note_id (str):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        note_id=note_id,
        client=client,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Response[Error | Message]:
    """
    Args:
        note_id (str):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = request_kwargs(
        note_id=note_id,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    note_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_phone: str | Unset = UNSET,
) -> Error | Message | None:
    """
    Args:
        note_id (str):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            note_id=note_id,
            client=client,
            x_phone=x_phone,
        )
    ).parsed
