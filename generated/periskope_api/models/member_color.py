# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class MemberColor(OpenStrEnum):
    HEX_007BFC = "#007BFC"
    HEX_02A698 = "#02A698"
    HEX_06CF9C = "#06CF9C"
    HEX_25D366 = "#25D366"
    HEX_5E47DE = "#5E47DE"
    HEX_7D9EF1 = "#7D9EF1"
    HEX_7F66FF = "#7F66FF"
    HEX_9333EA = "#9333EA"
    HEX_A5B337 = "#A5B337"
    HEX_B4876E = "#B4876E"
    HEX_C4532D = "#C4532D"
    HEX_DB2777 = "#DB2777"
    HEX_DC2626 = "#DC2626"
    HEX_FA6533 = "#FA6533"
    HEX_FF2E74 = "#FF2E74"

    def __str__(self) -> str:
        return str(self.value)
