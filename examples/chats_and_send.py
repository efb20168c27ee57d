"""List a page of chats, send a message, wait until it is delivered, and show its status.

    python examples/chats_and_send.py [CHAT_ID] [TEXT]

Configured by PERISKOPE_API_KEY, PERISKOPE_PHONE and (for the mock server) PERISKOPE_BASE_URL. Against the real API
this sends a real WhatsApp message: pass a chat you own.
"""

from __future__ import annotations

import sys

from periskope import Ack, Periskope, PeriskopeError


def main() -> int:
    chat = sys.argv[1] if len(sys.argv) > 1 else "919537851844@c.us"
    text = sys.argv[2] if len(sys.argv) > 2 else "Hello from periskope-python"
    try:
        with Periskope() as client:
            page = client.chats.list(limit=5)
            print(f"chats     {len(page.items)} on the first page (count {page.count})")
            for item in page.items:
                print(f"  {item.chat_id}  {item.chat_name or '-'}  {item.chat_type or '-'}")
            # on_uncertain="resolve": after a timeout or 5xx, look for the message before sending it again
            sent = client.messages.send(chat_id=chat, message=text, on_uncertain="resolve")
            print(f"sent      queue_id {sent.queue_id}, unique_id {sent.unique_id}, position {sent.queue_position}")
            reached = sent.wait(until=Ack.DELIVERED, timeout=30)
            print(f"delivered {reached.message_id} (ack {name(reached.ack)})")
            if sent.unique_id:
                status = client.messages.status(sent.unique_id)
                print(f"status    {status.status or '-'}: {status.status_description or '-'} (ack {name(status.ack)})")
                timeline = status.timeline.to_dict() if status.timeline else {}
                for step, at in timeline.items():
                    print(f"  {step:<13} {at}")
    except PeriskopeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def name(ack: object) -> str:
    return f"{ack.name} ({int(ack)})" if isinstance(ack, Ack) else "-"


if __name__ == "__main__":
    sys.exit(main())
