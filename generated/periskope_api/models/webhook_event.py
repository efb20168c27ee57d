# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from periskope._wire import OpenStrEnum


class WebhookEvent(OpenStrEnum):
    CHAT_CREATED = "chat.created"
    CHAT_CUSTOM_PROPERTIES_UPDATED = "chat.custom_properties.updated"
    CHAT_LABEL_UPDATED = "chat.label.updated"
    CHAT_NOTIFICATION_CREATED = "chat.notification.created"
    CHAT_UPDATED = "chat.updated"
    MESSAGE_ACK_UPDATED = "message.ack.updated"
    MESSAGE_CREATED = "message.created"
    MESSAGE_DELETED = "message.deleted"
    MESSAGE_FLAGGED = "message.flagged"
    MESSAGE_TICKET_ATTACHED = "message.ticket.attached"
    MESSAGE_UNFLAGGED = "message.unflagged"
    MESSAGE_UPDATED = "message.updated"
    NOTE_CREATED = "note.created"
    ORG_CREATED = "org.created"
    ORG_INTEGRATIONS_UPDATED = "org.integrations.updated"
    ORG_MEMBER_CREATED = "org.member.created"
    ORG_MEMBER_UPDATED = "org.member.updated"
    ORG_PHONE_CONNECTED = "org.phone.connected"
    ORG_PHONE_CREATED = "org.phone.created"
    ORG_PHONE_DISCONNECTED = "org.phone.disconnected"
    ORG_PHONE_QR = "org.phone.qr"
    ORG_PHONE_UPDATED = "org.phone.updated"
    ORG_SUBSCRIPTION_TRIAL_WILL_END = "org.subscription.trial_will_end"
    ORG_UPDATED = "org.updated"
    REACTION_ADDED = "reaction.added"
    REACTION_CREATED = "reaction.created"
    REACTION_UPDATED = "reaction.updated"
    TICKET_CREATED = "ticket.created"
    TICKET_DELETED = "ticket.deleted"
    TICKET_UPDATED = "ticket.updated"

    def __str__(self) -> str:
        return str(self.value)
