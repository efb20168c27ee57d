# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_message_sync_body import SendMessageSyncBody
from ...models.send_sync_result import SendSyncResult
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: SendMessageSyncBody,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/message/send-sync",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | SendSyncResult | None:
    if response.status_code == 200:
        response_200 = SendSyncResult.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = SendSyncResult.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SendSyncResult | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SendSyncResult]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageSyncBody,
    x_phone: str | Unset = UNSET,
) -> Response[Error | SendSyncResult]:
    """Send Message Sync

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/send-message-sync). Sends a
    message and answers once it is sent, with the message. The page shows only `chat_id` in the request;
    the other body fields are inferred to be those of /message/send.

    Args:
        x_phone (str | Unset):
        body (SendMessageSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSyncResult]
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
    body: SendMessageSyncBody,
    x_phone: str | Unset = UNSET,
) -> Error | SendSyncResult | None:
    """Send Message Sync

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/send-message-sync). Sends a
    message and answers once it is sent, with the message. The page shows only `chat_id` in the request;
    the other body fields are inferred to be those of /message/send.

    Args:
        x_phone (str | Unset):
        body (SendMessageSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSyncResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageSyncBody,
    x_phone: str | Unset = UNSET,
) -> Response[Error | SendSyncResult]:
    """Send Message Sync

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/send-message-sync). Sends a
    message and answers once it is sent, with the message. The page shows only `chat_id` in the request;
    the other body fields are inferred to be those of /message/send.

    Args:
        x_phone (str | Unset):
        body (SendMessageSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendSyncResult]
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
    body: SendMessageSyncBody,
    x_phone: str | Unset = UNSET,
) -> Error | SendSyncResult | None:
    """Send Message Sync

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/message/send-message-sync). Sends a
    message and answers once it is sent, with the message. The page shows only `chat_id` in the request;
    the other body fields are inferred to be those of /message/send.

    Args:
        x_phone (str | Unset):
        body (SendMessageSyncBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendSyncResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
