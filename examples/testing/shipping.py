"""An application function, as a user of periskope writes one: tell a customer their order shipped, and report what
became of the message. Its tests (test_shipping.py) run it against periskope.testing's fake, through the fixtures."""

from __future__ import annotations

import periskope
from periskope import Ack, chat_id


def notify_shipped(client: periskope.Periskope, phone: str, order_id: str) -> str:
    """Send the notice and wait until it reaches the customer's phone. Returns one of:

    "delivered"; "failed" (WhatsApp could not send it); "pending" (not delivered within two minutes);
    "unknown" (the connection dropped, or the server failed, after sending: it may have gone out, so it must not be
    sent again blindly); "not sent" (the API refused it, e.g. an invalid number; safe to fix and retry).
    """
    try:
        sent = client.messages.send(chat_id=chat_id(phone), message=f"Good news: order {order_id} has shipped.")
    except (periskope.APIConnectionError, periskope.InternalServerError):
        return "unknown"
    except periskope.APIStatusError:
        return "not sent"
    try:
        sent.wait(Ack.DELIVERED, timeout=120)
    except periskope.MessageFailedError:
        return "failed"
    except periskope.WaitTimeoutError:
        return "pending"
    return "delivered"
