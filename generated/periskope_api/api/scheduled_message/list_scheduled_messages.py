# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.scheduled_message_list import ScheduledMessageList
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message/scheduled",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | ScheduledMessageList | None:
    if response.status_code == 200:
        response_200 = ScheduledMessageList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ScheduledMessageList.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScheduledMessageList | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScheduledMessageList]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessageList]:
    """List Scheduled Messages

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/list-scheduled-
    messages). The page's query parameters were not captured: offset and limit are inferred from the
    `from`/`to`/`count` envelope every list of this API shares.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessageList]
    """

    kwargs = request_kwargs(
        offset=offset,
        limit=limit,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessageList | None:
    """List Scheduled Messages

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/list-scheduled-
    messages). The page's query parameters were not captured: offset and limit are inferred from the
    `from`/`to`/`count` envelope every list of this API shares.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessageList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessageList]:
    """List Scheduled Messages

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/list-scheduled-
    messages). The page's query parameters were not captured: offset and limit are inferred from the
    `from`/`to`/`count` envelope every list of this API shares.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessageList]
    """

    kwargs = request_kwargs(
        offset=offset,
        limit=limit,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessageList | None:
    """List Scheduled Messages

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/list-scheduled-
    messages). The page's query parameters were not captured: offset and limit are inferred from the
    `from`/`to`/`count` envelope every list of this API shares.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            x_phone=x_phone,
        )
    ).parsed
