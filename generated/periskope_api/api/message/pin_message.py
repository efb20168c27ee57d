# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any, cast

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pin_message_body import PinMessageBody
from ...types import UNSET, Response, Unset


def request_kwargs(
    message_id: str,
    *,
    body: PinMessageBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/message/{path_segment(message_id)}/pin",
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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinMessageBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Pin Message

     This endpoint pins or unpins a message based on the `message_id` or `queue_id`

    Args:
        message_id (str):
        x_phone (str | Unset):
        body (PinMessageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        body=body,
        x_phone=x_phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinMessageBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Any | Error | None:
    """Pin Message

     This endpoint pins or unpins a message based on the `message_id` or `queue_id`

    Args:
        message_id (str):
        x_phone (str | Unset):
        body (PinMessageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinMessageBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Pin Message

     This endpoint pins or unpins a message based on the `message_id` or `queue_id`

    Args:
        message_id (str):
        x_phone (str | Unset):
        body (PinMessageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        body=body,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PinMessageBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Any | Error | None:
    """Pin Message

     This endpoint pins or unpins a message based on the `message_id` or `queue_id`

    Args:
        message_id (str):
        x_phone (str | Unset):
        body (PinMessageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
