"""A Periskope webhook receiver on the standard library: prints one line per event, drops redeliveries.

    python examples/webhook_receiver.py --host 0.0.0.0 --port 8000

By default it listens on 127.0.0.1 (this machine only): expose it with a tunnel (ngrok, cloudflared) to that port,
or pass --host 0.0.0.0 to accept connections from the network. Then register its public URL (https://<tunnel or
host>/) as the webhook URL in the Periskope console (Settings > Integrations > Webhooks).
Answers 200 at once for every event (including unknown and repeated ones) and 400 for a body that is not an event.
Handle slow work elsewhere (a queue, a thread pool) so that Periskope never waits on it.
"""

from __future__ import annotations

import argparse
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from periskope import webhooks

MAX_BODY = 10 * 1024 * 1024


class WebhookHandler(BaseHTTPRequestHandler):
    """POST / with an event envelope → 200; anything malformed → 400."""

    dedupe = webhooks.Deduplicator(max_size=10_000)

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._answer(413 if length > MAX_BODY else 400, "bad Content-Length")
            return
        body = self.rfile.read(length)
        try:
            event = webhooks.parse(body, headers=dict(self.headers.items()))
        except webhooks.WebhookParseError as exc:
            self._answer(400, f"bad webhook: {exc}")
            return
        self._answer(200, "ok")
        if self.dedupe.seen(event):
            print(f"duplicate {event.name} {event.object_id}", flush=True)
            return
        print(describe(event), flush=True)

    def _answer(self, status: int, text: str) -> None:
        payload = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per event is printed by do_POST instead


def describe(event: webhooks.Event[Any]) -> str:
    """One line about an event."""
    when = event.timestamp.isoformat() if event.timestamp else "-"
    match event:
        case webhooks.MessageEvent(data=message) | webhooks.NoteEvent(data=message):
            detail = f"chat={message.chat_id} type={message.message_type} body={message.body!r}"
        case webhooks.ReactionEvent(data=reaction):
            detail = f"message={reaction.message_id} reaction={reaction.reaction!r}"
        case webhooks.TicketEvent(data=info):
            detail = f"ticket={event.object_id} status={info.ticket.status if info.ticket else None}"
        case webhooks.ChatEvent(data=chat):
            detail = f"chat={chat.chat_id} name={chat.chat_name!r}"
        case webhooks.PhoneEvent(data=phone):
            detail = f"phone={phone.phone_id} state={phone.wa_state}"
        case webhooks.NotificationEvent(data=notification):
            detail = f"chat={notification.chat_id} type={notification.type_}"
        case _:
            detail = "(unknown event)"
    return f"{when} {event.name} {detail}"


def make_server(host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """The receiver, bound but not yet serving (port 0 picks a free port)."""
    return ThreadingHTTPServer((host, port), WebhookHandler)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: every interface)",
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    return parser.parse_args(argv)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    server = make_server(args.host, args.port)
    print(f"listening on http://{args.host}:{server.server_address[1]}/", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
