"""client.queue: the generated methods, and `purge`, guarded against purging every job by accident."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from periskope_api.resources import queue as generated

from .._call import Call
from .._errors import PeriskopeError
from .._resource_base import RequestOptions, async_raw_response, raw_response


def _purge(queue_id: str | Sequence[str] | None, broadcast_id: str | None, all_jobs: bool) -> Call[None]:
    if queue_id is None and broadcast_id is None:
        if not all_jobs:
            raise PeriskopeError(
                "queue.purge without queue_id or broadcast_id purges EVERY queued job of the phone: "
                "pass all=True to mean that"
            )
    elif all_jobs:
        raise PeriskopeError("queue.purge: all=True purges every job; leave queue_id and broadcast_id out with it")
    # No body (neither id given) purges every job. Not retried: a second purge also takes jobs queued in between.
    return generated._purge_queue(_queue_ids(queue_id), broadcast_id)


def _queue_ids(value: str | Sequence[str] | None) -> str | list[str] | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    ids = [] if isinstance(value, str) else list(value)
    if not ids or not all(isinstance(one, str) and one.strip() for one in ids):
        raise PeriskopeError(f"queue_id must be a queue id or a non-empty list of them, got {value!r}")
    return ids


class Queue(generated.Queue):
    def purge(
        self,
        *,
        queue_id: str | Sequence[str] | None = None,
        broadcast_id: str | None = None,
        all: bool = False,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove queued jobs before they are sent: by `queue_id` (one or several), by `broadcast_id`, or every job
        of the phone with `all=True` (required then, so that no filter never purges everything by accident)."""
        return self._request(_purge(queue_id, broadcast_id, all), request)

    @cached_property
    def with_raw_response(self) -> QueueWithRawResponse:
        return QueueWithRawResponse(self)


class QueueWithRawResponse(generated.QueueWithRawResponse):
    def __init__(self, queue: Queue) -> None:
        super().__init__(queue)
        self.purge = raw_response(queue.purge)


class AsyncQueue(generated.AsyncQueue):
    async def purge(
        self,
        *,
        queue_id: str | Sequence[str] | None = None,
        broadcast_id: str | None = None,
        all: bool = False,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove queued jobs; see Queue.purge (`all=True` is required to purge every job)."""
        return await self._request(_purge(queue_id, broadcast_id, all), request)

    @cached_property
    def with_raw_response(self) -> AsyncQueueWithRawResponse:
        return AsyncQueueWithRawResponse(self)


class AsyncQueueWithRawResponse(generated.AsyncQueueWithRawResponse):
    def __init__(self, queue: AsyncQueue) -> None:
        super().__init__(queue)
        self.purge = async_raw_response(queue.purge)
