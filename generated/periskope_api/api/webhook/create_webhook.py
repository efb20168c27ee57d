# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from typing import Any

import httpx

from ... import errors
from ...models.create_webhook_body import CreateWebhookBody
from ...models.error import Error
from ...models.webhook import Webhook


def request_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, strict: bool = True) -> Error | list[Webhook] | Webhook | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> list[Webhook] | Webhook:
            try:
                if not (isinstance(data, list)):
                    raise TypeError()
                response_201_type_0 = []
                _response_201_type_0 = data
                for response_201_type_0_item_data in _response_201_type_0:
                    response_201_type_0_item = Webhook.from_dict(response_201_type_0_item_data)

                    response_201_type_0.append(response_201_type_0_item)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, dict)):
                raise TypeError(f"response_201: unexpected {type(data).__name__}")
            response_201_type_1 = Webhook.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if 400 <= response.status_code <= 499:
        response_4xx = Error.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if 200 <= response.status_code <= 299:

        def _parse_response_201(data: object) -> list[Webhook] | Webhook:
            try:
                if not (isinstance(data, list)):
                    raise TypeError()
                response_201_type_0 = []
                _response_201_type_0 = data
                for response_201_type_0_item_data in _response_201_type_0:
                    response_201_type_0_item = Webhook.from_dict(response_201_type_0_item_data)

                    response_201_type_0.append(response_201_type_0_item)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, dict)):
                raise TypeError(f"response_201: unexpected {type(data).__name__}")
            response_201_type_1 = Webhook.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if strict:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
