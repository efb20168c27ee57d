# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_participant_to_group_body import AddParticipantToGroupBody
from ...models.chat_operation_result import ChatOperationResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    chat_id: str,
    *,
    body: AddParticipantToGroupBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/chats/{path_segment(chat_id)}/add",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> ChatOperationResult | Error | None:
    if response.status_code == 200:
        response_200 = ChatOperationResult.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = ChatOperationResult.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatOperationResult | Error | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatOperationResult | Error]:
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
    body: AddParticipantToGroupBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[ChatOperationResult | Error]:
    """Add Participant to Group

     This endpoint adds a participant to a group

    _Note that adding unknown numbers is a spammy action and can result in a ban_

    _Per Meta's policies, a user will be added to a group directly only if they have enabled it in their
    privacy settings, and they are a member of your phone contacts_

    _For all other cases, this will send an invite to them to join the group_

    Args:
        chat_id (str):
        x_phone (str | Unset):
        body (AddParticipantToGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatOperationResult | Error]
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
    body: AddParticipantToGroupBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> ChatOperationResult | Error | None:
    """Add Participant to Group

     This endpoint adds a participant to a group

    _Note that adding unknown numbers is a spammy action and can result in a ban_

    _Per Meta's policies, a user will be added to a group directly only if they have enabled it in their
    privacy settings, and they are a member of your phone contacts_

    _For all other cases, this will send an invite to them to join the group_

    Args:
        chat_id (str):
        x_phone (str | Unset):
        body (AddParticipantToGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatOperationResult | Error
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
    body: AddParticipantToGroupBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[ChatOperationResult | Error]:
    """Add Participant to Group

     This endpoint adds a participant to a group

    _Note that adding unknown numbers is a spammy action and can result in a ban_

    _Per Meta's policies, a user will be added to a group directly only if they have enabled it in their
    privacy settings, and they are a member of your phone contacts_

    _For all other cases, this will send an invite to them to join the group_

    Args:
        chat_id (str):
        x_phone (str | Unset):
        body (AddParticipantToGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatOperationResult | Error]
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
    body: AddParticipantToGroupBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> ChatOperationResult | Error | None:
    """Add Participant to Group

     This endpoint adds a participant to a group

    _Note that adding unknown numbers is a spammy action and can result in a ban_

    _Per Meta's policies, a user will be added to a group directly only if they have enabled it in their
    privacy settings, and they are a member of your phone contacts_

    _For all other cases, this will send an invite to them to join the group_

    Args:
        chat_id (str):
        x_phone (str | Unset):
        body (AddParticipantToGroupBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatOperationResult | Error
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
