"""List a page of chats, send a message and wait until WhatsApp has it.

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
            sent = client.messages.send(chat_id=chat, message=text)
            print(f"sent      queue_id {sent.queue_id}, position {sent.queue_position}")
            message = sent.wait(until=Ack.SENT, timeout=30)
            print(f"on server {message.message_id} (ack {message.ack.name if isinstance(message.ack, Ack) else '-'})")
    except PeriskopeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
