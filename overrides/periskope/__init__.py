"""Python client for the Periskope API: WhatsApp messages, chats, groups and more.

from periskope import Periskope
client = Periskope()  # PERISKOPE_API_KEY, PERISKOPE_PHONE
message = client.messages.get("true_919537851844@c.us_3EB0...")
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncPeriskope, Periskope
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DecodeError,
    InternalServerError,
    MessageFailedError,
    NotFoundError,
    PeriskopeError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._rate_limit import RateLimit
from ._resource import RequestOptions
from ._response import APIResponse
from ._version import UPSTREAM_SDK_VERSION, __version__
from ._wire import parse_timestamp
from .ids import InvalidIdError, MessageId, chat_id, parse_message_id

if TYPE_CHECKING:
    from . import webhooks
    from ._realtime import Realtime, RealtimeConnectionError
    from ._resources._sent import AsyncSentMessage, SentMessage
    from .models import Ack, DeliveryInfo, Media, Message, MessageKey, MessageType, Reaction, ReceiptTimes

# Models, handles, webhooks and realtime load on first use: `import periskope` stays close to `import httpx` in cost.
_LAZY = {
    "AsyncSentMessage": "._resources._sent",
    "SentMessage": "._resources._sent",
    "Realtime": "._realtime",
    "RealtimeConnectionError": "._realtime",
    **dict.fromkeys(["Ack", "DeliveryInfo", "Media", "Message", "MessageKey", "MessageType"], ".models"),
    **dict.fromkeys(["Reaction", "ReceiptTimes"], ".models"),
}


def __getattr__(name: str) -> Any:
    if name == "webhooks":
        return importlib.import_module(".webhooks", __name__)
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UPSTREAM_SDK_VERSION",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Ack",
    "AsyncPage",
    "AsyncPager",
    "AsyncPeriskope",
    "AsyncSentMessage",
    "AuthenticationError",
    "BadRequestError",
    "DecodeError",
    "DeliveryInfo",
    "InternalServerError",
    "InvalidIdError",
    "Media",
    "Message",
    "MessageFailedError",
    "MessageId",
    "MessageKey",
    "MessageType",
    "NotFoundError",
    "Periskope",
    "PeriskopeError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "Reaction",
    "Realtime",
    "RealtimeConnectionError",
    "ReceiptTimes",
    "RequestOptions",
    "SentMessage",
    "SyncPage",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
    "chat_id",
    "parse_message_id",
    "parse_timestamp",
    "webhooks",
]
