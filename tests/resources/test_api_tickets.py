"""client.tickets: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from conftest import Recorder, call, json_response, keys, resource, sent
from resources.samples import LISTED_TICKETS

import periskope
from periskope.models import (
    ChatInfo,
    ChatMember,
    ChatType,
    Ticket,
    TicketInfo,
    TicketList,
    TicketPriority,
    TicketStatus,
)

CHAT = "919537851844@c.us"


# Get Ticket By ID: the excerpt breaks off inside "message"; `attached_messages` and `chat` are whole.
TICKET_BY_ID_CHAT: dict[str, Any] = {
    "chat_id": "919537851844@c.us",
    "chat_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
    "chat_labels": "chatlabel1, chatlabel2",
    "chat_name": "BK Local1",
    "chat_type": "user",
    "created_at": "2025-01-18T14:51:03+00:00",
    "custom_properties": {"Custom Property 1": "hello"},
    "group_description": None,
    "invite_link": None,
    "is_muted": False,
    "members": {
        "918527184400@c.us": {
            "chat_id": "919537851844@c.us",
            "contact_color": "#FA6533",
            "contact_id": "918527184400@c.us",
            "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737690126280",
            "contact_labels": "",
            "contact_name": "Support",
            "is_admin": True,
            "is_internal": True,
            "is_super_admin": True,
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "org_phone": "918527184400@c.us",
        },
        "919537851844@c.us": {
            "chat_id": "919537851844@c.us",
            "contact_color": "#B4876E",
            "contact_id": "919537851844@c.us",
            "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737689973340",
            "contact_labels": "label1, label2",
            "contact_name": "BK Local1",
            "is_admin": True,
            "is_internal": False,
            "is_super_admin": True,
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "org_phone": "918527184400@c.us",
        },
    },
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "918527184400@c.us",
}


# The Ticket Object page: "ticket" and one attached message, with the page's missing comma put back.
TICKET_OBJECT_TICKET: dict[str, Any] = {
    "org_id": "2997xx64-89bf-48d3-9a22-b314fxx017e5",
    "status": "open",
    "subject": "Sample Ticket Subject",
    "assignee": "assignee@example.com",
    "due_date": "2024-06-15T12:00:00+00:00",
    "priority": 2,
    "raised_by": "raisedby@example.com",
    "ticket_id": "TICKET-12345",
    "created_at": "2024-05-24T08:30:00+00:00",
    "assigned_by": "manager@example.com",
    "ticket_labels": "label1, label2",
    "quoted_message_id": "3EB0DAB631F7E580EAAE0C",
    "ticket_custom_properties": {"property-1": "value-1", "property-2": "value-2", "property-3": "value-3"},
}


TICKET_OBJECT_MESSAGE: dict[str, Any] = {
    "body": "hello",
    "chat_id": "X919836025090@c.us",
    "org_phone": "X91900438XXXX@c.us",
    "timestamp": "2024-05-13T17:27:15+00:00",
    "media_path": "/path/to/media",
    "message_id": "true_91983602XXXX@c.us_3EB0DAB631F7E58XXXXE0C",
    "sender_name": "Periskope Central",
    "performed_by": "demo@email.com",
    "sender_phone": "91900438XXXX",
}


async def test_ticket_operations_pass_the_mock(mock_client: Any) -> None:
    tickets = resource(mock_client, "tickets")
    page = await call(tickets.list(limit=2))
    assert [ticket.ticket_id for ticket in page.items] == ["BKT-002", "BKT-001"]
    assert isinstance(await call(tickets.get("BKT-001")), TicketInfo)
    created = await call(
        tickets.create(chat_id=CHAT, subject="Broken", priority=TicketPriority.HIGH, status="open", labels=["a"])
    )
    assert isinstance(created, TicketInfo)
    updated = await call(tickets.update("BKT-001", priority=2, status=TicketStatus.CLOSED, due_date=date(2025, 4, 20)))
    assert isinstance(updated, TicketInfo)


async def test_ticket_requests(make_client: Any) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, str, dict[str, str], Any], Any]] = [
        ("list", (), {"limit": 20}, ("GET", "/v1/tickets", {"limit": "20"}, None), LISTED_TICKETS),
        ("get", ("BKT-001",), {}, ("GET", "/v1/tickets/BKT-001", {}, None), {}),
        ("create", (), {"chat_id": CHAT, "subject": "New subject 1", "assignee": "bharat@periskope.app",
                        "quoted_message_id": "3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B", "due_date": date(2025, 4, 20),
                        "priority": TicketPriority.MEDIUM, "status": "closed", "labels": ["Test", "Demo"]},
         ("POST", "/v1/tickets/create", {},
          {"chat_id": CHAT, "subject": "New subject 1", "assignee": "bharat@periskope.app",
           "quoted_message_id": "3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B", "due_date": "2025-04-20", "priority": 2,
           "status": "closed", "labels": "Test,Demo"}), {}),
        ("update", ("BKT-001",), {"subject": "New subject 1", "priority": 4, "status": TicketStatus.INPROGRESS,
                                  "assignee": "a@b.c", "labels": "x", "due_date": "2025-04-09 18:29:59+00"},
         ("PATCH", "/v1/tickets/BKT-001", {},
          {"subject": "New subject 1", "priority": "4", "status": "inprogress", "assignee": "a@b.c", "labels": "x",
           "due_date": "2025-04-09 18:29:59+00"}), {}),
        ("update", ("BKT-001",), {"extra_body": {"due_date": None}},
         ("PATCH", "/v1/tickets/BKT-001", {}, {"due_date": None}), {}),
    ]  # fmt: skip
    for name, args, kwargs, expected, answer in cases:
        recorder = Recorder(json_response(200, answer))
        await call(getattr(resource(make_client(recorder), "tickets"), name)(*args, **kwargs))
        assert sent(recorder) == expected, name


@pytest.mark.parametrize("priority", [0, 5, "2", True])
async def test_bad_ticket_priorities_are_refused_before_sending(make_client: Any, priority: Any) -> None:
    recorder = Recorder(json_response(200, {}))
    tickets = resource(make_client(recorder), "tickets")
    with pytest.raises(periskope.PeriskopeError, match="priority"):
        await call(tickets.create(chat_id=CHAT, subject="s", priority=priority))
    with pytest.raises(periskope.PeriskopeError, match="priority"):
        await call(tickets.update("BKT-1", priority=priority))
    assert recorder.requests == []


def test_ticket_examples_decode() -> None:
    listed = TicketList.from_dict(LISTED_TICKETS)
    assert (listed.count, listed.from_, listed.to) == (2, 1, 2)
    first = listed.tickets[0] if listed.tickets else None
    assert isinstance(first, Ticket)
    assert (first.status, first.priority, first.is_deleted) == (TicketStatus.INPROGRESS, TicketPriority.NONE, False)
    assert first.created_at == datetime(2025, 1, 26, 13, 46, 55, 758677, tzinfo=UTC)
    assert keys(listed.to_dict()) == keys(LISTED_TICKETS)

    info = TicketInfo.from_dict({"attached_messages": [], "chat": TICKET_BY_ID_CHAT})
    assert isinstance(info.chat, ChatInfo)
    assert (info.chat.chat_labels, info.chat.chat_type) == ("chatlabel1, chatlabel2", ChatType.USER)
    assert info.chat.custom_properties is not None and info.chat.custom_properties["Custom Property 1"] == "hello"
    assert info.chat.members is not None
    support = info.chat.members["918527184400@c.us"]
    assert isinstance(support, ChatMember)
    assert (support.contact_name, support.is_super_admin, support.contact_labels) == ("Support", True, "")
    assert keys(info.to_dict()) == keys({"attached_messages": [], "chat": TICKET_BY_ID_CHAT})

    payload = {"ticket": TICKET_OBJECT_TICKET, "message": TICKET_OBJECT_MESSAGE,
               "attached_messages": [TICKET_OBJECT_MESSAGE], "chat": {"chat_type": "chat"}}  # fmt: skip
    info = TicketInfo.from_dict(payload)
    assert info.ticket is not None and info.ticket.priority == TicketPriority.MEDIUM
    assert info.ticket.due_date == datetime(2024, 6, 15, 12, tzinfo=UTC)
    assert info.ticket.ticket_custom_properties is not None
    assert info.ticket.ticket_custom_properties["property-2"] == "value-2"
    assert info.message is not None and info.message.sender_name == "Periskope Central"
    assert info.chat is not None and info.chat.chat_type == ChatType.CHAT
    assert keys(info.to_dict()) == keys(payload)
    assert TicketInfo.from_dict({}).to_dict() == {}  # the documented Create Ticket answer


@pytest.mark.parametrize(("wire", "expected"), [(2, TicketPriority.MEDIUM), ("4", TicketPriority.URGENT), (9, 9)])
def test_ticket_priority_is_a_number_or_a_numeric_string(wire: Any, expected: int) -> None:
    ticket = Ticket.from_dict({"ticket_id": "T-1", "priority": wire})
    assert ticket.priority == expected
    unknown = Ticket.from_dict({"status": "waiting"})
    assert unknown.status == "waiting" and unknown.to_dict() == {"status": "waiting"}
