# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class GroupNotificationType(OpenStrEnum):
    ADD = "add"
    ANNOUNCE_FALSE = "announce_false"
    ANNOUNCE_TRUE = "announce_true"
    CALL = "call"
    DEMOTE = "demote"
    DESC = "desc"
    INVITE = "invite"
    LEAVE = "leave"
    MEMBERADDMODE_FALSE = "memberaddmode_false"
    MEMBERADDMODE_TRUE = "memberaddmode_true"
    PROMOTE = "promote"
    REMOVE = "remove"
    RESTRICT_FALSE = "restrict_false"
    RESTRICT_TRUE = "restrict_true"
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)
