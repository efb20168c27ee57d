# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.tasks"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    envelope_items,
    omit_if_none,
    raw_response,
    window,
)
from periskope._response import decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import Task, TaskList


def _get_all_tasks() -> Callable[[Window], Call[TaskList]]:
    from ..api.task import get_all_tasks
    from ..models import TaskList

    def build(at: Window) -> Call[TaskList]:
        kwargs = get_all_tasks.request_kwargs(offset=at.offset_param, limit=omit_if_none(at.limit))
        return Call(kwargs, decoder(get_all_tasks.parse_response, TaskList), idempotent=True)

    return build


def _get_all_tasks_items(envelope: TaskList) -> tuple[Sequence[Task], int | Unset | None]:
    return envelope_items(envelope.tasks), envelope.count


class Tasks(SyncResource):
    """client.tasks"""

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Task]:
        """The organisation's tasks, a page at a time; iterating goes through every page."""
        build = _get_all_tasks()
        return self._list(build, _get_all_tasks_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        return TasksWithRawResponse(self)


class TasksWithRawResponse:
    """`client.tasks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Tasks) -> None:
        self.list = raw_response(resource.list)


class AsyncTasks(AsyncResource):
    """client.tasks"""

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Task]:
        """The organisation's tasks, a page at a time; iterating goes through every page."""
        build = _get_all_tasks()
        return self._list(build, _get_all_tasks_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        return AsyncTasksWithRawResponse(self)


class AsyncTasksWithRawResponse:
    """`client.tasks.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncTasks) -> None:
        self.list = async_raw_pager(resource.list)
