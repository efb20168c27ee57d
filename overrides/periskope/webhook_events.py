"""Parsing webhook (and realtime) events: the preferred name of `periskope.webhooks`, so that it reads apart from
`client.webhooks` (the webhook subscriptions of your account). Both names give the same functions and classes.

    from periskope import webhook_events

    event = webhook_events.parse(request_body)
"""

from .webhooks import *  # noqa: F403
from .webhooks import __all__  # noqa: F401 - the same public names
