"""periskope.ids: chat ids from phone numbers, message ids taken apart and put back together."""

from __future__ import annotations

import dataclasses

import pytest

import periskope
from periskope.ids import InvalidIdError, MessageId, chat_id, parse_message_id

SEED_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"
GROUP_MESSAGE = "false_120363041234567890@g.us_3EB0AB12CD_919876543210@c.us"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+91 98765 43210", "919876543210@c.us"),
        ("919876543210", "919876543210@c.us"),
        (919876543210, "919876543210@c.us"),
        ("+91-98765-43210", "919876543210@c.us"),
        ("+1 (415) 555-2671", "14155552671@c.us"),
        ("44.20.7946.0958", "442079460958@c.us"),
        ("  +919876543210\n", "919876543210@c.us"),
        ("+683 4002", "6834002@c.us"),  # 7 digits: the shortest in use
        ("123456789012345", "123456789012345@c.us"),  # 15 digits: the E.164 maximum
        ("919876543210@c.us", "919876543210@c.us"),
        (" 919876543210@C.US ", "919876543210@c.us"),
        ("+91 98765 43210@c.us", "919876543210@c.us"),
        ("120363041234567890@g.us", "120363041234567890@g.us"),
        ("919876543210-1588888888@g.us", "919876543210-1588888888@g.us"),
        (" 120363041234567890@G.US", "120363041234567890@g.us"),
    ],
)
def test_chat_id_normalises(value: str | int, expected: str) -> None:
    assert chat_id(value) == expected
    assert chat_id(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("+91 98765 4321O", "only digits"),  # a letter O
        ("call me", "only digits"),
        ("98765abc", "only digits"),
        ("++919876543210", "only digits"),
        ("91+9876543210", "only digits"),
        ("098765 43210", "starts with 0"),
        ("+0 98765 43210", "starts with 0"),
        ("0044 20 7946 0958", "starts with 0"),
        ("123456", "6 digits"),
        ("1234567890123456", "16 digits"),
        (12345, "5 digits"),
        ("@c.us", "empty"),
        ("abc@c.us", "only digits"),
        ("1234567890123456@c.us", "16 digits"),
        ("group@g.us", "not a group id"),
        ("@g.us", "not a group id"),
        ("919876543210@s.whatsapp.net", "not a chat id"),
        ("status@broadcast", "not a chat id"),
        ("١٢٣٤٥٦٧٨٩٠", "only digits"),  # non-ASCII digits
    ],
)
def test_chat_id_refuses_what_is_not_a_number(value: str | int, match: str) -> None:
    with pytest.raises(InvalidIdError, match=match) as caught:
        chat_id(value)
    assert isinstance(caught.value, periskope.PeriskopeError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [True, None, 9.5, ["919876543210"], -919876543210])
def test_chat_id_refuses_other_types(value: object) -> None:
    with pytest.raises(InvalidIdError):
        chat_id(value)  # type: ignore[arg-type]


def test_parse_message_id() -> None:
    parsed = parse_message_id(SEED_ID)
    assert parsed == MessageId(
        from_me=True, chat_id="919537851844@c.us", unique_id="3EB0C62861626B2D8BD4A386E48976EC85CB009C", author=None
    )
    assert not parsed.is_group
    assert str(parsed) == SEED_ID
    assert parse_message_id(f"  {SEED_ID}\n") == parsed


def test_parse_group_message_id_gives_the_author() -> None:
    parsed = parse_message_id(GROUP_MESSAGE)
    assert parsed == MessageId(False, "120363041234567890@g.us", "3EB0AB12CD", "919876543210@c.us")
    assert parsed.is_group
    assert str(parsed) == GROUP_MESSAGE


def test_group_message_without_author_round_trips() -> None:
    text = "true_120363041234567890@g.us_BAE5F0A1B2C3"
    parsed = parse_message_id(text)
    assert (parsed.author, parsed.is_group, str(parsed)) == (None, True, text)


def test_message_id_is_frozen_and_hashable() -> None:
    parsed = parse_message_id(SEED_ID)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.from_me = False  # type: ignore[misc]
    assert {parsed, parse_message_id(SEED_ID)} == {parsed}


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("", "3 or 4 parts"),
        ("459d1ec5-1d0d-4170-947b-4ad4adca5ba9", "3 or 4 parts"),  # a queue_id
        ("yes_919537851844@c.us_3EB0", "true_ or false_"),
        ("True_919537851844@c.us_3EB0", "true_ or false_"),
        ("true_919537851844_3EB0", "not a chat id"),
        ("true_abc@c.us_3EB0", "not a chat id"),
        ("true_919537851844@c.us_", "unique id"),
        ("true_919537851844@c.us_3EB0-C6", "unique id"),
        ("true_919537851844@c.us_3EB0_919876543210@c.us", "only a group message"),
        ("true_120363041234567890@g.us_3EB0_someone", "not an author"),
        ("true_120363041234567890@g.us_3EB0_1@c.us_x", "3 or 4 parts"),
    ],
)
def test_parse_message_id_refuses_what_is_not_a_message_id(value: str, match: str) -> None:
    with pytest.raises(InvalidIdError, match=match) as caught:
        parse_message_id(value)
    assert isinstance(caught.value, periskope.PeriskopeError)


def test_parse_message_id_refuses_other_types() -> None:
    with pytest.raises(InvalidIdError, match="string"):
        parse_message_id(42)  # type: ignore[arg-type]
