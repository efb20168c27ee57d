"""Python client for the Periskope API: WhatsApp messages, chats, groups and more.

from periskope import Periskope
client = Periskope()  # PERISKOPE_API_KEY, PERISKOPE_PHONE
message = client.messages.get("true_919537851844@c.us_3EB0...")
"""

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
from ._resources.messages import AsyncSentMessage, SentMessage
from ._response import APIResponse
from ._version import __version__
from ._wire import parse_timestamp
from .models import Ack, DeliveryInfo, Media, Message, MessageKey, MessageType, Reaction, ReceiptTimes

__all__ = [
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
    "Media",
    "Message",
    "MessageFailedError",
    "MessageKey",
    "MessageType",
    "NotFoundError",
    "Periskope",
    "PeriskopeError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "Reaction",
    "ReceiptTimes",
    "RequestOptions",
    "SentMessage",
    "SyncPage",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
    "parse_timestamp",
]
