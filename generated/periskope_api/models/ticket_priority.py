# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenIntEnum


class TicketPriority(OpenIntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4

    def __str__(self) -> str:
        return str(self.value)
