# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class ChatAiMetadataActivationState(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    SNOOZED = "snoozed"
    THINKING = "thinking"

    def __str__(self) -> str:
        return str(self.value)
