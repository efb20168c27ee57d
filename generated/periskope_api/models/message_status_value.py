# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class MessageStatusValue(OpenStrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    QUEUED = "queued"
    READ = "read"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
