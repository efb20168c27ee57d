# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class TaskStatus(OpenStrEnum):
    CLOSED = "closed"
    INPROGRESS = "inprogress"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
