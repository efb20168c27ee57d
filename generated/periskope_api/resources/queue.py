# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.queue"""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    path_id,
    raw_response,
)
from periskope._response import decoder, list_decoder, no_content

from ..api.queue import (
    fetch_queue_jobs,
    get_broadcast_status,
    get_queue_health,
    get_queue_status,
    list_message_queues,
    purge_queue,
)
from ..models import (
    BroadcastStatus,
    ListMessageQueuesBody,
    MessageQueueJob,
    PurgeQueueBody,
    QueueHealth,
    QueueJob,
    QueueStatus,
)


def _fetch_queue_jobs(queue_id: str | None, broadcast_id: str | None) -> Call[list[QueueJob]]:
    kwargs = fetch_queue_jobs.request_kwargs(queue_id=given(queue_id), broadcast_id=given(broadcast_id))
    return Call(kwargs, list_decoder(fetch_queue_jobs.parse_response), idempotent=True)


def _get_broadcast_status(broadcast_id: str) -> Call[BroadcastStatus]:
    kwargs = get_broadcast_status.request_kwargs(broadcast_id=path_id("broadcast_id", broadcast_id))
    return Call(kwargs, decoder(get_broadcast_status.parse_response, BroadcastStatus), idempotent=True)


def _get_queue_health() -> Call[QueueHealth]:
    kwargs = get_queue_health.request_kwargs()
    return Call(kwargs, decoder(get_queue_health.parse_response, QueueHealth), idempotent=True)


def _get_queue_status() -> Call[QueueStatus]:
    kwargs = get_queue_status.request_kwargs()
    return Call(kwargs, decoder(get_queue_status.parse_response, QueueStatus), idempotent=True)


def _list_message_queues(queue_id: str | None, broadcast_id: str | None) -> Call[list[MessageQueueJob]]:
    kwargs = list_message_queues.request_kwargs(
        body=ListMessageQueuesBody(queue_id=given(queue_id), broadcast_id=given(broadcast_id))
    )
    return Call(kwargs, list_decoder(list_message_queues.parse_response), idempotent=False)


def _purge_queue(queue_id: list[str] | str | None, broadcast_id: str | None) -> Call[None]:
    kwargs = purge_queue.request_kwargs(body=PurgeQueueBody(queue_id=given(queue_id), broadcast_id=given(broadcast_id)))
    return Call(kwargs, no_content, idempotent=False)


class Queue(SyncResource):
    """client.queue"""

    def fetch_queue_jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[QueueJob]:
        """Fetch Queue Jobs"""
        return self._request(_fetch_queue_jobs(queue_id, broadcast_id), request)

    def get_broadcast_status(
        self,
        *,
        broadcast_id: str,
        **request: Unpack[RequestOptions],
    ) -> BroadcastStatus:
        """Get Broadcast Status"""
        return self._request(_get_broadcast_status(broadcast_id), request)

    def get_queue_health(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueHealth:
        """Get Status of Message Queues"""
        return self._request(_get_queue_health(), request)

    def get_queue_status(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueStatus:
        """Get Queue Status"""
        return self._request(_get_queue_status(), request)

    def list_message_queues(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[MessageQueueJob]:
        """List All Message Queues"""
        return self._request(_list_message_queues(queue_id, broadcast_id), request)

    def purge_queue(
        self,
        *,
        queue_id: list[str] | str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Purge Queue"""
        return self._request(_purge_queue(queue_id, broadcast_id), request)

    @cached_property
    def with_raw_response(self) -> QueueWithRawResponse:
        return QueueWithRawResponse(self)


class QueueWithRawResponse:
    """`client.queue.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Queue) -> None:
        self.fetch_queue_jobs = raw_response(resource.fetch_queue_jobs)
        self.get_broadcast_status = raw_response(resource.get_broadcast_status)
        self.get_queue_health = raw_response(resource.get_queue_health)
        self.get_queue_status = raw_response(resource.get_queue_status)
        self.list_message_queues = raw_response(resource.list_message_queues)
        self.purge_queue = raw_response(resource.purge_queue)


class AsyncQueue(AsyncResource):
    """client.queue"""

    async def fetch_queue_jobs(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[QueueJob]:
        """Fetch Queue Jobs"""
        return await self._request(_fetch_queue_jobs(queue_id, broadcast_id), request)

    async def get_broadcast_status(
        self,
        *,
        broadcast_id: str,
        **request: Unpack[RequestOptions],
    ) -> BroadcastStatus:
        """Get Broadcast Status"""
        return await self._request(_get_broadcast_status(broadcast_id), request)

    async def get_queue_health(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueHealth:
        """Get Status of Message Queues"""
        return await self._request(_get_queue_health(), request)

    async def get_queue_status(
        self,
        **request: Unpack[RequestOptions],
    ) -> QueueStatus:
        """Get Queue Status"""
        return await self._request(_get_queue_status(), request)

    async def list_message_queues(
        self,
        *,
        queue_id: str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> list[MessageQueueJob]:
        """List All Message Queues"""
        return await self._request(_list_message_queues(queue_id, broadcast_id), request)

    async def purge_queue(
        self,
        *,
        queue_id: list[str] | str | None = None,
        broadcast_id: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Purge Queue"""
        return await self._request(_purge_queue(queue_id, broadcast_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncQueueWithRawResponse:
        return AsyncQueueWithRawResponse(self)


class AsyncQueueWithRawResponse:
    """`client.queue.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncQueue) -> None:
        self.fetch_queue_jobs = async_raw_response(resource.fetch_queue_jobs)
        self.get_broadcast_status = async_raw_response(resource.get_broadcast_status)
        self.get_queue_health = async_raw_response(resource.get_queue_health)
        self.get_queue_status = async_raw_response(resource.get_queue_status)
        self.list_message_queues = async_raw_response(resource.list_message_queues)
        self.purge_queue = async_raw_response(resource.purge_queue)
