# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .ack import Ack
from .delivery_info import DeliveryInfo
from .error import Error
from .error_fields import ErrorFields
from .field_error import FieldError
from .media import Media
from .media_dimensions import MediaDimensions
from .message import Message
from .message_flag import MessageFlag
from .message_key import MessageKey
from .message_type import MessageType
from .poll_info import PollInfo
from .poll_options import PollOptions
from .poll_results import PollResults
from .poll_votes import PollVotes
from .reaction import Reaction
from .receipt_times import ReceiptTimes

__all__ = (
    "Ack",
    "DeliveryInfo",
    "Error",
    "ErrorFields",
    "FieldError",
    "Media",
    "MediaDimensions",
    "Message",
    "MessageFlag",
    "MessageKey",
    "MessageType",
    "PollInfo",
    "PollOptions",
    "PollResults",
    "PollVotes",
    "Reaction",
    "ReceiptTimes",
)
