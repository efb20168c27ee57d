# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx
from periskope._wire import path_segment

from ... import errors
from ...models.chat_audit_log_list import ChatAuditLogList
from ...models.error import Error
from ...types import UNSET, Unset


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
