# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class ChatType(OpenStrEnum):
    BUSINESS = "business"
    CHAT = "chat"
    GROUP = "group"
    UNKNOWN = "unknown"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
