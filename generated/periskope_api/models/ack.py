# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._ack import AckScale


class Ack(AckScale):
    FAILED = -1
    PENDING = 0
    SENT = 1
    DELIVERED = 2
    DELIVERED_ALL = 3
    READ = 4
    READ_ALL = 5

    def __str__(self) -> str:
        return str(self.value)
