"""The `periskope` logger. PERISKOPE_LOG=info|debug turns it on. Never logs the API key; masks phone numbers standing
alone (ids such as 919876543210@c.us stay whole, to be searched for) and message text, unless PERISKOPE_LOG_PII=1."""

from __future__ import annotations

import json
import logging
import os
import re

logger = logging.getLogger("periskope")

# 7 to 15 ASCII digits that are not part of a word or id: not after a letter, digit, _ or @, not before one or
# before @ (raw, or %40 in an encoded path).
_PHONE_NUMBER = re.compile(r"(?<![0-9A-Za-z_@])[0-9]{7,15}(?![0-9A-Za-z_@]|%40)")
_TEXT_KEYS = frozenset({"message", "body", "edited_body", "caption", "question", "answer", "subject"})


def setup_from_env() -> None:
    level = os.environ.get("PERISKOPE_LOG", "").strip().lower()
    if level not in {"info", "debug"} or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def _show_pii() -> bool:
    return os.environ.get("PERISKOPE_LOG_PII", "") == "1"


def mask(text: str) -> str:
    """Phone numbers standing alone with all but their first 2 and last 2 digits hidden; ids left whole."""
    if _show_pii():
        return text
    return _PHONE_NUMBER.sub(lambda m: m[0][:2] + "*" * (len(m[0]) - 4) + m[0][-2:], text)


def mask_body(content: bytes) -> str:
    """A JSON request body for a debug line: message text replaced by its length, phone numbers masked."""
    try:
        data = json.loads(content)
    except ValueError:
        return f"<{len(content)} bytes>"
    return mask(json.dumps(_hide_text(data), ensure_ascii=False))


def _hide_text(value: object, key: str | None = None) -> object:
    if isinstance(value, dict):
        return {k: _hide_text(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_hide_text(v, key) for v in value]
    if isinstance(value, str) and key in _TEXT_KEYS and not _show_pii():
        return f"<{len(value)} characters>"
    return value
