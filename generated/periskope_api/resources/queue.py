# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.queue"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    nested,
    non_empty_str,
    omit_if_none,
    optional_non_empty_str,
    raw_response,
)
from periskope._response import decoder, list_decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        BroadcastStatus,
        MessageQueueJob,
        QueueHealth,
        QueueJob,
        QueueStatus,
    )


def _get_broadcast_status(broadcast_id: str) -> Call[BroadcastStatus]:
    from ..api.queue import get_broadcast_status
    from ..models import BroadcastStatus

    kwargs = get_broadcast_status.request_kwargs(broadcast_id=non_empty_str("broadcast_id", broadcast_id))
    return Call(kwargs, decoder(get_broadcast_status.parse_response, BroadcastStatus), idempotent=True)


def _get_queue_health() -> Call[QueueHealth]:
    from ..api.queue import get_queue_health
    from ..models import QueueHealth

    kwargs = get_queue_health.request_kwargs()
    return Call(kwargs, decoder(get_queue_health.parse_response, QueueHealth), idempotent=True)


def _fetch_queue_jobs(queue_id: str | None, broadcast_id: str | None) -> Call[list[QueueJob]]:
    from ..api.queue import fetch_queue_jobs

    kwargs = fetch_queue_jobs.request_kwargs(queue_id=omit_if_none(queue_id), broadcast_id=omit_if_none(broadcast_id))
    return Call(kwargs, list_decoder(fetch_queue_jobs.parse_response), idempotent=True)


def _list_message_queues(queue_id: str | None, broadcast_id: str | None) -> Call[list[MessageQueueJob]]:
    from ..api.queue import list_message_queues
    from ..models import ListMessageQueuesBody

    kwargs = list_message_queues.request_kwargs(
        body=nested(
            ListMessageQueuesBody,
            queue_id=optional_non_empty_str("queue_id", queue_id),
            broadcast_id=optional_non_empty_str("broadcast_id", broadcast_id),
        )
    )
    return Call(kwargs, list_decoder(list_message_queues.parse_response), idempotent=True)


def _purge_queue(queue_id: list[str] | str | None, broadcast_id: str | None) -> Call[None]:
    from ..api.queue import purge_queue
    from ..models import PurgeQueueBody

    kwargs = purge_queue.request_kwargs(
        body=nested(PurgeQueueBody, queue_id=omit_if_none(queue_id), broadcast_id=omit_if_none(broadcast_id))
    )
    return Call(kwargs, no_content, idempotent=False)


def _get_queue_status() -> Call[QueueStatus]:
    from ..api.queue import get_queue_status
    from ..models import QueueStatus

    kwargs = get_queue_status.request_kwargs()
    return Call(kwargs, decoder(get_queue_status.parse_response, QueueStatus), idempotent=True)


class Queue(SyncResource):
    """client.queue"""

    def broadcast_status(
        self,
        *,
        broadcast_id: str,
        **request: Unpack[RequestOptions],
    ) -> BroadcastStatus:
        """A broadcast's progress: chats sent, failed and pending, delivered and read counts."""
        return self._request(_get_broadcast_status(broadcast_id), request)

    def health(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueHealth:
        """How many jobs of the message queue are waiting, active, completed, failed, delayed and paused."""
        return self._request(_get_queue_health(), request)

    def jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[QueueJob]:
        """The jobs in the queue: all, the one a send returned (`queue_id`), or those of a broadcast."""
        return self._request(_fetch_queue_jobs(queue_id, broadcast_id), request)

    def list_jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[MessageQueueJob]:
        """The jobs of the message queue, with their status and timeline: all, the one a send returned
        (`queue_id`), or those of a broadcast (`broadcast_id`)."""
        return self._request(_list_message_queues(queue_id, broadcast_id), request)

    def status(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueStatus:
        """Whether the phone's queue is running, and its job counts over the last 24 hours."""
        return self._request(_get_queue_status(), request)

    @cached_property
    def with_raw_response(self) -> QueueWithRawResponse:
        return QueueWithRawResponse(self)


class QueueWithRawResponse:
    """`client.queue.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Queue) -> None:
        self.broadcast_status = raw_response(resource.broadcast_status)
        self.health = raw_response(resource.health)
        self.jobs = raw_response(resource.jobs)
        self.list_jobs = raw_response(resource.list_jobs)
        self.status = raw_response(resource.status)


class AsyncQueue(AsyncResource):
    """client.queue"""

    async def broadcast_status(
        self,
        *,
        broadcast_id: str,
        **request: Unpack[RequestOptions],
    ) -> BroadcastStatus:
        """A broadcast's progress: chats sent, failed and pending, delivered and read counts."""
        return await self._request(_get_broadcast_status(broadcast_id), request)

    async def health(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueHealth:
        """How many jobs of the message queue are waiting, active, completed, failed, delayed and paused."""
        return await self._request(_get_queue_health(), request)

    async def jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[QueueJob]:
        """The jobs in the queue: all, the one a send returned (`queue_id`), or those of a broadcast."""
        return await self._request(_fetch_queue_jobs(queue_id, broadcast_id), request)

    async def list_jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[MessageQueueJob]:
        """The jobs of the message queue, with their status and timeline: all, the one a send returned
        (`queue_id`), or those of a broadcast (`broadcast_id`)."""
        return await self._request(_list_message_queues(queue_id, broadcast_id), request)

    async def status(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueStatus:
        """Whether the phone's queue is running, and its job counts over the last 24 hours."""
        return await self._request(_get_queue_status(), request)

    @cached_property
    def with_raw_response(self) -> AsyncQueueWithRawResponse:
        return AsyncQueueWithRawResponse(self)


class AsyncQueueWithRawResponse:
    """`client.queue.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncQueue) -> None:
        self.broadcast_status = async_raw_response(resource.broadcast_status)
        self.health = async_raw_response(resource.health)
        self.jobs = async_raw_response(resource.jobs)
        self.list_jobs = async_raw_response(resource.list_jobs)
        self.status = async_raw_response(resource.status)
