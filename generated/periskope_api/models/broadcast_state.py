# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class BroadcastState(OpenStrEnum):
    COMPLETED = "completed"
    EXPIRED = "expired"
    INPROGRESS = "inprogress"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
