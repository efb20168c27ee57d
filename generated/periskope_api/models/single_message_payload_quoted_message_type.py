# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class SingleMessagePayloadQuotedMessageType(OpenStrEnum):
    FORWARD = "forward"
    REPLY = "reply"
    REPLY_PRIVATE = "reply_private"

    def __str__(self) -> str:
        return str(self.value)
