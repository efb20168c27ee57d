"""client.queue: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import Recorder, body_of, call, every, json_response, keys, resource, sent
from resources.samples import QUEUE_HEALTH, QUEUE_JOBS, QUEUE_STATUS

import periskope
from periskope.models import (
    BroadcastState,
    BroadcastStatus,
    MessageQueueJob,
    MessageType,
    QueueHealth,
    QueueJob,
    QueueStatus,
)

BROADCAST_STATUS = {  # the upstream spec's field examples for GET /queue/broadcast, with the SDK's other fields
    "broadcast_id": "22b2a2a4-3c61-4b94-807c-fa431e71a8e5",
    "org_id": "5fb0d69a-d789-4429-970e-66d48e381c9b",
    "message_payload": {"body": "#generalteam#", "message_type": "chat", "performed_by": "api"},
    "created_at": "2025-03-10T11:11:20.049901+00:00",
    "scheduled_at": "2025-03-10T12:11:19.52+00:00",
    "performed_at": None,
    "performed_by": "5fb0d69a-d789-4429-970e-66d48e381c9b",
    "total_chats": 2,
    "sent_chats": 0,
    "failed_chats": 0,
    "pending_chats": 0,
    "total_member_count": 0,
    "total_delivered_count": None,
    "total_read_count": None,
    "delivered_percentage": 0,
    "read_percentage": 0,
    "broadcast_status": "inprogress",
    "logs": [],
}


QUEUE_JOB = {  # the SDK's QueueJobTypes, as a Bull job sends it (epoch milliseconds)
    "id": "63cda77b-73de-433e-a652-a8f489100d43",
    "message_id": "true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C",
    "status": "completed",
    "data": {"body": "Hello", "chat_id": "919537851844@c.us"},
    "addedTimestamp": 1737141384215,
    "processedTimestamp": 1737141384900,
    "finishedTimestamp": 1737141386001,
    "attemptsMade": 1,
    "attemptsStarted": 1,
    "stacktrace": [],
}


CHAT = "911111111111@c.us"


async def test_queue_operations_pass_the_mock(mock_client: Any) -> None:
    queue = resource(mock_client, "queue")
    status = await call(queue.status())
    assert isinstance(status, QueueStatus)
    assert (status.completed, status.failed, status.is_running) == (16, 10, True)
    jobs = await call(queue.jobs(queue_id="63cda77b-73de-433e-a652-a8f489100d43"))
    assert every(jobs, QueueJob)
    assert every(await call(queue.jobs(broadcast_id="22b2a2a4")), QueueJob)
    broadcast = await call(queue.broadcast_status(broadcast_id="22b2a2a4-3c61-4b94-807c-fa431e71a8e5"))
    assert isinstance(broadcast, BroadcastStatus)
    assert await call(queue.purge(queue_id=["q-1", "q-2"])) is None
    assert await call(queue.purge(queue_id="q-1")) is None
    assert await call(queue.purge(broadcast_id="22b2a2a4")) is None
    assert await call(queue.purge(all=True)) is None


async def test_queue_jobs_and_broadcast_status_send_their_query(make_client: Any) -> None:
    recorder = Recorder(json_response(200, [QUEUE_JOB]), json_response(200, BROADCAST_STATUS))
    queue = resource(make_client(recorder), "queue")
    jobs = await call(queue.jobs(queue_id="q-1", broadcast_id="b-1"))
    broadcast = await call(queue.broadcast_status(broadcast_id="b-1"))
    first, second = recorder.requests
    assert (first.method, first.url.path, dict(first.url.params)) == (
        "GET", "/v1/queue/jobs", {"queue_id": "q-1", "broadcast_id": "b-1"},
    )  # fmt: skip
    assert (second.method, second.url.path, dict(second.url.params)) == (
        "GET", "/v1/queue/broadcast", {"broadcast_id": "b-1"},
    )  # fmt: skip
    assert jobs[0].id == QUEUE_JOB["id"]
    assert broadcast.total_chats == 2


@pytest.mark.parametrize(
    ("arguments", "body"),
    [
        ({"queue_id": "q-1"}, {"queue_id": "q-1"}),
        ({"queue_id": ("q-1", "q-2")}, {"queue_id": ["q-1", "q-2"]}),
        ({"broadcast_id": "b-1"}, {"broadcast_id": "b-1"}),
        ({"queue_id": "q-1", "broadcast_id": "b-1"}, {"queue_id": "q-1", "broadcast_id": "b-1"}),
        ({"all": True}, None),
    ],
)
async def test_purge_sends_its_filter(make_client: Any, arguments: dict[str, Any], body: object) -> None:
    recorder = Recorder(httpx.Response(204))
    assert await call(resource(make_client(recorder), "queue").purge(**arguments)) is None
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("DELETE", "/v1/queue/purge")
    assert body_of(request) == body


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({}, "all=True"),
        ({"all": False}, "all=True"),
        ({"all": True, "queue_id": "q-1"}, "leave queue_id"),
        ({"all": True, "broadcast_id": "b-1"}, "leave queue_id"),
        ({"queue_id": []}, "non-empty"),
        ({"queue_id": ["q-1", ""]}, "non-empty"),
    ],
)
async def test_purge_refuses_to_guess(make_client: Any, arguments: dict[str, Any], problem: str) -> None:
    recorder = Recorder(httpx.Response(204))
    with pytest.raises(periskope.PeriskopeError, match=problem):
        await call(resource(make_client(recorder), "queue").purge(**arguments))
    assert recorder.requests == []


async def test_purge_is_not_retried(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, {"code": "UNKNOWN_ERROR", "message": "down"}))
    with pytest.raises(periskope.InternalServerError):
        await call(resource(make_client(recorder), "queue").purge(all=True))
    assert len(recorder.requests) == 1


def test_queue_status_example_decodes() -> None:
    status = QueueStatus.from_dict(QUEUE_STATUS)
    assert (status.active, status.completed, status.failed, status.pending, status.is_running) == (0, 16, 10, 0, True)
    assert status.to_dict() == QUEUE_STATUS


def test_queue_job_timestamps_are_epoch_milliseconds() -> None:
    job = QueueJob.from_dict(QUEUE_JOB)
    assert job.added_timestamp == datetime(2025, 1, 17, 19, 16, 24, 215000, tzinfo=UTC)
    assert job.finished_timestamp > job.processed_timestamp > job.added_timestamp
    assert (job.data.chat_id, job.attempts_made, job.status) == ("919537851844@c.us", 1, "completed")
    assert set(job.to_dict()) == set(QUEUE_JOB)


def test_broadcast_status_decodes() -> None:
    status = BroadcastStatus.from_dict(BROADCAST_STATUS)
    assert status.broadcast_status == BroadcastState.INPROGRESS
    assert status.message_payload.message_type == MessageType.CHAT
    assert (status.total_chats, status.total_delivered_count, status.performed_at) == (2, None, None)
    assert status.scheduled_at == datetime(2025, 3, 10, 12, 11, 19, 520000, tzinfo=UTC)
    assert set(status.to_dict()) == set(BROADCAST_STATUS)


@pytest.mark.parametrize(
    ("filters", "body"),
    [
        ({}, None),
        ({"queue_id": "q-1"}, {"queue_id": "q-1"}),
        ({"broadcast_id": "b-1"}, {"broadcast_id": "b-1"}),
        ({"queue_id": "q-1", "broadcast_id": "b-1"}, {"queue_id": "q-1", "broadcast_id": "b-1"}),
    ],
)
async def test_list_jobs_posts_its_filters(make_client: Any, filters: dict[str, str], body: Any) -> None:
    recorder = Recorder(json_response(200, QUEUE_JOBS))
    jobs = await call(resource(make_client(recorder), "queue").list_jobs(**filters))
    assert sent(recorder) == ("POST", "/v1/message/queues", {}, body)
    assert [job.queue_id for job in jobs] == ["5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400"]


async def test_list_jobs_is_retried_as_a_read(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, {"code": "UNKNOWN_ERROR", "message": "busy"}), json_response(200, []))
    assert await call(resource(make_client(recorder, max_retries=2), "queue").list_jobs()) == []
    assert len(recorder.requests) == 2


async def test_health_request(make_client: Any) -> None:
    recorder = Recorder(json_response(200, QUEUE_HEALTH))
    health = await call(resource(make_client(recorder), "queue").health())
    assert sent(recorder) == ("GET", "/v1/message/queues/health", {}, None)
    assert (health.waiting, health.active, health.failed, health.delayed, health.paused) == (0, 1, 3, 5, 0)


def test_queue_examples_decode() -> None:
    (job,) = [MessageQueueJob.from_dict(item) for item in QUEUE_JOBS]
    assert (job.status, job.attempts, job.message.type_) == ("sent", 1, MessageType.CHAT)
    assert job.timeline.sent_at == datetime(2026, 4, 1, 14, 23, 24, 111000, tzinfo=UTC)
    assert keys(job.to_dict()) == keys(QUEUE_JOBS[0])
    assert QueueHealth.from_dict(QUEUE_HEALTH).to_dict() == QUEUE_HEALTH
