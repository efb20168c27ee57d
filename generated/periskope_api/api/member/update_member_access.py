# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.member import Member
from ...models.update_member_access_body import UpdateMemberAccessBody
from ...types import Response


def request_kwargs(
    *,
    body: UpdateMemberAccessBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/members/access",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[Member] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Member.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Member.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Member] | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Member]]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberAccessBody,
) -> Response[Error | list[Member]]:
    """Update Member Access

     This endpoint updates access (org_phones, label_ids) for multiple members.
    Accepts label names (not IDs) and phone numbers without @c.us suffix for easier usage.
    Only applies to members with role='member', not admins (admins have access to all).

    Args:
        body (UpdateMemberAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Member]]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberAccessBody,
) -> Error | list[Member] | None:
    """Update Member Access

     This endpoint updates access (org_phones, label_ids) for multiple members.
    Accepts label names (not IDs) and phone numbers without @c.us suffix for easier usage.
    Only applies to members with role='member', not admins (admins have access to all).

    Args:
        body (UpdateMemberAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Member]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberAccessBody,
) -> Response[Error | list[Member]]:
    """Update Member Access

     This endpoint updates access (org_phones, label_ids) for multiple members.
    Accepts label names (not IDs) and phone numbers without @c.us suffix for easier usage.
    Only applies to members with role='member', not admins (admins have access to all).

    Args:
        body (UpdateMemberAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Member]]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemberAccessBody,
) -> Error | list[Member] | None:
    """Update Member Access

     This endpoint updates access (org_phones, label_ids) for multiple members.
    Accepts label names (not IDs) and phone numbers without @c.us suffix for easier usage.
    Only applies to members with role='member', not admins (admins have access to all).

    Args:
        body (UpdateMemberAccessBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Member]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
