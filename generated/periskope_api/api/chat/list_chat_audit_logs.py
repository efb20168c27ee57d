# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_audit_log_list import ChatAuditLogList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    chat_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    performed_by: str | Unset = UNSET,
    action: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["performed_by"] = performed_by

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/chats/{path_segment(chat_id)}/audit-logs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> ChatAuditLogList | Error | None:
    if response.status_code == 200:
        response_200 = ChatAuditLogList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ChatAuditLogList.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatAuditLogList | Error | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatAuditLogList | Error]:
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
    performed_by: str | Unset = UNSET,
    action: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[ChatAuditLogList | Error]:
    """Get Chat Audit Logs

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/get-chat-audit-logs). Who
    changed what in the chat, newest first. The parameter table was not captured: `performed_by` and
    `action` are named in the page's summary, offset and limit are inferred; the timestamp-window
    parameters are unknown.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        offset (int | Unset):
        limit (int | Unset):
        performed_by (str | Unset):
        action (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAuditLogList | Error]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        offset=offset,
        limit=limit,
        performed_by=performed_by,
        action=action,
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
    performed_by: str | Unset = UNSET,
    action: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> ChatAuditLogList | Error | None:
    """Get Chat Audit Logs

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/get-chat-audit-logs). Who
    changed what in the chat, newest first. The parameter table was not captured: `performed_by` and
    `action` are named in the page's summary, offset and limit are inferred; the timestamp-window
    parameters are unknown.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        offset (int | Unset):
        limit (int | Unset):
        performed_by (str | Unset):
        action (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAuditLogList | Error
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        offset=offset,
        limit=limit,
        performed_by=performed_by,
        action=action,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    performed_by: str | Unset = UNSET,
    action: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[ChatAuditLogList | Error]:
    """Get Chat Audit Logs

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/get-chat-audit-logs). Who
    changed what in the chat, newest first. The parameter table was not captured: `performed_by` and
    `action` are named in the page's summary, offset and limit are inferred; the timestamp-window
    parameters are unknown.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        offset (int | Unset):
        limit (int | Unset):
        performed_by (str | Unset):
        action (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAuditLogList | Error]
    """

    kwargs = request_kwargs(
        chat_id=chat_id,
        offset=offset,
        limit=limit,
        performed_by=performed_by,
        action=action,
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
    performed_by: str | Unset = UNSET,
    action: str | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> ChatAuditLogList | Error | None:
    """Get Chat Audit Logs

     Documented at docs.periskope.app after SDK 1.1.3 (api-reference/chat/get-chat-audit-logs). Who
    changed what in the chat, newest first. The parameter table was not captured: `performed_by` and
    `action` are named in the page's summary, offset and limit are inferred; the timestamp-window
    parameters are unknown.

    Args:
        chat_id (str):  Example: 120363000000000000@g.us.
        offset (int | Unset):
        limit (int | Unset):
        performed_by (str | Unset):
        action (str | Unset):
        x_phone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAuditLogList | Error
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            offset=offset,
            limit=limit,
            performed_by=performed_by,
            action=action,
            x_phone=x_phone,
        )
    ).parsed
