# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_ai_settings import ChatAiSettings
from ...models.error import Error
from ...models.update_chat_ai_settings_body import UpdateChatAiSettingsBody
from ...types import UNSET, Response, Unset


def request_kwargs(
    chat_id: str,
    *,
    body: UpdateChatAiSettingsBody,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/chats/{path_segment(chat_id)}/ai",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> ChatAiSettings | Error | None:
    if response.status_code == 200:
        response_200 = ChatAiSettings.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ChatAiSettings.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChatAiSettings | Error | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatAiSettings | Error]:
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
    body: UpdateChatAiSettingsBody,
    x_phone: str | Unset = UNSET,
) -> Response[ChatAiSettings | Error]:
    """Update Chat AI Settings

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/update-chat-ai-settings).
    Whether the AI agent may reply in the chat and whether AI flagging may flag its messages; at least
    one flag is required, the other is left unchanged.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        x_phone (str | Unset):
        body (UpdateChatAiSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAiSettings | Error]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        body=body,
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
    body: UpdateChatAiSettingsBody,
    x_phone: str | Unset = UNSET,
) -> ChatAiSettings | Error | None:
    """Update Chat AI Settings

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/update-chat-ai-settings).
    Whether the AI agent may reply in the chat and whether AI flagging may flag its messages; at least
    one flag is required, the other is left unchanged.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        x_phone (str | Unset):
        body (UpdateChatAiSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAiSettings | Error
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatAiSettingsBody,
    x_phone: str | Unset = UNSET,
) -> Response[ChatAiSettings | Error]:
    """Update Chat AI Settings

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/update-chat-ai-settings).
    Whether the AI agent may reply in the chat and whether AI flagging may flag its messages; at least
    one flag is required, the other is left unchanged.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        x_phone (str | Unset):
        body (UpdateChatAiSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAiSettings | Error]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        body=body,
        x_phone=x_phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChatAiSettingsBody,
    x_phone: str | Unset = UNSET,
) -> ChatAiSettings | Error | None:
    """Update Chat AI Settings

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/update-chat-ai-settings).
    Whether the AI agent may reply in the chat and whether AI flagging may flag its messages; at least
    one flag is required, the other is left unchanged.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        x_phone (str | Unset):
        body (UpdateChatAiSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAiSettings | Error
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
