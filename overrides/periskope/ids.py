"""WhatsApp ids: chat ids from phone numbers, and message ids taken apart.

chat_id("+91 98765 43210")  # '919876543210@c.us'
parse_message_id("true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C")
# MessageId(from_me=True, chat_id='919537851844@c.us', unique_id='3EB0C6...', author=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._errors import PeriskopeError

__all__ = ["InvalidIdError", "MessageId", "chat_id", "parse_message_id"]

USER_SUFFIX = "@c.us"
GROUP_SUFFIX = "@g.us"
MIN_DIGITS = 7  # the shortest numbers in use (+683 4002, Niue) have 7 digits with the country code
MAX_DIGITS = 15  # E.164

_SEPARATORS = re.compile(r"[\s\-.()/]+")
_DIGITS = re.compile(r"[0-9]+")
_GROUP = re.compile(r"[0-9]+(?:-[0-9]+)?")  # 120363041234567890, or the older <creator>-<timestamp>
_UNIQUE_ID = re.compile(r"[A-Za-z0-9]+")


class InvalidIdError(PeriskopeError, ValueError):
    """A phone number, chat id or message id that is not in a form WhatsApp uses."""


def chat_id(value: str | int) -> str:
    """The chat id of a person (`919876543210@c.us`) from a phone number in international form, or a chat id.

    Accepts `+91 98765 43210`, `91-98765-43210`, `(91) 98765.43210`, `919876543210` (also as an int), and
    `919876543210@c.us` (normalised the same way); a group id (`...@g.us`) is returned as it is. Raises
    InvalidIdError for anything else: letters, a national number starting with 0 (no country code), fewer than 7 or
    more than 15 digits (E.164), an empty string.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidIdError(f"a chat id must be a phone number or a chat id string, got {type(value).__name__}")
    if isinstance(value, int) and value <= 0:
        raise InvalidIdError(f"not a phone number: {value}")
    text = str(value).strip()
    lowered = text.lower()
    if lowered.endswith(GROUP_SUFFIX):
        group = text[: -len(GROUP_SUFFIX)].strip()
        if not _GROUP.fullmatch(group):
            raise InvalidIdError(f"not a group id: {text!r} (expected digits, e.g. 120363041234567890@g.us)")
        return group + GROUP_SUFFIX
    if lowered.endswith(USER_SUFFIX):
        return _phone_digits(text[: -len(USER_SUFFIX)], original=text) + USER_SUFFIX
    if "@" in text:
        raise InvalidIdError(f"not a chat id: {text!r} (expected a phone number, ...@c.us or ...@g.us)")
    return _phone_digits(text, original=text) + USER_SUFFIX


def _phone_digits(text: str, *, original: str) -> str:
    """The digits of an international phone number written with +, spaces, dashes, dots or parentheses."""
    number = text.strip()
    if not number:
        raise InvalidIdError("a phone number or chat id is required, got an empty string")
    plus = number.startswith("+")
    digits = _SEPARATORS.sub("", number[1:] if plus else number)
    if not _DIGITS.fullmatch(digits):
        raise InvalidIdError(
            f"not a phone number: {original!r} (only digits, a leading +, spaces, dashes, dots and parentheses)"
        )
    if digits.startswith("0"):
        raise InvalidIdError(
            f"not an international number: {original!r} starts with 0; give the country code instead of the "
            f"leading 0 (+91 98765 43210, not 098765 43210)"
        )
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        raise InvalidIdError(
            f"not a phone number: {original!r} has {len(digits)} digits; an international number with its country "
            f"code has {MIN_DIGITS} to {MAX_DIGITS}"
        )
    return digits


@dataclass(frozen=True)
class MessageId:
    """A message id taken apart: `<from_me>_<chat_id>_<unique_id>[_<author>]`. `str()` gives the id back.

    `author` is the sender in a group chat (`919876543210@c.us`), None elsewhere.
    """

    from_me: bool
    chat_id: str
    unique_id: str
    author: str | None = None

    @property
    def is_group(self) -> bool:
        return self.chat_id.endswith(GROUP_SUFFIX)

    def __str__(self) -> str:
        text = f"{'true' if self.from_me else 'false'}_{self.chat_id}_{self.unique_id}"
        return f"{text}_{self.author}" if self.author is not None else text


def parse_message_id(message_id: str) -> MessageId:
    """`true_919537851844@c.us_3EB0...` -> MessageId(from_me=True, chat_id='919537851844@c.us', unique_id='3EB0...');
    in a group, `true_<group>@g.us_<unique id>_<author>@c.us` also gives the author. Raises InvalidIdError for
    anything else (a queue_id is not a message id)."""
    if not isinstance(message_id, str):
        raise InvalidIdError(f"a message id must be a string, got {type(message_id).__name__}")
    text = message_id.strip()
    parts = text.split("_")
    problem = _message_id_problem(parts)
    if problem:
        raise InvalidIdError(
            f"not a message id: {message_id!r} ({problem}; expected true_919537851844@c.us_3EB0..., or in a group "
            f"true_<group>@g.us_<id>_<author>@c.us)"
        )
    author = parts[3] if len(parts) == 4 else None
    return MessageId(from_me=parts[0] == "true", chat_id=parts[1], unique_id=parts[2], author=author)


def _message_id_problem(parts: list[str]) -> str | None:  # noqa: PLR0911 - one return per problem
    if len(parts) not in (3, 4):
        return "expected 3 or 4 parts separated by '_'"
    if parts[0] not in ("true", "false"):
        return "it must start with true_ or false_"
    chat = parts[1]
    if not _is_chat(chat):
        return f"{chat!r} is not a chat id"
    if not _UNIQUE_ID.fullmatch(parts[2]):
        return f"{parts[2]!r} is not a message's unique id"
    if len(parts) == 4:
        if not chat.endswith(GROUP_SUFFIX):
            return "only a group message carries an author"
        if not _is_user(parts[3]):
            return f"{parts[3]!r} is not an author (...@c.us)"
    return None


def _is_user(value: str) -> bool:
    digits = value[: -len(USER_SUFFIX)]
    return value.endswith(USER_SUFFIX) and bool(_DIGITS.fullmatch(digits)) and len(digits) <= MAX_DIGITS


def _is_chat(value: str) -> bool:
    return _is_user(value) or (value.endswith(GROUP_SUFFIX) and bool(_GROUP.fullmatch(value[: -len(GROUP_SUFFIX)])))
