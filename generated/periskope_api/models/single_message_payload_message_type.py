# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class SingleMessagePayloadMessageType(OpenStrEnum):
    AUDIO = "audio"
    CHAT = "chat"
    CIPHERTEXT = "ciphertext"
    DOCUMENT = "document"
    IMAGE = "image"
    LOCATION = "location"
    MULTI_VCARD = "multi_vcard"
    POLL_CREATION = "poll_creation"
    PTT = "ptt"
    STICKER = "sticker"
    VCARD = "vcard"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
