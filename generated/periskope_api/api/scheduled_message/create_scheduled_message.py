# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_scheduled_message_body import CreateScheduledMessageBody
from ...models.error import Error
from ...models.scheduled_message import ScheduledMessage
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: CreateScheduledMessageBody,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/message/scheduled",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateScheduledMessageBody,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessage]:
    """Schedule Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/schedule-
    message). The page's request shows `chat_id` and `scheduled_at`; `message` is documented on the
    update page; `media`, `is_repeat` and `repeat_config` are inferred from the scheduled message
    object.

    Args:
        x_phone (str | Unset):
        body (CreateScheduledMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessage]
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
    body: CreateScheduledMessageBody,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessage | None:
    """Schedule Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/schedule-
    message). The page's request shows `chat_id` and `scheduled_at`; `message` is documented on the
    update page; `media`, `is_repeat` and `repeat_config` are inferred from the scheduled message
    object.

    Args:
        x_phone (str | Unset):
        body (CreateScheduledMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessage
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateScheduledMessageBody,
    x_phone: str | Unset = UNSET,
) -> Response[Error | ScheduledMessage]:
    """Schedule Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/schedule-
    message). The page's request shows `chat_id` and `scheduled_at`; `message` is documented on the
    update page; `media`, `is_repeat` and `repeat_config` are inferred from the scheduled message
    object.

    Args:
        x_phone (str | Unset):
        body (CreateScheduledMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduledMessage]
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
    body: CreateScheduledMessageBody,
    x_phone: str | Unset = UNSET,
) -> Error | ScheduledMessage | None:
    """Schedule Message

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/scheduled-messages/schedule-
    message). The page's request shows `chat_id` and `scheduled_at`; `message` is documented on the
    update page; `media`, `is_repeat` and `repeat_config` are inferred from the scheduled message
    object.

    Args:
        x_phone (str | Unset):
        body (CreateScheduledMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduledMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
