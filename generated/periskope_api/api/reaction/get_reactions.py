# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reaction_list import ReactionList
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    chat_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
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

    params["chat_id"] = chat_id

    params["message_id"] = message_id

    params["offset"] = offset

    params["limit"] = limit

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reactions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | ReactionList | None:
    if response.status_code == 200:
        response_200 = ReactionList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ReactionList.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReactionList | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReactionList]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ReactionList]:
    """
    Args:
        chat_id (str | Unset):
        message_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReactionList]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        message_id=message_id,
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
    *,
    client: AuthenticatedClient | Client,
    chat_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | ReactionList | None:
    """
    Args:
        chat_id (str | Unset):
        message_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReactionList
    """

    return sync_detailed(
        client=client,
        chat_id=chat_id,
        message_id=message_id,
        offset=offset,
        limit=limit,
        start_time=start_time,
        end_time=end_time,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ReactionList]:
    """
    Args:
        chat_id (str | Unset):
        message_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReactionList]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        message_id=message_id,
        offset=offset,
        limit=limit,
        start_time=start_time,
        end_time=end_time,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | ReactionList | None:
    """
    Args:
        chat_id (str | Unset):
        message_id (str | Unset):
        offset (int | Unset):
        limit (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            chat_id=chat_id,
            message_id=message_id,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
            x_phone=x_phone,
        )
    ).parsed
