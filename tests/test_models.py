"""Decoding and encoding of the generated models, as re-exported by `periskope`.

The seed payload is upstream's own `200 OK` example for GET /message/{message_id}, read from the vendored spec.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import pickle
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from periskope import (
    Ack,
    DecodeError,
    DeliveryInfo,
    Message,
    MessageKey,
    MessageType,
    Reaction,
    ReceiptTimes,
    parse_timestamp,
)
from periskope.models import fields_set
from periskope_api import models
from periskope_api.models import Chat, UpdateContactBody
from periskope_api.types import UNSET

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "periskope.yaml"
MESSAGE_ID = "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C"
RECIPIENT = "919537851844@c.us"


@functools.cache
def _seed_example() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    operation = spec["paths"]["/message/{message_id}"]["get"]
    return operation["responses"]["200"]["content"]["application/json"]["examples"]["200 OK"]["value"]


@pytest.fixture
def seed() -> dict[str, Any]:
    """A fresh deep copy of the seed example, free to mutate."""
    return copy.deepcopy(_seed_example())


def decode_with(seed: dict[str, Any], **changes: Any) -> Message:
    return Message.from_dict({**seed, **changes})


def key(from_me: bool, id: str, remote: str = RECIPIENT) -> MessageKey:
    return MessageKey(from_me=from_me, id=id, remote=remote, serialized=f"{str(from_me).lower()}_{remote}_{id}")


# 1. The seed example, field by field ----------------------------------------------------------------------------------


def test_seed_scalar_fields(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    assert m.message_id == MESSAGE_ID
    assert m.org_id == "2997dd64-89bf-48d3-9a22-b314fca017e5"
    assert m.org_phone == "918527184400@c.us"
    assert m.chat_id == RECIPIENT
    assert m.body == "Hello, Edited World 2"
    assert m.prev_body == "Hello, Edited World"
    assert m.from_me is True
    assert m.author is None
    assert m.media is None
    assert m.mentioned_ids == []
    assert m.sender_phone == "918527184400@c.us"


def test_seed_message_type_is_chat_member(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    assert m.message_type is MessageType.CHAT


def test_seed_ack_string_is_read(seed: dict[str, Any]) -> None:
    assert seed["ack"] == "3"  # the wire sends it as a string
    m = Message.from_dict(seed)
    assert m.ack is Ack.DELIVERED_ALL
    assert m.ack == 3


def test_seed_id_is_message_key(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    assert isinstance(m.id, MessageKey)
    assert m.id.from_me is True
    assert m.id.id == "3EB0C62861626B2D8BD4A386E48976EC85CB009C"
    assert m.id.remote == RECIPIENT
    assert m.id.serialized == MESSAGE_ID


def test_seed_timestamps_are_tz_aware_datetimes(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    assert m.timestamp == datetime(2025, 1, 27, 8, 48, 24, tzinfo=UTC)
    assert m.timestamp.utcoffset() == timedelta(0)
    assert m.updated_at == datetime(2025, 1, 28, 5, 11, 38, 221000, tzinfo=UTC)
    assert m.updated_at.microsecond == 221000


def test_seed_delivery_info(seed: dict[str, Any]) -> None:
    info = Message.from_dict(seed).delivery_info
    assert isinstance(info, DeliveryInfo)
    assert isinstance(info.delivered, ReceiptTimes)
    assert info.delivered.additional_properties == {RECIPIENT: datetime.fromtimestamp(1737967705.196, tz=UTC)}
    assert info.delivered[RECIPIENT] == datetime(2025, 1, 27, 8, 48, 25, 196000, tzinfo=UTC)
    assert info.read.additional_properties == {RECIPIENT: datetime(2025, 1, 27, 8, 48, 24, 763000, tzinfo=UTC)}
    assert info.read[RECIPIENT].tzinfo is not None
    assert info.pending == []
    assert info.delivered_count == 1
    assert info.read_count == 1


def test_seed_reaction(seed: dict[str, Any]) -> None:
    reactions = Message.from_dict(seed).reactions
    assert isinstance(reactions, list)
    assert len(reactions) == 1
    r = reactions[0]
    assert isinstance(r, Reaction)
    assert r.reaction == "😄"
    assert r.timestamp == datetime(2025, 1, 28, 5, 11, 57, 8000, tzinfo=UTC)
    assert r.ack is None
    assert r.read is True
    assert r.reaction_id == "true_919537851844@c.us_3EB0A92AE3DE31D97BAEC6"
    assert r.message_id == MESSAGE_ID
    assert r.sender_id == "918527184400@c.us"
    assert r.id == key(True, "3EB0A92AE3DE31D97BAEC6")
    assert r.msg_id == key(True, "3EB0C62861626B2D8BD4A386E48976EC85CB009C")


def test_seed_interactive_is_a_declared_property_not_an_extra(seed: dict[str, Any]) -> None:
    assert "interactive" in seed
    assert "interactive" in attrs.fields_dict(Message)
    m = Message.from_dict(seed)
    assert m.interactive is None
    assert "interactive" not in m.additional_properties


def test_seed_has_no_undeclared_keys(seed: dict[str, Any]) -> None:
    assert Message.from_dict(seed).additional_properties == {}


def test_fields_absent_from_the_seed_are_none_and_stay_absent(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    declared = {f.name for f in attrs.fields(Message)} - {"additional_properties", "_absent"}
    present = {"from_" if name == "from" else name for name in seed}
    absent = declared - present
    assert absent == {"highlight", "is_private_note", "message_payload"}
    for name in absent:
        assert getattr(m, name) is None, name
    for name in absent:
        assert name not in m.to_dict()
        assert name not in fields_set(m)


def test_null_seed_fields_are_none_not_unset(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    for name in ("author", "broadcast", "to", "token", "vcards", "poll_info", "raw_data"):
        assert getattr(m, name) is None, name


# 2. Ack in every form -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("3", Ack.DELIVERED_ALL),
        (3, Ack.DELIVERED_ALL),
        (" 3 ", Ack.DELIVERED_ALL),
        ("-1", Ack.FAILED),
        (-1, Ack.FAILED),
        ("0", Ack.PENDING),
        (0, Ack.PENDING),
        ("4", Ack.READ),
        (2, Ack.DELIVERED),
    ],
)
def test_ack_known_forms(seed: dict[str, Any], wire: object, expected: Ack) -> None:
    assert decode_with(seed, ack=wire).ack is expected


def test_ack_null_is_none(seed: dict[str, Any]) -> None:
    m = decode_with(seed, ack=None)
    assert m.ack is None
    assert m.to_dict()["ack"] is None


def test_ack_missing_is_none_and_stays_missing(seed: dict[str, Any]) -> None:
    del seed["ack"]
    m = Message.from_dict(seed)
    assert m.ack is None
    assert "ack" not in m.to_dict()
    assert "ack" in fields_set(decode_with(seed, ack=None))


def test_ack_zero_is_present_though_falsy(seed: dict[str, Any]) -> None:
    m = decode_with(seed, ack=0)
    assert m.ack is Ack.PENDING
    assert not m.ack
    assert m.to_dict()["ack"] == 0


@pytest.mark.parametrize("wire", ["7", 7, " 7 "])
def test_ack_unknown_value_is_kept(seed: dict[str, Any], wire: object) -> None:
    m = decode_with(seed, ack=wire)
    assert isinstance(m.ack, Ack)
    assert int(m.ack) == 7
    assert m.ack == 7
    assert m.ack.value == 7
    assert m.ack.name == "UNKNOWN"
    out = m.to_dict()["ack"]
    assert out == 7
    assert type(out) is int


def test_ack_known_is_written_as_number(seed: dict[str, Any]) -> None:
    out = Message.from_dict(seed).to_dict()["ack"]
    assert out == 3
    assert type(out) is int


@pytest.mark.parametrize(
    ("wire", "expected"), [(2, Ack.DELIVERED), ("3", Ack.DELIVERED_ALL), (None, None), (-1, Ack.FAILED)]
)
def test_reaction_ack(wire: object, expected: Ack | None) -> None:
    assert Reaction.from_dict({"ack": wire}).ack is expected


def test_reaction_ack_unknown_is_kept(seed: dict[str, Any]) -> None:
    seed["reactions"][0]["ack"] = 9
    r = Message.from_dict(seed).reactions[0]
    assert isinstance(r.ack, Ack)
    assert int(r.ack) == 9
    assert r.ack.name == "UNKNOWN"
    assert r.to_dict()["ack"] == 9


@pytest.mark.parametrize("wire", ["read", {}, {"value": 3}, [], [3], "3.5", 3.5, ""], ids=repr)
def test_ack_non_numeric_raises_decode_error(seed: dict[str, Any], wire: object) -> None:
    with pytest.raises(DecodeError) as info:
        decode_with(seed, ack=wire)
    assert str(info.value).startswith("Message")


@pytest.mark.parametrize("wire", ["read", {}])
def test_reaction_ack_non_numeric_raises_decode_error(seed: dict[str, Any], wire: object) -> None:
    seed["reactions"][0]["ack"] = wire
    with pytest.raises(DecodeError, match=r"^Message\.reactions\[0\]\.ack: expected Ack, got "):
        Message.from_dict(seed)


@pytest.mark.parametrize("wire", [True, False])
def test_ack_json_boolean_raises_decode_error(seed: dict[str, Any], wire: bool) -> None:
    # A JSON true/false is not an ack; OpenIntEnum._missing_ and parse_timestamp both refuse bools.
    with pytest.raises(DecodeError):
        decode_with(seed, ack=wire)


# 3. MessageType -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("member", list(MessageType), ids=str)
def test_message_type_known_values_map_to_members(seed: dict[str, Any], member: MessageType) -> None:
    m = decode_with(seed, message_type=member.value)
    assert m.message_type is member
    assert m.message_type.name != "UNKNOWN"


def test_message_type_unknown_value_is_kept(seed: dict[str, Any]) -> None:
    m = decode_with(seed, message_type="reaction_v2")
    assert isinstance(m.message_type, MessageType)
    assert m.message_type.value == "reaction_v2"
    assert str(m.message_type) == "reaction_v2"
    assert m.message_type == "reaction_v2"
    assert m.message_type.name == "UNKNOWN"
    assert m.to_dict()["message_type"] == "reaction_v2"
    assert Message.from_dict(m.to_dict()) == m


# 4. Timestamps --------------------------------------------------------------------------------------------------------

IST = timezone(timedelta(hours=5, minutes=30))

TIMESTAMPS = [
    ("2025-01-28T05:11:57.008+00:00", datetime(2025, 1, 28, 5, 11, 57, 8000, tzinfo=UTC)),
    ("2025-01-27T08:48:24+00:00", datetime(2025, 1, 27, 8, 48, 24, tzinfo=UTC)),
    ("2024-05-13 11:19:34+00", datetime(2024, 5, 13, 11, 19, 34, tzinfo=UTC)),
    ("2026-02-01T09:00:00.000Z", datetime(2026, 2, 1, 9, 0, tzinfo=UTC)),
    ("2025-01-24T05:11:10.691753+00:00", datetime(2025, 1, 24, 5, 11, 10, 691753, tzinfo=UTC)),
    ("2025-04-20", datetime(2025, 4, 20, tzinfo=UTC)),
    ("2025-04-20T10:00:00+05:30", datetime(2025, 4, 20, 10, 0, tzinfo=IST)),
    ("2025-04-20T10:00:00", datetime(2025, 4, 20, 10, 0, tzinfo=UTC)),
    (1738041123, datetime(2025, 1, 28, 5, 12, 3, tzinfo=UTC)),
    (1737967705196, datetime(2025, 1, 27, 8, 48, 25, 196000, tzinfo=UTC)),
    (1738041123.5, datetime(2025, 1, 28, 5, 12, 3, 500000, tzinfo=UTC)),
    ("1738041123", datetime(2025, 1, 28, 5, 12, 3, tzinfo=UTC)),
    ("1737967705196", datetime(2025, 1, 27, 8, 48, 25, 196000, tzinfo=UTC)),
]
INVALID_TIMESTAMPS = ["yesterday", "", True, [], math.nan, math.inf, 10**30]


@pytest.mark.parametrize(("wire", "expected"), TIMESTAMPS, ids=repr)
def test_parse_timestamp(wire: object, expected: datetime) -> None:
    parsed = parse_timestamp(wire)
    assert parsed == expected
    assert parsed.tzinfo is not None
    assert parsed.utcoffset() == expected.utcoffset()  # == alone ignores the offset


def test_parse_timestamp_keeps_a_non_utc_offset() -> None:
    parsed = parse_timestamp("2025-04-20T10:00:00+05:30")
    assert parsed.utcoffset() == timedelta(hours=5, minutes=30)
    assert parsed == datetime(2025, 4, 20, 4, 30, tzinfo=UTC)


@pytest.mark.parametrize("field", ["timestamp", "updated_at"])
@pytest.mark.parametrize(("wire", "expected"), TIMESTAMPS, ids=repr)
def test_message_timestamp_fields(seed: dict[str, Any], field: str, wire: object, expected: datetime) -> None:
    value = getattr(decode_with(seed, **{field: wire}), field)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("wire", "expected"), TIMESTAMPS, ids=repr)
def test_reaction_timestamp(wire: object, expected: datetime) -> None:
    value = Reaction.from_dict({"timestamp": wire}).timestamp
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("wire", INVALID_TIMESTAMPS, ids=repr)
def test_parse_timestamp_rejects(wire: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        parse_timestamp(wire)


@pytest.mark.parametrize("field", ["timestamp", "updated_at"])
@pytest.mark.parametrize("wire", INVALID_TIMESTAMPS, ids=repr)
def test_message_invalid_timestamp_raises_decode_error(seed: dict[str, Any], field: str, wire: object) -> None:
    with pytest.raises(DecodeError) as info:
        decode_with(seed, **{field: wire})
    assert str(info.value).startswith("Message")


@pytest.mark.parametrize("wire", ["yesterday", math.nan, 10**30], ids=repr)
def test_receipt_time_invalid_raises_decode_error_naming_the_path(seed: dict[str, Any], wire: object) -> None:
    seed["delivery_info"]["read"][RECIPIENT] = wire
    with pytest.raises(DecodeError, match=rf"^Message\.delivery_info\.read\.{RECIPIENT}: expected a timestamp, got "):
        Message.from_dict(seed)


def test_timestamp_null_is_none(seed: dict[str, Any]) -> None:
    assert decode_with(seed, timestamp=None).timestamp is None


# 5. Unknown fields and round trips ------------------------------------------------------------------------------------


def test_unknown_top_level_fields_are_kept(seed: dict[str, Any]) -> None:
    extras = {"brand_new": {"nested": [1, "two", None]}, "flag_z": None, "count_z": 0}
    m = decode_with(seed, **extras)
    assert m.additional_properties == extras
    assert m["brand_new"] == {"nested": [1, "two", None]}
    out = m.to_dict()
    for name, value in extras.items():
        assert out[name] == value


def test_unknown_fields_in_nested_models_are_kept(seed: dict[str, Any]) -> None:
    seed["id"]["participant"] = "x@c.us"
    seed["reactions"][0]["emoji_tone"] = "3"
    seed["reactions"][0]["msg_id"]["extra"] = [1]
    seed["delivery_info"]["played"] = {RECIPIENT: 1}
    m = Message.from_dict(seed)

    assert m.id.additional_properties == {"participant": "x@c.us"}
    assert m.reactions[0].additional_properties == {"emoji_tone": "3"}
    assert m.reactions[0].msg_id.additional_properties == {"extra": [1]}
    assert m.delivery_info.additional_properties == {"played": {RECIPIENT: 1}}

    out = m.to_dict()
    assert out["id"]["participant"] == "x@c.us"
    assert out["reactions"][0]["emoji_tone"] == "3"
    assert out["reactions"][0]["msg_id"]["extra"] == [1]
    assert out["delivery_info"]["played"] == {RECIPIENT: 1}
    assert Message.from_dict(out) == m


def test_seed_round_trips_through_to_dict(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    again = Message.from_dict(m.to_dict())
    assert again == m
    assert again.delivery_info.delivered[RECIPIENT] == m.delivery_info.delivered[RECIPIENT]


def test_to_dict_keeps_the_non_utc_offset(seed: dict[str, Any]) -> None:
    m = decode_with(seed, timestamp="2025-04-20T10:00:00+05:30")
    assert m.to_dict()["timestamp"] == "2025-04-20T10:00:00+05:30"


def test_to_dict_is_json_serializable_and_stable(seed: dict[str, Any]) -> None:
    m = decode_with(seed, ack="7", message_type="reaction_v2", extra={"a": 1})
    text = json.dumps(m.to_dict(), ensure_ascii=False)
    assert Message.from_dict(json.loads(text)) == m


def test_to_dict_does_not_alias_the_input(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    seed["message_id"] = "changed"
    seed["id"]["id"] = "changed"
    assert m.message_id == MESSAGE_ID
    assert m.id.id == "3EB0C62861626B2D8BD4A386E48976EC85CB009C"


# 6. MessageKey spellings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("from_me", [True, False])
def test_message_key_webhook_spelling_matches_rest(from_me: bool) -> None:
    serialized = f"{str(from_me).lower()}_r@c.us_X"
    webhook = MessageKey.from_dict({"fromMe": from_me, "id": "X", "remote": "r@c.us", "_serialized": serialized})
    rest = MessageKey.from_dict({"from_me": from_me, "id": "X", "remote": "r@c.us", "serialized": serialized})
    assert webhook == rest
    assert webhook.from_me is from_me
    assert webhook.serialized == serialized
    assert webhook.additional_properties == {}


def test_message_key_webhook_spelling_is_written_in_rest_spelling() -> None:
    k = MessageKey.from_dict({"fromMe": True, "id": "X", "remote": "r@c.us", "_serialized": "true_r@c.us_X"})
    assert k.to_dict() == {"from_me": True, "id": "X", "remote": "r@c.us", "serialized": "true_r@c.us_X"}


def test_message_key_rest_spelling_wins_over_webhook() -> None:
    k = MessageKey.from_dict(
        {
            "fromMe": False,
            "from_me": True,
            "id": "X",
            "remote": "r@c.us",
            "_serialized": "WEBHOOK",
            "serialized": "REST",
        }
    )
    assert k.from_me is True
    assert k.serialized == "REST"
    out = k.to_dict()
    assert out["from_me"] is True
    assert out["serialized"] == "REST"


def test_message_key_webhook_spelling_inside_a_message(seed: dict[str, Any]) -> None:
    rest = Message.from_dict(seed)
    for node in (seed["id"], seed["reactions"][0]["id"], seed["reactions"][0]["msg_id"]):
        node["fromMe"] = node.pop("from_me")
        node["_serialized"] = node.pop("serialized")
    webhook = Message.from_dict(seed)
    assert webhook == rest
    assert webhook.to_dict()["id"] == rest.to_dict()["id"]
    assert "fromMe" not in webhook.to_dict()["reactions"][0]["id"]


# 7. Bad shapes --------------------------------------------------------------------------------------------------------


def _without(key_name: str) -> dict[str, Any]:
    return {k: v for k, v in copy.deepcopy(_seed_example()).items() if k != key_name}


def _with(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(_seed_example()), **changes}


def _with_delivered(value: object) -> dict[str, Any]:
    payload = copy.deepcopy(_seed_example())
    payload["delivery_info"]["delivered"][RECIPIENT] = value
    return payload


BAD_SHAPES = [
    pytest.param(_without("org_id"), ["Message", "org_id"], id="missing-org_id"),
    pytest.param(_without("message_id"), ["Message", "message_id"], id="missing-message_id"),
    pytest.param(_without("media"), ["Message", "media"], id="missing-media"),
    pytest.param(_with(message_type=None), ["Message", "MessageType"], id="message_type-null"),
    pytest.param(_with(message_type=3), ["Message", "MessageType"], id="message_type-number"),
    pytest.param([], ["Message"], id="list"),
    pytest.param("a message", ["Message"], id="string"),
    pytest.param(None, ["Message"], id="None"),
    pytest.param(_with(reactions="x"), ["Message"], id="reactions-string"),
    pytest.param(_with(reactions={"0": {}}), ["Message"], id="reactions-object"),
    pytest.param(_with(reactions=["x"]), ["Message.reactions[0]: expected an object, got str"], id="reaction-string"),
    pytest.param(_with(reactions=[{"id": "x"}]), ["Message.reactions[0].id: expected an"], id="reaction-id-string"),
    pytest.param(_with_delivered("abc"), [f"Message.delivery_info.delivered.{RECIPIENT}", "abc"], id="delivered-abc"),
    pytest.param(_with(delivery_info={"delivered": "abc"}), ["Message.delivery_info.delivered"], id="delivered-string"),
    pytest.param(_with(delivery_info="abc"), ["Message"], id="delivery_info-string"),
    pytest.param(_with(id="abc"), ["Message"], id="id-string"),
    pytest.param(_with(media="x"), ["Message"], id="media-string"),
    pytest.param(_with(media={"dimensions": "x"}), ["Message.media.dimensions"], id="media-dimensions-string"),
    pytest.param(_with(mentioned_ids="x"), ["Message"], id="mentioned_ids-string"),
]


@pytest.mark.parametrize(("payload", "fragments"), BAD_SHAPES)
def test_bad_shape_raises_decode_error(payload: Any, fragments: list[str]) -> None:
    with pytest.raises(DecodeError) as info:
        Message.from_dict(payload)
    error = info.value
    assert not isinstance(error, (KeyError, TypeError, AttributeError))
    assert isinstance(error, ValueError)
    message = str(error)
    assert message.startswith(fragments[0])
    for fragment in fragments:
        assert fragment in message


def test_missing_key_message_is_specific(seed: dict[str, Any]) -> None:
    del seed["org_id"]
    with pytest.raises(DecodeError) as info:
        Message.from_dict(seed)
    assert str(info.value) == "Message.org_id: missing required key"


# 8. Plain Optional fields, checked types, repr, JSON, pickle ----------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "wire", "error"),
    [
        ("chat_id", 5, "Message.chat_id: expected str, got int 5"),
        ("body", {"a": 1}, "Message.body: expected str, got dict"),
        ("from_me", "maybe", "Message.from_me: expected bool, got str"),
        ("forwarding_score", "lots", "Message.forwarding_score: expected float, got str 'lots'"),
        ("forwarding_score", True, "Message.forwarding_score: expected float, got bool True"),
        ("timestamp", "soon", "Message.timestamp: expected a timestamp, got str 'soon'"),
        ("message_type", 5, "Message.message_type: expected MessageType, got int 5"),
        ("ack", True, "Message.ack: expected Ack, got bool True"),
        ("mentioned_ids", ["a", 1], "Message.mentioned_ids[1]: expected str, got int 1"),
    ],
)
def test_wrong_types_raise_decode_error_naming_the_field(
    seed: dict[str, Any], field: str, wire: object, error: str
) -> None:
    with pytest.raises(DecodeError) as info:
        decode_with(seed, **{field: wire})
    assert str(info.value) == error


def test_nested_wrong_type_names_the_whole_path(seed: dict[str, Any]) -> None:
    seed["delivery_info"]["delivered_count"] = True  # a bool is never an integer
    with pytest.raises(DecodeError, match=r"^Message\.delivery_info\.delivered_count: expected int, got bool True$"):
        Message.from_dict(seed)
    seed["delivery_info"]["delivered_count"] = 1
    seed["delivery_info"]["delivered"] = "soon"
    with pytest.raises(DecodeError, match=r"^Message\.delivery_info\.delivered: expected an object, got str$"):
        Message.from_dict(seed)


@pytest.mark.parametrize(
    ("field", "wire", "expected"),
    [("forwarding_score", "0", 0.0), ("forwarding_score", 2, 2), ("forwarding_score", " 1.5 ", 1.5), ("ack", "3", 3)],
)
def test_declared_leniencies_convert_to_the_declared_type(
    seed: dict[str, Any], field: str, wire: object, expected: object
) -> None:
    value = getattr(decode_with(seed, **{field: wire}), field)
    assert value == expected
    assert type(value) is (float if field == "forwarding_score" and isinstance(wire, str) else type(value))
    assert not isinstance(value, str)


def test_counters_read_numeric_strings(seed: dict[str, Any]) -> None:
    seed["delivery_info"]["read_count"] = "2"
    assert Message.from_dict(seed).delivery_info.read_count == 2  # type: ignore[union-attr]


def test_missing_and_null_both_read_none_and_round_trip(seed: dict[str, Any]) -> None:
    del seed["body"]
    seed["author"] = None
    m = Message.from_dict(seed)
    assert m.body is None
    assert m.author is None
    out = m.to_dict()
    assert "body" not in out
    assert out["author"] is None
    assert "body" not in fields_set(m)
    assert "author" in fields_set(m)
    m.body = "set later"
    assert m.to_dict()["body"] == "set later"


def test_a_model_built_in_python_writes_only_what_was_given() -> None:
    key = MessageKey(id="3EB0", remote="919537851844@c.us")
    assert key.to_dict() == {"id": "3EB0", "remote": "919537851844@c.us"}
    assert key.from_me is None


def test_unknown_keys_survive_to_dict(seed: dict[str, Any]) -> None:
    seed["brand_new"] = {"x": [1, None]}
    m = Message.from_dict(seed)
    assert m["brand_new"] == {"x": [1, None]}
    assert m.to_dict()["brand_new"] == {"x": [1, None]}
    assert "brand_new" in fields_set(m)


def test_repr_is_short_and_readable(seed: dict[str, Any]) -> None:
    text = repr(Message.from_dict(seed))
    assert len(text) < 800
    assert "object at 0x" not in text
    assert "UNSET" not in text
    assert f"ack=Ack.{Ack(3).name}" in text
    assert "delivery_info=DeliveryInfo(…)" in text
    assert "author=" not in text  # null fields are left out
    assert repr(Chat.from_dict({"chat_id": "120363@g.us", "chat_name": "Team"})) == (
        "Chat(chat_id='120363@g.us', chat_name='Team')"
    )


def test_repr_cuts_long_strings(seed: dict[str, Any]) -> None:
    text = repr(decode_with(seed, body="x" * 5000))
    assert "x" * 80 + "…'" in text
    assert len(text) < 900


def test_to_json_writes_wire_forms(seed: dict[str, Any]) -> None:
    m = Message.from_dict(seed)
    data = json.loads(m.to_json())
    assert data == m.to_dict()
    assert data["ack"] == 3
    assert data["timestamp"] == "2025-01-27T08:48:24+00:00"
    assert Message.from_json(m.to_json()) == m
    assert Message.from_json(m.to_json().encode()) == m


@pytest.mark.parametrize("body", [b"{", "", b"\xff", "[1, 2]"])
def test_from_json_rejects_non_json_and_non_objects(body: bytes | str) -> None:
    with pytest.raises(DecodeError, match=r"^Message"):
        Message.from_json(body)


def test_pickle_and_deepcopy_keep_models_equal(seed: dict[str, Any]) -> None:
    for model in (
        Message.from_dict(seed),
        Chat.from_dict({"chat_id": "120363@g.us"}),
        UpdateContactBody(contact_name="Ann"),
    ):
        for copied in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model)):
            assert copied == model
            assert copied.to_dict() == model.to_dict()
            json.dumps(copied.to_dict())


def test_unset_is_a_singleton_across_pickle_and_deepcopy() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert repr(UNSET) == "UNSET"


def _request_schemas() -> set[str]:
    """Schemas only a requestBody reaches: inline bodies (<OperationId>Body...) and no shared component."""
    spec = yaml.safe_load((SPEC_PATH.parent.parent / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    return {name for name in spec["components"]["schemas"] if "Body" in name}


def test_request_models_are_the_inline_request_bodies() -> None:
    """The template tells request models (UNSET for "leave out") by the generator's <OperationId>Body naming: no
    response schema may carry that name, and every request body is inline."""
    spec = yaml.safe_load((SPEC_PATH.parent.parent / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    assert not _request_schemas()
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                for content in operation["requestBody"]["content"].values():
                    assert "$ref" not in content["schema"]
    request = [model for name in models.__all__ if "Body" in name and attrs.has(model := getattr(models, name))]
    assert len(request) >= 30
    for model in request:
        assert "_absent" not in {f.name for f in attrs.fields(model)}
