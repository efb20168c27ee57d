# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_note_body import CreateNoteBody
from ...models.error import Error
from ...models.note_created import NoteCreated
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: CreateNoteBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_phone, Unset):
        headers["x-phone"] = x_phone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/note/create",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | NoteCreated | None:
    if response.status_code == 200:
        response_200 = NoteCreated.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = NoteCreated.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | NoteCreated | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | NoteCreated]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNoteBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | NoteCreated]:
    """Create Note

     This endpoint is used to send a private note to a chat.

    Args:
        x_phone (str | Unset):
        body (CreateNoteBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteCreated]
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
    body: CreateNoteBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | NoteCreated | None:
    """Create Note

     This endpoint is used to send a private note to a chat.

    Args:
        x_phone (str | Unset):
        body (CreateNoteBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        x_phone=x_phone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNoteBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Response[Error | NoteCreated]:
    """Create Note

     This endpoint is used to send a private note to a chat.

    Args:
        x_phone (str | Unset):
        body (CreateNoteBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NoteCreated]
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
    body: CreateNoteBody | Unset = UNSET,
    x_phone: str | Unset = UNSET,
) -> Error | NoteCreated | None:
    """Create Note

     This endpoint is used to send a private note to a chat.

    Args:
        x_phone (str | Unset):
        body (CreateNoteBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NoteCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_phone=x_phone,
        )
    ).parsed
