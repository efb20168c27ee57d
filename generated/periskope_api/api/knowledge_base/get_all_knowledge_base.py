# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.knowledge_base_list import KnowledgeBaseList
from ...models.knowledge_base_type import KnowledgeBaseType
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: KnowledgeBaseType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/knowledge-base",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | KnowledgeBaseList | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseList.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:
        response_200 = KnowledgeBaseList.from_dict(response.json())

        return response_200

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KnowledgeBaseList | None:
    return parse_response(response, strict=client.raise_on_unexpected_status)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KnowledgeBaseList]:
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
    type_: KnowledgeBaseType | Unset = UNSET,
) -> Response[Error | KnowledgeBaseList]:
    """Get All Knowledge Base Items

     This endpoint retrieves a paginated list of all knowledge base items (FAQs and documents)

    Args:
        offset (int | Unset):
        limit (int | Unset):
        type_ (KnowledgeBaseType | Unset): The kind of a knowledge base entry. Values outside this
            list are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseList]
    """

    kwargs = request_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
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
    type_: KnowledgeBaseType | Unset = UNSET,
) -> Error | KnowledgeBaseList | None:
    """Get All Knowledge Base Items

     This endpoint retrieves a paginated list of all knowledge base items (FAQs and documents)

    Args:
        offset (int | Unset):
        limit (int | Unset):
        type_ (KnowledgeBaseType | Unset): The kind of a knowledge base entry. Values outside this
            list are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: KnowledgeBaseType | Unset = UNSET,
) -> Response[Error | KnowledgeBaseList]:
    """Get All Knowledge Base Items

     This endpoint retrieves a paginated list of all knowledge base items (FAQs and documents)

    Args:
        offset (int | Unset):
        limit (int | Unset):
        type_ (KnowledgeBaseType | Unset): The kind of a knowledge base entry. Values outside this
            list are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KnowledgeBaseList]
    """

    kwargs = request_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: KnowledgeBaseType | Unset = UNSET,
) -> Error | KnowledgeBaseList | None:
    """Get All Knowledge Base Items

     This endpoint retrieves a paginated list of all knowledge base items (FAQs and documents)

    Args:
        offset (int | Unset):
        limit (int | Unset):
        type_ (KnowledgeBaseType | Unset): The kind of a knowledge base entry. Values outside this
            list are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KnowledgeBaseList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            type_=type_,
        )
    ).parsed
