"""Documented sample payloads shared by several tests/resources/test_api_<resource>.py files, kept once here."""

from __future__ import annotations

from typing import Any

# The chat the docs' examples use (the overlay's, as the mock serves them).
DOCS_GROUP = "120363000000000000@g.us"


# The page's example ends inside `delivery_info`: this is it up to there.
SENT_SYNC: dict[str, Any] = {
    "status": "sent",
    "unique_id": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "message": {
        "message_id": "true_911111111111@c.us_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "unique_id": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "org_id": "00000000-0000-0000-0000-000000000000",
        "org_phone": "911111111111@c.us",
        "chat_id": DOCS_GROUP,
        "body": "Hello World",
        "message_type": "chat",
        "timestamp": "2026-01-15T09:30:00+00:00",
        "from_me": True,
        "ack": "3",
        "performed_by": "api",
        "sender_phone": "911111111111@c.us",
        "quoted_message_id": None,
        "broadcast_id": None,
        "is_deleted": None,
        "media": {
            "path": "https://example.com/files/image.png",
            "mimetype": "image/png",
            "filename": "image.png",
            "size": 24576,
            "dimensions": {"width": None, "height": None, "ar": None},
            "thumbnail": None,
        },
        "mentioned_ids": [],
        "prev_body": None,
        "sent_message_id": "00000000-0000-0000-0000-000000000000",
    },
}


AI_SETTINGS = {"chat_id": DOCS_GROUP, "is_agent_allowed": True, "is_flagging_allowed": True}


AUDIT_LOGS = {
    "from": 1,
    "to": 20,
    "count": 20,
    "logs": [
        {
            "log_id": "00000000-0000-0000-0000-000000000000",
            "org_id": "00000000-0000-0000-0000-000000000000",
            "chat_id": DOCS_GROUP,
            "action": "STATUS_CHANGED",
            "performed_by": "user@example.com",
            "type": "chat",
            "old_record": {},
            "new_record": {},
            "timestamp": "2026-01-15T09:30:00.000Z",
        }
    ],
}


TASK: dict[str, Any] = {
    "task_id": "task-elnizmojzrjsogdm",
    "title": "Resolve customer escalation",
    "type": "message",
    "status": "closed",
    "priority": 3,
    "assignee": "ankit.singh@hashlabs.dev",
    "created_by": "anjali.pandey@hashlabs.dev",
    "last_updated_by": "ankit.singh@hashlabs.dev",
    "created_at": "2026-06-03T06:00:56.592+00:00",
    "last_updated_at": "2026-06-04T18:09:36.420636+00:00",
    "due_date": "2026-06-15T18:00:00+00:00",
    "remind_at": "2026-06-18T18:00:00+00:00",
    "notes": "Customer escalated via email — coordinate with support",
    "chat_id": "919205202401@c.us",
    "association": {
        "type": "message",
        "message_id": "true_4ca42ab6-77a9-428d-b614-5eb37bcf8f95_anjali.pandey@hashlabs.dev",
        "chat_id": "919205202401@c.us",
    },
    "completed_metadata": {"completed_at": "2026-06-04T18:09:36.407Z", "completed_by": "ankit.singh@hashlabs.dev"},
}


TASKS = {"from": 1, "to": 1, "count": 1, "tasks": [TASK]}


def _listed_ticket(
    ticket_id: str, chat_id: str, assignee: str, created: str, status: str, subject: str
) -> dict[str, Any]:
    return {
        "assigned_by": None, "assignee": assignee, "chat_id": chat_id, "close_ticket_metadata": {}, "closed_at": None,
        "created_at": created, "custom_properties": {}, "due_date": None, "freshdesk_metadata": {},
        "hubspot_metadata": {}, "is_deleted": False, "label_ids": {}, "labels": [], "last_updated_at": created,
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5", "priority": 0, "quoted_message_id": None,
        "raised_by": None, "response_time": None, "status": status, "subject": subject, "ticket_id": ticket_id,
        "zohodesk_metadata": {},
    }  # fmt: skip


LISTED_TICKETS: dict[str, Any] = {
    "count": 2,
    "from": 1,
    "tickets": [
        _listed_ticket("BKT-002", "918527184400@c.us", "test@periskope.app", "2025-01-26T13:46:55.758677+00:00",
                       "inprogress", "Another ticket"),
        _listed_ticket("BKT-001", "919537851844@c.us", "bharat@periskope.app", "2025-01-26T13:46:21.670006+00:00",
                       "open", "Issue with this"),
    ],
    "to": 2,
}  # fmt: skip


QUEUE_STATUS = {"active": 0, "completed": 16, "failed": 10, "is_running": True, "pending": 0}  # queues/get-queue-status


QUEUE_JOBS = [
    {
        "queue_id": "5df4cb6d-9f2b-46b6-936e-8e6f4b1a5400",
        "unique_id": "3EB0A0A8F90A01259C81A3",
        "message_id": "true_8824248940@c.us_3EB0A0A8F90A01259C81A3",
        "chat_id": "8824248940@c.us",
        "performed_by": "api",
        "status": "sent",
        "status_description": "Successfully submitted.",
        "message": {"body": "Hello", "type": "chat"},
        "timeline": {"queued_at": "2026-04-01T14:23:21.279Z", "sent_at": "2026-04-01T14:23:24.111Z"},
        "attempts": 1,
    }
]


QUEUE_HEALTH = {"waiting": 0, "active": 1, "completed": 142, "failed": 3, "delayed": 5, "paused": 0}


FAQ = {  # the SDK's Tables<'tbl_ai_contexts'>
    "context_id": "ctx-1",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "type": "faq",
    "question": "Opening hours?",
    "answer": "9 to 5",
    "attachments": ["https://example.com/hours.pdf"],
    "document_id": None,
    "metadata": None,
    "embedding": "[0.1,0.2]",
    "created_at": "2025-03-10T11:11:20.049901+00:00",
}


CREATE_WEBHOOK = {  # webhooks/create-webhook
    "id": "0ef25935-0b78-4660-beeb-f17311793305",
    "subscribed_at": "2025-11-16T11:20:42.038+00:00",
    "is_subscribed": True,
    "integration_name": "ticket.created",
    "integration_type": "webhook",
    "type": "webhook",
    "integration_metadata": {
        "id": "28ee5da7-d6e5-438b-8b73-9eba97f08269",
        "name": "https://webhook.site/951e142b-d2e6-420d-a666-f2c4bd8e572c",
    },
    "org_id": "03a52dbe-b8af-47c5-9fd1-e5a622680cad",
    "hook_url": "https://webhook.site/951e142b-d2e6-420d-a666-f2c4bd8e572c",
    "integration_id": "28ee5da7-d6e5-438b-8b73-9eba97f08269",
}
