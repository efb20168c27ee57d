# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any, cast

import httpx
from periskope._wire import path_segment

from ... import errors
from ...models.error import Error


def request_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/webhooks/{path_segment(id)}",
    }

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
