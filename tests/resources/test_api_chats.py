"""client.chats: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import Recorder, call, collect, json_response, keys, resource, sent
from resources.samples import AI_SETTINGS, AUDIT_LOGS

import periskope
from periskope.models import (
    Chat,
    ChatAiSettings,
    ChatAuditLog,
    Message,
    Notification,
)

CHAT = "919537851844@c.us"

GROUP = "120363041234567890@g.us"


def chat(i: int) -> dict[str, Any]:
    return {"chat_id": f"9190000{i:05d}@c.us", "chat_name": f"chat {i}", "chat_type": "user"}


def chats_page(start: int, size: int, count: int | None) -> httpx.Response:
    body: dict[str, Any] = {"chats": [chat(i) for i in range(start, start + size)], "from": start + 1}
    body["to"] = start + size
    if count is not None:
        body["count"] = count
    return json_response(200, body)


def server_with(total: int, count: int | None) -> Recorder:
    """A /chats endpoint over `total` chats, honouring offset and limit; `count` is what it claims."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 1000))
        return chats_page(offset, max(0, min(limit, total - offset)), count)

    return Recorder(handler)


async def test_chat_operations_pass_the_mock(mock_client: Any) -> None:
    chats = mock_client.chats
    first = await call(chats.list(limit=20, chat_type="group", label="vip"))
    assert all(isinstance(chat, Chat) for chat in first.items)
    assert isinstance(await call(chats.get(CHAT)), Chat)
    assert isinstance(await call(chats.update(CHAT, labels=["vip", "lead"], custom_properties={"tier": "gold"})), Chat)
    assert await call(chats.update_labels(chat_ids=[CHAT], labels="vip")) is None
    assert await call(chats.update_access(chat_ids=[CHAT], access={"agent@example.com": True}, replace=False)) is None
    assert await call(chats.mark_read(CHAT)) is None
    for method, args in (
        (chats.list_messages, ()),
        (chats.list_chat_messages, (CHAT,)),
        (chats.list_notes, (CHAT,)),
    ):
        page = await call(method(*args, limit=5))
        assert all(isinstance(message, Message) for message in page.items)
    for method, args in ((chats.list_notifications, ()), (chats.list_chat_notifications, (GROUP,))):
        page = await call(method(*args, limit=5))
        assert all(isinstance(note, Notification) for note in page.items)


@pytest.mark.parametrize(
    ("total", "count", "pages"),
    [
        (7, 7, 3),  # the last page is short
        (6, 6, 3),  # the last page is empty (full pages can't tell they are the last)
        (7, 3, 3),  # count says less than there is: full pages keep going
        (4, 50, 2),  # count says more than there is: a short page ends it
        (0, 0, 1),
    ],
)
async def test_iterating_a_list_walks_every_page(make_client: Any, total: int, count: int, pages: int) -> None:
    recorder = server_with(total, count)
    first = await call(make_client(recorder).chats.list(limit=3))
    assert [c.chat_id for c in await collect(first)] == [chat(i)["chat_id"] for i in range(total)]
    assert len(recorder.requests) == pages
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6", "9"][:pages]
    assert {r.url.params["limit"] for r in recorder.requests} == {"3"}


async def test_max_items_caps_the_iteration(make_client: Any) -> None:
    recorder = server_with(100, 100)
    first = await call(make_client(recorder).chats.list(limit=10, max_items=25))
    assert len(await collect(first)) == 25
    assert len(recorder.requests) == 3


async def test_without_a_limit_count_decides(make_client: Any) -> None:
    recorder = server_with(5, 5)
    first = await call(make_client(recorder).chats.list())
    assert len(await collect(first)) == 5
    assert len(recorder.requests) == 1


def test_pages_one_by_one_sync() -> None:
    recorder = server_with(5, 5)
    client = periskope.Periskope("k", http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    page = client.chats.list(limit=2, offset=1)
    assert [(p.offset, len(p.items)) for p in page.iter_pages()] == [(1, 2), (3, 2), (5, 0)]


async def test_async_for_directly_on_the_list_call() -> None:
    recorder = server_with(5, 5)
    client = periskope.AsyncPeriskope("k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
    ids = [c.chat_id async for c in client.chats.list(limit=2)]
    assert len(ids) == 5
    raw = await client.chats.with_raw_response.list(limit=2)
    assert raw.status_code == 200
    assert len(raw.parse().items) == 2


@pytest.mark.parametrize("bad", [{"limit": 0}, {"limit": -5}, {"offset": -1}, {"max_items": -1}])
async def test_bad_paging_arguments_are_refused(make_client: Any, bad: dict[str, int]) -> None:
    recorder = server_with(5, 5)
    with pytest.raises(periskope.PeriskopeError):
        await call(make_client(recorder).chats.list(**bad))
    assert recorder.requests == []


def test_chat_epoch_numbers_and_maps_decode() -> None:
    wire = {
        "chat_id": GROUP,
        "chat_type": "community",
        "latest_message_timestamp": 1737976072,
        "latest_message_timestamp_map": {"918527184400@c.us": 1737976072000, "919876543210@c.us": None},
        "closed_at": 1737976072000,
        "unread_count": {"a@b.c": 3},
        "pinned_messages": [{"message_id": "m", "pinned_at": 1737976072, "expires_at": 1738580872}],
        "snooze_metadata": {"snooze_until": 1738580872000, "snooze_by": "a@b.c"},
        "ai_metadata": {"is_active": True, "activation_state": "snoozed", "is_agent_allowed": False},
        "hubspot_metadata": {"id": "1", "type": "contacts", "object_data": {"id": "9", "type": "contacts",
                                                                            "properties": {"g": []}}},
    }  # fmt: skip
    chat = Chat.from_dict(copy.deepcopy(wire))
    moment = datetime(2025, 1, 27, 11, 7, 52, tzinfo=UTC)
    assert (chat.latest_message_timestamp, chat.closed_at, chat.chat_type) == (moment, moment, "community")
    assert chat.latest_message_timestamp_map is not None
    assert chat.latest_message_timestamp_map["918527184400@c.us"] == moment
    assert chat.latest_message_timestamp_map["919876543210@c.us"] is None
    assert chat.pinned_messages is not None and chat.pinned_messages[0].pinned_at == moment
    assert chat.snooze_metadata is not None and chat.snooze_metadata.snooze_by == "a@b.c"
    assert chat.ai_metadata is not None and chat.ai_metadata.activation_state == "snoozed"
    assert chat.hubspot_metadata is not None and chat.hubspot_metadata.object_data is not None
    assert keys(chat.to_dict()) == keys(wire)


@pytest.mark.parametrize(
    ("flags", "body"),
    [
        ({"is_agent_allowed": True}, {"is_agent_allowed": True}),
        ({"is_flagging_allowed": False}, {"is_flagging_allowed": False}),
        ({"is_agent_allowed": False, "is_flagging_allowed": True},
         {"is_agent_allowed": False, "is_flagging_allowed": True}),
    ],
)  # fmt: skip
async def test_update_ai_settings_sends_only_the_given_flags(
    make_client: Any, flags: dict[str, bool], body: dict[str, bool]
) -> None:
    recorder = Recorder(json_response(200, AI_SETTINGS))
    await call(resource(make_client(recorder), "chats").update_ai_settings(GROUP, **flags))
    assert sent(recorder) == ("PATCH", f"/v1/chats/{GROUP}/ai", {}, body)


async def test_update_ai_settings_needs_a_flag(make_client: Any) -> None:
    recorder = Recorder(json_response(200, AI_SETTINGS))
    with pytest.raises(periskope.PeriskopeError, match="is_agent_allowed"):
        await call(resource(make_client(recorder), "chats").update_ai_settings(GROUP))
    assert recorder.requests == []


async def test_audit_logs_request(make_client: Any) -> None:
    recorder = Recorder(json_response(200, AUDIT_LOGS))
    chats = resource(make_client(recorder), "chats")
    page = await call(chats.list_audit_logs(GROUP, limit=20, performed_by="api", action="STATUS_CHANGED"))
    assert sent(recorder) == (
        "GET",
        f"/v1/chats/{GROUP}/audit-logs",
        {"limit": "20", "performed_by": "api", "action": "STATUS_CHANGED"},
        None,
    )
    assert page.items[0].action == "STATUS_CHANGED"


def test_chat_examples_decode() -> None:
    assert ChatAiSettings.from_dict(AI_SETTINGS).to_dict() == AI_SETTINGS
    (log,) = [ChatAuditLog.from_dict(item) for item in AUDIT_LOGS["logs"]]
    assert log.timestamp == datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert (log.old_record.to_dict(), log.new_record.to_dict()) == ({}, {})
    assert keys(log.to_dict()) == keys(AUDIT_LOGS["logs"][0])
