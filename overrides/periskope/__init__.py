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
    ConflictError,
    DecodeError,
    InternalServerError,
    MessageFailedError,
    NotFoundError,
    PeriskopeError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SentRequest,
    UnprocessableEntityError,
    UnresolvedSendError,
    WaitTimeoutError,
)
from ._pagination import AsyncPage, AsyncPager, SyncPage
from ._rate_limit import BudgetBackend, LocalBudget, RateLimit, reset_rate_budgets
from ._resource_base import RequestOptions
from ._response import APIResponse
from ._version import UPSTREAM_SDK_VERSION, __version__
from ._wire import parse_timestamp
from .ids import InvalidIdError, MessageId, chat_id, parse_message_id

if TYPE_CHECKING:
    from . import webhook_events, webhooks
    from ._custom._sent import AsyncSentBroadcast, AsyncSentMessage, SentBroadcast, SentMessage
    from ._delivery import DeliveryEvents
    from ._realtime import AsyncRealtime, Realtime, RealtimeAuthenticationError, RealtimeConnectionError
    from ._redis_budget import RedisBudget
    from .models import (
        Ack,
        DeliveryInfo,
        Media,
        Message,
        MessageKey,
        MessageStatus,
        MessageType,
        Reaction,
        ReceiptTimes,
    )

# Models, handles, webhooks and realtime load on first use: `import periskope` stays close to `import httpx` in cost.
_LAZY = {
    **dict.fromkeys(["AsyncSentBroadcast", "AsyncSentMessage", "SentBroadcast", "SentMessage"], "._custom._sent"),
    **dict.fromkeys(
        ["AsyncRealtime", "Realtime", "RealtimeAuthenticationError", "RealtimeConnectionError"], "._realtime"
    ),
    "DeliveryEvents": "._delivery",
    "RedisBudget": "._redis_budget",
    **dict.fromkeys(
        ["Ack", "DeliveryInfo", "Media", "Message", "MessageKey", "MessageStatus", "MessageType"], ".models"
    ),
    **dict.fromkeys(["Reaction", "ReceiptTimes"], ".models"),
}


def __getattr__(name: str) -> Any:
    if name in ("webhooks", "webhook_events"):  # webhook_events: the preferred name, apart from client.webhooks
        return importlib.import_module(f".{name}", __name__)
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
    "AsyncRealtime",
    "AsyncSentBroadcast",
    "AsyncSentMessage",
    "AuthenticationError",
    "BadRequestError",
    "BudgetBackend",
    "ConflictError",
    "DecodeError",
    "DeliveryEvents",
    "DeliveryInfo",
    "InternalServerError",
    "InvalidIdError",
    "LocalBudget",
    "Media",
    "Message",
    "MessageFailedError",
    "MessageId",
    "MessageKey",
    "MessageStatus",
    "MessageType",
    "NotFoundError",
    "Periskope",
    "PeriskopeError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "Reaction",
    "Realtime",
    "RealtimeAuthenticationError",
    "RealtimeConnectionError",
    "ReceiptTimes",
    "RedisBudget",
    "RequestOptions",
    "ResponseTooLargeError",
    "SentBroadcast",
    "SentMessage",
    "SentRequest",
    "SyncPage",
    "UnprocessableEntityError",
    "UnresolvedSendError",
    "WaitTimeoutError",
    "__version__",
    "chat_id",
    "parse_message_id",
    "parse_timestamp",
    "reset_rate_budgets",
    "webhook_events",
    "webhooks",
]
