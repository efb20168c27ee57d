# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.phone_info import PhoneInfo
from ...types import Response


def request_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phones/all",
    }

    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[PhoneInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PhoneInfo.from_dict(response_200_item_data)

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
            response_200_item = PhoneInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PhoneInfo] | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[PhoneInfo]]:
    return Response(
        status_code=response.status_code,  # periskope: any status (520 from a proxy) is valid, not only IANA ones
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PhoneInfo]]:
    """Get All Phones

     This endpoint retrieves a list of all phones associated with this account

    #### Response

    The response is a JSON array of phone objects. Refer to [the phone object here](/api-
    reference/objects/the-phone-object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PhoneInfo]]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PhoneInfo] | None:
    """Get All Phones

     This endpoint retrieves a list of all phones associated with this account

    #### Response

    The response is a JSON array of phone objects. Refer to [the phone object here](/api-
    reference/objects/the-phone-object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PhoneInfo]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PhoneInfo]]:
    """Get All Phones

     This endpoint retrieves a list of all phones associated with this account

    #### Response

    The response is a JSON array of phone objects. Refer to [the phone object here](/api-
    reference/objects/the-phone-object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PhoneInfo]]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[PhoneInfo] | None:
    """Get All Phones

     This endpoint retrieves a list of all phones associated with this account

    #### Response

    The response is a JSON array of phone objects. Refer to [the phone object here](/api-
    reference/objects/the-phone-object)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PhoneInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
