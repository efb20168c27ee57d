"""client.tasks: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from conftest import Recorder, call, json_response, keys, resource, sent
from resources.samples import TASK, TASKS

from periskope.models import (
    Task,
    TaskKind,
    TaskList,
    TaskStatus,
)


async def test_task_operations_pass_the_mock(mock_client: Any) -> None:
    page = await call(resource(mock_client, "tasks").list(limit=50))
    assert [type(item) for item in page.items] == [Task]
    assert page.items[0].type_ == TaskKind.MESSAGE


async def test_tasks_request(make_client: Any) -> None:
    recorder = Recorder(json_response(200, TASKS))
    await call(resource(make_client(recorder), "tasks").list(offset=10, limit=50))
    assert sent(recorder) == ("GET", "/v1/tasks", {"offset": "10", "limit": "50"}, None)


def test_task_example_decodes() -> None:
    listed = TaskList.from_dict(TASKS)
    (task,) = listed.tasks
    assert (task.type_, task.status, task.priority) == (TaskKind.MESSAGE, TaskStatus.CLOSED, 3)
    assert task.last_updated_at == datetime(2026, 6, 4, 18, 9, 36, 420636, tzinfo=UTC)
    assert task.association.type_ == TaskKind.MESSAGE and task.association.chat_id == "919205202401@c.us"
    assert task.completed_metadata.completed_at == datetime(2026, 6, 4, 18, 9, 36, 407000, tzinfo=UTC)
    assert keys(listed.to_dict()) == keys(TASKS)


def test_task_values_outside_the_documented_sets_are_kept() -> None:
    task = Task.from_dict({**TASK, "type": "project", "status": "waiting", "association": {"type": "ticket", "x": 1}})
    assert (task.type_, task.status) == ("project", "waiting")
    assert task.to_dict()["association"] == {"type": "ticket", "x": 1}
