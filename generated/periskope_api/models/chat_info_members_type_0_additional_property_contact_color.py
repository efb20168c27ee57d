# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class ChatInfoMembersType0AdditionalPropertyContactColor(OpenStrEnum):
    VALUE_0 = "#007BFC"
    VALUE_1 = "#02A698"
    VALUE_10 = "#C4532D"
    VALUE_11 = "#DB2777"
    VALUE_12 = "#DC2626"
    VALUE_13 = "#FA6533"
    VALUE_14 = "#FF2E74"
    VALUE_2 = "#06CF9C"
    VALUE_3 = "#25D366"
    VALUE_4 = "#5E47DE"
    VALUE_5 = "#7D9EF1"
    VALUE_6 = "#7F66FF"
    VALUE_7 = "#9333EA"
    VALUE_8 = "#A5B337"
    VALUE_9 = "#B4876E"

    def __str__(self) -> str:
        return str(self.value)
