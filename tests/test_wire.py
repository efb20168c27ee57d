"""The wire helpers in periskope._wire: path_segment, OpenIntEnum, OpenStrEnum, decode_error."""

from __future__ import annotations

import math
import pickle
from urllib.parse import unquote

import httpx
import pytest

from periskope import Ack, DecodeError, InvalidIdError, MessageType
from periskope._wire import (
    DecodePathError,
    OpenIntEnum,
    OpenStrEnum,
    absent_keys,
    as_float,
    as_int,
    decode_error,
    path_segment,
)


class Level(OpenIntEnum):
    LOW = 1
    HIGH = 2


class Other(OpenIntEnum):
    ONE = 1


class Shape(OpenStrEnum):
    CIRCLE = "circle"
    SQUARE = "square"


# path_segment ---------------------------------------------------------------------------------------------------------

SEGMENTS = [
    "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C",
    "a/b",
    "/",
    "a?b",
    "a#b",
    "a%b",
    "%2F",
    "a@b",
    "../..",
    "./x",
    "a b",
    "é😄",
    "?#/%.",
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("a%b", "a%25b"),
        ("a@b", "a%40b"),
        ("a.b", "a.b"),
        ("...", "..."),
        ("3EB0C628", "3EB0C628"),
    ],
)
def test_path_segment_encoding(raw: str, expected: str) -> None:
    assert path_segment(raw) == expected


@pytest.mark.parametrize("raw", SEGMENTS)
def test_path_segment_is_one_segment(raw: str) -> None:
    url = "/message/" + path_segment(raw)
    tail = url.removeprefix("/message/")
    for char in "/?#":
        assert char not in tail
    assert tail not in {".", ".."}
    assert unquote(tail) == raw


@pytest.mark.parametrize("raw", SEGMENTS)
def test_path_segment_survives_httpx_url_building(raw: str) -> None:
    with httpx.Client(base_url="https://api.example/v1/") as client:
        request = client.build_request("GET", "/message/" + path_segment(raw))
    assert request.url.host == "api.example"
    assert request.url.query == b""
    assert request.url.fragment == ""
    assert request.url.raw_path == b"/v1/message/" + path_segment(raw).encode("ascii")


def test_path_segment_accepts_non_strings() -> None:
    assert path_segment(123) == "123"


@pytest.mark.parametrize("raw", [".", "..", "", " ", " .. "])
def test_path_segment_refuses_dot_segments_and_empty_ids(raw: str) -> None:
    """Even encoded as %2E%2E, a WHATWG URL parser (Node, many proxies) resolves `..` into the parent path."""
    with pytest.raises(InvalidIdError, match=r"must not be empty, '\.' or '\.\.'"):
        path_segment(raw)


# OpenIntEnum ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "member"), [(1, Level.LOW), ("2", Level.HIGH), (" 1 ", Level.LOW), ("+2", Level.HIGH)]
)
def test_open_int_enum_known_values(wire: object, member: Level) -> None:
    assert Level(wire) is member


@pytest.mark.parametrize("wire", [9, "9", " 9 "])
def test_open_int_enum_unknown_value_is_a_pseudo_member(wire: object) -> None:
    unknown = Level(wire)
    assert isinstance(unknown, Level)
    assert unknown.name == "UNKNOWN"
    assert unknown.value == 9
    assert int(unknown) == 9
    assert unknown == 9
    assert unknown != Level.HIGH


def test_open_int_enum_pseudo_members_compare_equal_and_do_not_pollute_the_class() -> None:
    first, second = Level(9), Level("9")
    assert first == second
    assert hash(first) == hash(second)
    assert {first: "x"}[second] == "x"
    assert Level(10) != first
    assert list(Level) == [Level.LOW, Level.HIGH]
    assert set(Level.__members__) == {"LOW", "HIGH"}
    assert 9 not in Level._value2member_map_


def test_open_int_enum_pseudo_members_belong_to_their_own_class() -> None:
    assert not isinstance(Level(9), Other)
    assert not isinstance(Other(9), Level)
    assert type(Other(9)) is Other
    assert Level(1) is Level.LOW
    assert Other(1) is Other.ONE


@pytest.mark.parametrize("wire", ["high", "", "1.5", 1.5, None, [], {}], ids=repr)
def test_open_int_enum_rejects_non_integers(wire: object) -> None:
    with pytest.raises(ValueError):
        Level(wire)


class Sparse(OpenIntEnum):
    FIVE = 5


@pytest.mark.parametrize("wire", [True, False])
def test_open_int_enum_does_not_keep_booleans_as_unknown(wire: bool) -> None:
    # Python's own lookup matches True/False to members valued 1/0 before _missing_ runs (the models refuse
    # booleans before calling the enum); with no such members, _missing_ must not invent one.
    with pytest.raises(ValueError):
        Sparse(wire)


# OpenStrEnum ----------------------------------------------------------------------------------------------------------


def test_open_str_enum_known_value() -> None:
    assert Shape("circle") is Shape.CIRCLE


def test_open_str_enum_unknown_value_is_a_pseudo_member() -> None:
    unknown = Shape("hexagon")
    assert isinstance(unknown, Shape)
    assert unknown.name == "UNKNOWN"
    assert unknown.value == "hexagon"
    assert unknown == "hexagon"
    assert str(unknown) == "hexagon"
    assert f"{unknown}" == "hexagon"
    assert unknown == Shape("hexagon")
    assert unknown != Shape("triangle")
    assert list(Shape) == [Shape.CIRCLE, Shape.SQUARE]
    assert "hexagon" not in Shape._value2member_map_


def test_open_str_enum_is_case_sensitive() -> None:
    assert Shape("CIRCLE").name == "UNKNOWN"


@pytest.mark.parametrize("wire", [1, None, b"circle"], ids=repr)
def test_open_str_enum_rejects_non_strings(wire: object) -> None:
    with pytest.raises(ValueError):
        Shape(wire)


# Pickling -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize(
    "value",
    [Level(9), Shape("hexagon"), Ack(7), MessageType("reaction_v2"), Level.HIGH, Ack.READ_ALL],
    ids=repr,
)
def test_pickle_round_trip(value: object, protocol: int) -> None:
    restored = pickle.loads(pickle.dumps(value, protocol=protocol))
    assert type(restored) is type(value)
    assert restored == value
    assert restored.value == value.value
    assert restored.name == value.name


# decode_error ---------------------------------------------------------------------------------------------------------


def test_decode_error_for_key_error() -> None:
    error = decode_error("Message", KeyError("org_id"))
    assert type(error) is DecodeError
    assert str(error) == "Message: missing required key 'org_id'"


def test_decode_error_for_bare_type_error() -> None:
    assert str(decode_error("Reaction", TypeError())) == "Reaction: a value has the wrong type"


def test_decode_error_clips_long_messages() -> None:
    message = str(decode_error("Message", ValueError("x" * 1000)))
    assert message.startswith("Message: xxx")
    assert message.endswith("...")
    assert len(message) < 300


def test_decode_error_within_prefixes_the_container() -> None:
    inner = DecodeError("ReceiptTimes: not a timestamp: abc")
    outer = inner.within("DeliveryInfo").within("Message")
    assert type(outer) is DecodeError
    assert str(outer) == "Message > DeliveryInfo > ReceiptTimes: not a timestamp: abc"


# Checked primitives and their declared leniencies -------------------------------------------------------------------


@pytest.mark.parametrize(("wire", "expected"), [(3, 3), ("3", 3), (" -12 ", -12), ("+4", 4)])
def test_as_int_reads_integers_and_decimal_strings(wire: object, expected: int) -> None:
    assert as_int(wire, "n") == expected


@pytest.mark.parametrize("wire", [True, False, 3.0, "3.0", "", "0x3", "three", None, [3]], ids=repr)
def test_as_int_refuses_everything_else(wire: object) -> None:
    with pytest.raises(DecodePathError, match=r"expected int, got "):
        as_int(wire, "n")


@pytest.mark.parametrize(("wire", "expected"), [(2, 2), (0.5, 0.5), ("0", 0.0), ("1e3", 1000.0), (" -.5 ", -0.5)])
def test_as_float_reads_numbers_and_numeric_strings(wire: object, expected: float) -> None:
    assert as_float(wire, "x") == expected


@pytest.mark.parametrize("wire", [True, "nan", "inf", math.nan, math.inf, "1_000", "", "lots", None], ids=repr)
def test_as_float_refuses_everything_else(wire: object) -> None:
    with pytest.raises(DecodePathError, match=r"expected (a finite )?float, got "):
        as_float(wire, "x")


def test_a_boolean_is_no_enum_value() -> None:
    with pytest.raises(TypeError):
        Ack.decode(True)
    assert Ack.decode(1) is Ack(1)


def test_the_path_grows_outwards() -> None:
    error = DecodePathError("delivered", "expected an object, got str").at("[2]").at("items")
    assert str(error.within_model("MessageList")) == "MessageList.items[2].delivered: expected an object, got str"


def test_absent_keys_are_shared_per_shape() -> None:
    declared = frozenset({"a", "b", "c"})
    first = absent_keys(declared, {"a": 1})
    assert first == {"b", "c"}
    assert absent_keys(declared, {"a": 2, "z": 0}) is first
