# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.note_list import NoteList
from ...types import UNSET, Response, Unset


def request_kwargs(
    chat_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/chats/{path_segment(chat_id)}/notes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | NoteList | None:
    if response.status_code == 200:
        response_200 = NoteList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = NoteList.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NoteList | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | NoteList]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | NoteList]:
    """
    Args:
        chat_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteList]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        offset=offset,
        limit=limit,
        start_time=start_time,
        end_time=end_time,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | NoteList | None:
    """
    Args:
        chat_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteList
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        offset=offset,
        limit=limit,
        start_time=start_time,
        end_time=end_time,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | NoteList]:
    """
    Args:
        chat_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteList]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        offset=offset,
        limit=limit,
        start_time=start_time,
        end_time=end_time,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | NoteList | None:
    """
    Args:
        chat_id (str):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteList
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
            x_phone=x_phone,
        )
    ).parsed
