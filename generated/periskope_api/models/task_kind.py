# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class TaskKind(OpenStrEnum):
    CHAT = "chat"
    MESSAGE = "message"
    TICKET = "ticket"
    TODO = "todo"

    def __str__(self) -> str:
        return str(self.value)
