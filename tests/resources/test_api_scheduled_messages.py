"""client.scheduled_messages: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, Recorder, call, collect, json_response, keys, resource, sent, spec
from resources.samples import AI_SETTINGS, AUDIT_LOGS, QUEUE_HEALTH, QUEUE_JOBS, SENT_SYNC, TASK, TASKS

import periskope
from periskope.models import (
    DeletedScheduledMessage,
    ScheduledMessage,
    ScheduledMessageList,
    ScheduledOccurrence,
    ScheduledOccurrenceList,
)

GROUP = "120363000000000000@g.us"

SCHEDULED_ID = "00000000-0000-0000-0000-000000000000"


SCHEDULED: dict[str, Any] = {
    "scheduled_id": SCHEDULED_ID,
    "org_id": "00000000-0000-0000-0000-000000000000",
    "org_phone": "911111111111@c.us",
    "chat_id": GROUP,
    "message_payload": {"message": "Weekly reminder: submit your report", "media": {}},
    "scheduled_at": "2026-02-01T09:00:00.000Z",
    "is_repeat": True,
    "repeat_config": {
        "repeat_interval": "week",
        "repeat_value": 1,
        "repeat_days": ["monday", "friday"],
        "repeat_ends": "2026-12-31T00:00:00Z",
    },
    "status": "scheduled",
    "skip_next": False,
    "paused_at": None,
    "updated_at": None,
    "performed_by": "api",
    "created_at": "2026-01-15T09:30:00.000Z",
}


SCHEDULED_LIST = {"from": 1, "to": 20, "count": 20, "scheduled_messages": [SCHEDULED]}

OCCURRENCES = {
    "from": 1,
    "to": 20,
    "count": 20,
    "occurrences": [
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "scheduled_id": SCHEDULED_ID,
            "chat_id": GROUP,
            "sent_message_id": "00000000-0000-0000-0000-000000000000",
            "message_id": None,
            "is_success": True,
            "remarks": None,
            "delivered_at": None,
            "created_at": "2026-01-15T09:30:00.000Z",
        }
    ],
}


DELETED = {"success": True, "message": "Scheduled message deleted", "scheduled_id": SCHEDULED_ID}


def overlay_example(path: str, method: str) -> Any:
    """The 200 example attached to an operation by the overlay (as served by the mock)."""
    overlay = yaml.safe_load((ROOT / "overrides/overlay/50-docs-endpoints.yaml").read_text(encoding="utf-8"))
    (paths,) = [action["update"] for action in overlay["actions"] if action["target"] == "$.paths"]
    return paths[path][method]["responses"]["200"]["content"]["application/json"]["examples"]["200 OK"]["value"]


def paged(items_key: str, item: dict[str, Any], total: int, id_key: str) -> Recorder:
    """A list endpoint over `total` copies of `item` (ids 0..total-1), honouring offset and limit."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 20))
        page = [{**item, id_key: str(i)} for i in range(offset, min(offset + limit, total))]
        return json_response(200, {items_key: page, "count": total, "from": offset + 1, "to": offset + len(page)})

    return Recorder(handler)


async def test_scheduled_message_operations_pass_the_mock(mock_client: Any) -> None:
    scheduled = resource(mock_client, "scheduled_messages")
    created = await call(
        scheduled.create(
            chat_id=GROUP, scheduled_at=datetime(2026, 2, 1, 9, tzinfo=UTC), message="Weekly reminder",
            is_repeat=True, repeat_config={"repeat_interval": "week", "repeat_value": 1, "repeat_days": ["monday"]},
        )
    )  # fmt: skip
    assert isinstance(created, ScheduledMessage) and created.scheduled_id == SCHEDULED_ID
    page = await call(scheduled.list(limit=20))
    assert [type(item) for item in page.items] == [ScheduledMessage]
    assert isinstance(await call(scheduled.get(SCHEDULED_ID)), ScheduledMessage)
    assert isinstance(await call(scheduled.update(SCHEDULED_ID, message="Updated reminder")), ScheduledMessage)
    deleted = await call(scheduled.delete(SCHEDULED_ID))
    assert isinstance(deleted, DeletedScheduledMessage) and deleted.success is True
    runs = await call(scheduled.list_occurrences(SCHEDULED_ID, limit=20))
    assert [type(item) for item in runs.items] == [ScheduledOccurrence]


async def test_schedule_sends_the_documented_body(make_client: Any) -> None:
    recorder = Recorder(json_response(200, SCHEDULED))
    scheduled = resource(make_client(recorder), "scheduled_messages")
    repeat = {"repeat_interval": "week", "repeat_value": 1, "repeat_days": ["monday", "friday"]}
    created = await call(
        scheduled.create(
            chat_id=GROUP, scheduled_at="2026-02-01T09:00:00Z", message="Weekly reminder", media={"url": "u"},
            is_repeat=True, repeat_config=repeat,
        )
    )  # fmt: skip
    assert sent(recorder) == (
        "POST",
        "/v1/message/scheduled",
        {},
        {
            "chat_id": GROUP,
            "scheduled_at": "2026-02-01T09:00:00Z",
            "message": "Weekly reminder",
            "media": {"url": "u"},
            "is_repeat": True,
            "repeat_config": repeat,
        },
    )
    assert created.repeat_config.repeat_days == ["monday", "friday"]


async def test_schedule_takes_a_datetime_and_needs_only_chat_and_time(make_client: Any) -> None:
    recorder = Recorder(json_response(200, SCHEDULED))
    scheduled = resource(make_client(recorder), "scheduled_messages")
    await call(scheduled.create(chat_id=GROUP, scheduled_at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC)))
    assert sent(recorder)[3] == {"chat_id": GROUP, "scheduled_at": "2026-02-01T09:00:00+00:00"}


async def test_schedule_refuses_an_empty_time_before_sending(make_client: Any) -> None:
    recorder = Recorder(json_response(200, SCHEDULED))
    with pytest.raises(periskope.PeriskopeError, match="scheduled_at"):
        await call(resource(make_client(recorder), "scheduled_messages").create(chat_id=GROUP, scheduled_at=" "))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "http", "path", "body", "answer"),
    [
        ("get", (SCHEDULED_ID,), {}, "GET", f"/v1/message/scheduled/{SCHEDULED_ID}", None, SCHEDULED),
        ("update", (SCHEDULED_ID,), {"message": "New"}, "PATCH", f"/v1/message/scheduled/{SCHEDULED_ID}",
         {"message": "New"}, SCHEDULED),
        ("delete", (SCHEDULED_ID,), {}, "DELETE", f"/v1/message/scheduled/{SCHEDULED_ID}", None, DELETED),
    ],
)  # fmt: skip
async def test_scheduled_message_requests(
    make_client: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], http: str, path: str,
    body: Any, answer: dict[str, Any],
) -> None:  # fmt: skip
    recorder = Recorder(json_response(200, answer))
    result = await call(getattr(resource(make_client(recorder), "scheduled_messages"), method)(*args, **kwargs))
    assert sent(recorder) == (http, path, {}, body)
    assert result.scheduled_id == SCHEDULED_ID


async def test_scheduled_lists_send_offset_and_limit(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {"occurrences": [], "count": 0}))
    scheduled = resource(make_client(recorder), "scheduled_messages")
    await call(scheduled.list_occurrences(SCHEDULED_ID, offset=40, limit=20))
    assert sent(recorder) == (
        "GET",
        f"/v1/message/scheduled/{SCHEDULED_ID}/occurrences",
        {"offset": "40", "limit": "20"},
        None,
    )


@pytest.mark.parametrize(
    ("path", "method", "example"),
    [
        ("/message/send-sync", "post", SENT_SYNC),
        ("/message/queues", "post", QUEUE_JOBS),
        ("/message/queues/health", "get", QUEUE_HEALTH),
        ("/message/scheduled", "post", SCHEDULED),
        ("/message/scheduled", "get", SCHEDULED_LIST),
        ("/message/scheduled/{scheduled_id}", "get", SCHEDULED),
        ("/message/scheduled/{scheduled_id}", "patch", SCHEDULED),
        ("/message/scheduled/{scheduled_id}", "delete", DELETED),
        ("/message/scheduled/{scheduled_id}/occurrences", "get", OCCURRENCES),
        ("/chats/{chat_id}/ai", "patch", AI_SETTINGS),
        ("/chats/{chat_id}/audit-logs", "get", AUDIT_LOGS),
        ("/tasks", "get", TASKS),
    ],
)
def test_the_overlay_carries_the_docs_examples(path: str, method: str, example: Any) -> None:
    assert overlay_example(path, method) == example
    assert path not in spec()["paths"] or method not in spec()["paths"][path]  # not in the SDK's spec


def test_scheduled_message_example_decodes() -> None:
    decoded = ScheduledMessage.from_dict(SCHEDULED)
    assert decoded.scheduled_at == datetime(2026, 2, 1, 9, tzinfo=UTC)
    assert decoded.created_at == datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert decoded.repeat_config.repeat_ends == datetime(2026, 12, 31, tzinfo=UTC)
    assert (decoded.repeat_config.repeat_interval, decoded.repeat_config.repeat_value) == ("week", 1)
    assert decoded.message_payload.message == "Weekly reminder: submit your report"
    assert decoded.message_payload.media.to_dict() == {}
    assert (decoded.is_repeat, decoded.skip_next, decoded.paused_at, decoded.updated_at) == (True, False, None, None)
    assert keys(decoded.to_dict()) == keys(SCHEDULED)
    listed = ScheduledMessageList.from_dict(SCHEDULED_LIST)
    assert (listed.from_, listed.to, listed.count) == (1, 20, 20)
    assert keys(listed.to_dict()) == keys(SCHEDULED_LIST)


def test_occurrence_and_delete_examples_decode() -> None:
    runs = ScheduledOccurrenceList.from_dict(OCCURRENCES)
    (run,) = runs.occurrences
    assert (run.is_success, run.message_id, run.remarks, run.delivered_at) == (True, None, None, None)
    assert run.created_at == datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert keys(runs.to_dict()) == keys(OCCURRENCES)
    assert DeletedScheduledMessage.from_dict(DELETED).to_dict() == DELETED


@pytest.mark.parametrize(
    ("name", "method", "args", "items_key", "item", "id_key"),
    [
        ("scheduled_messages", "list", (), "scheduled_messages", SCHEDULED, "scheduled_id"),
        ("scheduled_messages", "list_occurrences", (SCHEDULED_ID,), "occurrences", OCCURRENCES["occurrences"][0], "id"),
        ("tasks", "list", (), "tasks", TASK, "task_id"),
        ("chats", "list_audit_logs", (GROUP,), "logs", AUDIT_LOGS["logs"][0], "log_id"),
    ],
)  # fmt: skip
async def test_lists_walk_every_page(
    make_client: Any, name: str, method: str, args: tuple[Any, ...], items_key: str, item: dict[str, Any],
    id_key: str,
) -> None:  # fmt: skip
    recorder = paged(items_key, item, 7, id_key)
    first = await call(getattr(resource(make_client(recorder), name), method)(*args, limit=3))
    assert [getattr(found, id_key) for found in await collect(first)] == [str(i) for i in range(7)]
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6"]


async def test_raw_responses(make_client: Any) -> None:
    recorder = Recorder(json_response(200, SCHEDULED, **{"x-periskope-trace-id": "t-1"}))
    client = make_client(recorder)
    scheduled = resource(client, "scheduled_messages")
    raw = await call(scheduled.with_raw_response.get(SCHEDULED_ID))
    assert raw.trace_id == "t-1" and raw.parse().scheduled_id == SCHEDULED_ID
    recorder.script = [json_response(200, TASKS)]
    raw_page = await call(resource(client, "tasks").with_raw_response.list(limit=1))
    assert raw_page.status_code == 200 and [t.task_id for t in raw_page.parse().items] == [TASK["task_id"]]
