"""Parsing webhook (and realtime) events: the preferred name of `periskope.webhooks`, so that it reads apart from
`client.webhooks` (the webhook subscriptions of your account). Both names give the same functions and classes.

    from periskope import webhook_events

    event = webhook_events.parse(request_body)
"""

from .webhooks import (
    EVENT_TYPES,
    ChatEvent,
    Deduplicator,
    Event,
    MessageEvent,
    NoteEvent,
    NotificationEvent,
    PhoneEvent,
    ReactionEvent,
    TicketEvent,
    UnknownEvent,
    Verifier,
    WebhookParseError,
    WebhookVerificationError,
    parse,
)

__all__ = [
    "EVENT_TYPES",
    "ChatEvent",
    "Deduplicator",
    "Event",
    "MessageEvent",
    "NoteEvent",
    "NotificationEvent",
    "PhoneEvent",
    "ReactionEvent",
    "TicketEvent",
    "UnknownEvent",
    "Verifier",
    "WebhookParseError",
    "WebhookVerificationError",
    "parse",
]
