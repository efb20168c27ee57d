# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenIntEnum


class TicketInfoTicketPriority(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4

    def __str__(self) -> str:
        return str(self.value)
