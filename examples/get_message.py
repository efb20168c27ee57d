"""Fetch one message and print it, typed.

    python examples/get_message.py [MESSAGE_ID]

Configured by PERISKOPE_API_KEY, PERISKOPE_PHONE and (for the mock server) PERISKOPE_BASE_URL.
"""

from __future__ import annotations

import sys
from datetime import datetime

from periskope import Ack, Message, Periskope, PeriskopeError

SEED_MESSAGE_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"


def show(message: Message) -> None:
    print(f"message   {message.message_id}")
    print(f"chat      {message.chat_id}")
    print(f"sender    {message.sender_phone or message.author or '-'}{' (me)' if message.from_me else ''}")
    print(f"type      {message.message_type.name.lower()} ({message.message_type})")
    print(f"body      {message.body!r}" + (f"  (edited from {message.prev_body!r})" if message.prev_body else ""))
    ack = message.ack
    print(f"ack       {f'{ack.name} ({int(ack)})' if isinstance(ack, Ack) else '-'}")
    print(f"sent      {when(message.timestamp)}")
    print(f"updated   {when(message.updated_at)}")
    for reaction in message.reactions or []:
        print(f"reaction  {reaction.reaction} by {reaction.sender_id} at {when(reaction.timestamp)}")
    receipts = message.delivery_info
    if receipts:
        for kind, times in (("delivered", receipts.delivered), ("read", receipts.read)):
            for chat, at in times.additional_properties.items() if times else ():
                print(f"{kind:<9} {chat} at {when(at)}")


def when(value: object) -> str:
    return value.isoformat(sep=" ", timespec="seconds") if isinstance(value, datetime) else "-"


def main() -> int:
    message_id = sys.argv[1] if len(sys.argv) > 1 else SEED_MESSAGE_ID
    try:
        with Periskope() as client:
            show(client.messages.get(message_id))
    except PeriskopeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
