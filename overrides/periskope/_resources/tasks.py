"""client.tasks: the organisation's tasks.

Documented at docs.periskope.app after SDK 1.1.3 (api-reference/tasks/get-tasks): not in the SDK's spec, typed from the
docs by overrides/overlay/50-docs-endpoints.yaml. Creating and updating tasks are documented too, but without their
HTTP method and path, so they are not offered here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from periskope_api.api.task import get_all_tasks
from periskope_api.models import Task, TaskList
from periskope_api.types import Unset

from .._call import Call
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import AsyncResource, RequestOptions, SyncResource, given, items, raw_response, window
from .._response import decoder

_decode_tasks = decoder(get_all_tasks.parse_response, TaskList)


def _list(at: Window) -> Call[TaskList]:
    kwargs = get_all_tasks.request_kwargs(offset=at.offset_param, limit=given(at.limit))
    return Call(kwargs, _decode_tasks, idempotent=True)


def _task_items(envelope: TaskList) -> tuple[Sequence[Task], int | Unset | None]:
    return items(envelope.tasks), envelope.count


class Tasks(SyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Task]:
        """The organisation's tasks, a page of `limit` at a time; iterating goes through every page."""
        return self._list(_list, _task_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        return TasksWithRawResponse(self)


class TasksWithRawResponse:
    def __init__(self, tasks: Tasks) -> None:
        self.list = raw_response(tasks.list)


class AsyncTasks(AsyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Task]:
        """Tasks: `await` for the first page, or `async for` over every task."""
        return self._list(_list, _task_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        return AsyncTasksWithRawResponse(self)


class AsyncTasksWithRawResponse:
    def __init__(self, tasks: AsyncTasks) -> None:
        self.list = async_raw_pager(tasks.list)
