"""Tests of shipping.notify_shipped that use only the fixtures of periskope's pytest plugin (installed with
periskope): no network, no sleeping, a fresh fake per test."""

from __future__ import annotations

from shipping import notify_shipped

from periskope import Ack, Periskope
from periskope.testing import FakePeriskope


def test_delivered(periskope_client: Periskope, periskope_fake: FakePeriskope) -> None:
    assert notify_shipped(periskope_client, "+91 95378 51844", "A-1001") == "delivered"
    (message,) = periskope_fake.messages.values()
    assert message["chat_id"] == "919537851844@c.us" and "A-1001" in message["body"]
    assert [event.name for event in periskope_fake.events_named("message.created")] == ["message.created"]


def test_failed(periskope_client: Periskope, periskope_fake: FakePeriskope) -> None:
    periskope_fake.auto_ack = Ack.FAILED  # every sent message fails
    assert notify_shipped(periskope_client, "919537851844", "A-1002") == "failed"


def test_pending_when_never_delivered(periskope_client: Periskope, periskope_fake: FakePeriskope) -> None:
    periskope_fake.auto_ack = Ack.SENT  # sent, never delivered; the two minutes pass on a virtual clock
    assert notify_shipped(periskope_client, "919537851844", "A-1003") == "pending"


def test_a_lost_response_is_not_sent_twice(periskope_client: Periskope, periskope_fake: FakePeriskope) -> None:
    periskope_fake.fail_next(lost_response=True, operation="sendMessage")
    assert notify_shipped(periskope_client, "919537851844", "A-1004") == "unknown"
    assert len(periskope_fake.messages) == 1  # the fake acted on it once; the client did not retry


def test_a_refused_send_is_reported(periskope_client: Periskope, periskope_fake: FakePeriskope) -> None:
    periskope_fake.fail_next(400, operation="sendMessage")
    assert notify_shipped(periskope_client, "919537851844", "A-1005") == "not sent"
    periskope_fake.fail_next(500, operation="sendMessage")  # may have been acted on: not retried, not "not sent"
    assert notify_shipped(periskope_client, "919537851844", "A-1006") == "unknown"
    assert periskope_fake.operations.count("sendMessage") == 2
