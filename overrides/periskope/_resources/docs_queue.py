"""client.queue, the operations documented after SDK 1.1.3 (overrides/overlay/50-docs-endpoints.yaml)."""

from __future__ import annotations

from typing import Unpack

import httpx

from periskope_api.api.queue import get_queue_health, list_message_queues
from periskope_api.models import (
    ListMessageQueuesBody,
    MessageQueueJob,
    QueueHealth,
)
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._resource import AsyncResource, RequestOptions, SyncResource, path_id
from .._response import decoder

MessageQueueJobs = list[MessageQueueJob]

_decode_health = decoder(get_queue_health.parse_response, QueueHealth)
_decode_queue_jobs = decoder(list_message_queues.parse_response, list)


# Messages -------------------------------------------------------------------------------------------------------------


def _health() -> Call[QueueHealth]:
    return Call(get_queue_health.request_kwargs(), _decode_health, idempotent=True)


def _job_list(response: httpx.Response) -> MessageQueueJobs:
    return list(_decode_queue_jobs(response))


def _list_jobs(queue_id: str | None, broadcast_id: str | None) -> Call[MessageQueueJobs]:
    body: ListMessageQueuesBody | Unset = UNSET  # no body: every job
    if queue_id is not None or broadcast_id is not None:
        body = ListMessageQueuesBody(
            queue_id=UNSET if queue_id is None else path_id("queue_id", queue_id),
            broadcast_id=UNSET if broadcast_id is None else path_id("broadcast_id", broadcast_id),
        )
    # A POST that only reads: safe to retry.
    return Call(list_message_queues.request_kwargs(body=body), _job_list, idempotent=True)


class QueueDocsMixin(SyncResource):
    def health(self, **request: Unpack[RequestOptions]) -> QueueHealth:
        """How many jobs of the message queue are waiting, active, completed, failed, delayed and paused."""
        return self._request(_health(), request)

    def list_jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> MessageQueueJobs:
        """The jobs of the message queue, with their status and timeline: all, the one a send returned
        (`queue_id`), or those of a broadcast (`broadcast_id`)."""
        return self._request(_list_jobs(queue_id, broadcast_id), request)


class AsyncQueueDocsMixin(AsyncResource):
    async def health(self, **request: Unpack[RequestOptions]) -> QueueHealth:
        """How many jobs of the message queue are in each state; see Queue.health."""
        return await self._request(_health(), request)

    async def list_jobs(
        self, *, queue_id: str | None = None, broadcast_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> MessageQueueJobs:
        """The jobs of the message queue; see Queue.list_jobs."""
        return await self._request(_list_jobs(queue_id, broadcast_id), request)
