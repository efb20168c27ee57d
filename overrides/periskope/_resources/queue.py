"""client.queue: the outbound message queue of the phone - its status, its jobs, broadcast progress, purging."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

import httpx

from periskope_api.api.queue import fetch_queue_jobs, get_broadcast_status, get_queue_status, purge_queue
from periskope_api.models import BroadcastStatus, PurgeQueueBody, QueueJob, QueueStatus
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._errors import PeriskopeError
from .._resource import AsyncResource, RequestOptions, SyncResource, async_raw_response, given, path_id, raw_response
from .._response import decoder, no_content
from .docs_queue import AsyncQueueDocsMixin, QueueDocsMixin

QueueJobs = list[QueueJob]

_decode_status = decoder(get_queue_status.parse_response, QueueStatus)
_decode_broadcast = decoder(get_broadcast_status.parse_response, BroadcastStatus)
_decode_jobs = decoder(fetch_queue_jobs.parse_response, list)


def _job_list(response: httpx.Response) -> QueueJobs:
    return list(_decode_jobs(response))


def _status() -> Call[QueueStatus]:
    return Call(get_queue_status.request_kwargs(), _decode_status, idempotent=True)


def _jobs(queue_id: str | None, broadcast_id: str | None) -> Call[QueueJobs]:
    kwargs = fetch_queue_jobs.request_kwargs(queue_id=given(queue_id), broadcast_id=given(broadcast_id))
    return Call(kwargs, _job_list, idempotent=True)


def _broadcast_status(broadcast_id: str) -> Call[BroadcastStatus]:
    kwargs = get_broadcast_status.request_kwargs(broadcast_id=path_id("broadcast_id", broadcast_id))
    return Call(kwargs, _decode_broadcast, idempotent=True)


def _purge(queue_id: str | Sequence[str] | None, broadcast_id: str | None, all_jobs: bool) -> Call[None]:
    body: PurgeQueueBody | Unset = UNSET  # no body: the API purges every job
    if queue_id is None and broadcast_id is None:
        if not all_jobs:
            raise PeriskopeError(
                "queue.purge without queue_id or broadcast_id purges EVERY queued job of the phone: "
                "pass all=True to mean that"
            )
    elif all_jobs:
        raise PeriskopeError("queue.purge: all=True purges every job; leave queue_id and broadcast_id out with it")
    else:
        body = PurgeQueueBody(queue_id=_queue_ids(queue_id), broadcast_id=given(broadcast_id))
    # Not retried once it may have reached the server: a second purge also takes jobs queued in between.
    return Call(purge_queue.request_kwargs(body=body), no_content, idempotent=False)


def _queue_ids(value: str | Sequence[str] | None) -> str | list[str] | Unset:
    if value is None:
        return UNSET
    ids = [value] if isinstance(value, str) else list(value)
    if not ids or not all(isinstance(one, str) and one.strip() for one in ids):
        raise PeriskopeError(f"queue_id must be a queue id or a non-empty list of them, got {value!r}")
    return value if isinstance(value, str) else ids


class Queue(QueueDocsMixin, SyncResource):
    def status(self, **request: Unpack[RequestOptions]) -> QueueStatus:
        """Whether the phone's queue is running, and its job counts over the last 24 hours."""
        return self._request(_status(), request)

    def jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> QueueJobs:
        """The jobs in the queue: all, the one a send returned (`queue_id`), or those of a broadcast."""
        return self._request(_jobs(queue_id, broadcast_id), request)

    def broadcast_status(self, *, broadcast_id: str, **request: Unpack[RequestOptions]) -> BroadcastStatus:
        """A broadcast's progress: chats sent, failed and pending, delivered and read counts."""
        return self._request(_broadcast_status(broadcast_id), request)

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


class QueueWithRawResponse:
    def __init__(self, queue: Queue) -> None:
        self.status = raw_response(queue.status)
        self.jobs = raw_response(queue.jobs)
        self.broadcast_status = raw_response(queue.broadcast_status)
        self.purge = raw_response(queue.purge)
        self.health = raw_response(queue.health)
        self.list_jobs = raw_response(queue.list_jobs)


class AsyncQueue(AsyncQueueDocsMixin, AsyncResource):
    async def status(self, **request: Unpack[RequestOptions]) -> QueueStatus:
        """Whether the phone's queue is running, and its job counts over the last 24 hours."""
        return await self._request(_status(), request)

    async def jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> QueueJobs:
        """The jobs in the queue; see Queue.jobs."""
        return await self._request(_jobs(queue_id, broadcast_id), request)

    async def broadcast_status(self, *, broadcast_id: str, **request: Unpack[RequestOptions]) -> BroadcastStatus:
        """A broadcast's progress; see Queue.broadcast_status."""
        return await self._request(_broadcast_status(broadcast_id), request)

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


class AsyncQueueWithRawResponse:
    def __init__(self, queue: AsyncQueue) -> None:
        self.status = async_raw_response(queue.status)
        self.jobs = async_raw_response(queue.jobs)
        self.broadcast_status = async_raw_response(queue.broadcast_status)
        self.purge = async_raw_response(queue.purge)
        self.health = async_raw_response(queue.health)
        self.list_jobs = async_raw_response(queue.list_jobs)
