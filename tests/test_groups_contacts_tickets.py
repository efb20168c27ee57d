"""Groups, contacts, tickets, notes and reactions: every operation against the mock server (requests validated by
Prism, responses decoded), exact requests and documented examples against in-process handlers; sync and async."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from conftest import Recorder, call, collect, json_response, keys, resource

import periskope
from periskope.models import (
    Chat,
    ChatInfo,
    ChatMember,
    ChatOperationResult,
    ChatType,
    Contact,
    ContactColor,
    InviteLink,
    Message,
    NoteCreated,
    ParticipantResult,
    Reaction,
    Ticket,
    TicketInfo,
    TicketList,
    TicketPriority,
    TicketStatus,
)

GROUP = "120363392071406466@g.us"
CHAT = "919537851844@c.us"
CONTACT = "919537851844"
NOTE_ID = "true_2634e275-ac58-4c85-892d-83882810fc1c_api"


def sent(recorder: Recorder) -> tuple[str, str, dict[str, str], Any]:
    """The one request a recorder saw: method, path, query, JSON body (None without one)."""
    (request,) = recorder.requests
    body = json.loads(request.content) if request.content else None
    return request.method, request.url.path, dict(request.url.params), body


# Documented examples (docs.periskope.app), verbatim unless said otherwise ---------------------------------------------

CREATED_GROUP: dict[str, Any] = {
    "assigned_to": None,
    "chat_access": {"bharat@hashlabs.dev": True},
    "chat_id": "120363392071406466@g.us",
    "chat_image": None,
    "chat_name": "Test New 1040",
    "chat_type": "group",
    "closed_at": None,
    "created_at": "2025-01-27T11:07:52+00:00",
    "custom_properties": {},
    "group_description": None,
    "info_admins_only": False,
    "invite_link": "https://chat.whatsapp.com/invite/DsDQQZB3AhpLPhBTx0w6SO",
    "is_exited": False,
    "is_muted": False,
    "label_ids": {},
    "labels": [],
    "latest_message": None,
    "member_count": 1,
    "messages_admins_only": False,
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "918527184400@c.us",
    "updated_at": "2025-01-27T11:07:56.025233+00:00",
    "is_archived": None,
    "parent_community_id": None,
}

UPDATED_GROUP: dict[str, Any] = {
    "add_members_admins_only": True,
    "assigned_to": None,
    "chat_access": {"bharat@hashlabs.dev": True},
    "chat_id": "120363392071406466@g.us",
    "chat_image": None,
    "chat_name": "Test Group Name Change",
    "chat_type": "group",
    "closed_at": None,
    "created_at": "2025-01-27T11:07:52+00:00",
    "custom_properties": {},
    "group_description": None,
    "info_admins_only": False,
    "invite_link": "https://chat.whatsapp.com/invite/CuZAuEnSB6e8sk7R3dopD3",
    "is_exited": False,
    "is_muted": False,
    "label_ids": {},
    "labels": [],
    "latest_message": None,
    "member_count": 3,
    "messages_admins_only": False,
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "918527184400@c.us",
    "updated_at": "2025-01-27T11:11:09.102583+00:00",
}

PARTICIPANT_ADDED = {"919537851844@c.us": {"is_success": True, "message": "Invite sent to participant"}}
PARTICIPANT_DEMOTED = {"919537851844@c.us": {"is_success": True}}

CONTACT_BY_ID: dict[str, Any] = {
    "chat_ids": [
        "120363231636311517@g.us", "120363298090795525@g.us", "120363300395249001@g.us", "120363329861739657@g.us",
        "120363331984403446@g.us", "120363346994879209@g.us", "120363348209472631@g.us", "120363352652386702@g.us",
        "120363363215130488@g.us", "120363367240230358@g.us", "120363370646127343@g.us", "120363371655584481@g.us",
        "120363372525172897@g.us", "120363373761356282@g.us", "120363378751945209@g.us", "120363387379991154@g.us",
        "120363387670530253@g.us", "120363388696354849@g.us", "120363389171465741@g.us", "120363391093262494@g.us",
        "120363392706769636@g.us", "919537851844@c.us",
    ],
    "contact_color": "#FA6533",
    "contact_id": "919537851844@c.us",
    "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737445692504",
    "contact_name": "BK Local1",
    "contact_type": "user",
    "is_imported": None,
    "is_internal": False,
    "is_my_contact": None,
    "is_wa_contact": False,
    "label_ids": {"label-ukjqhqngnakncalm": True, "label-wwfrdqogccexahnv": True},
    "labels": ["label1", "label2"],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "updated_at": "2025-01-22T05:41:15.303874+00:00",
}  # fmt: skip

# Get Contacts: the page's excerpt breaks off inside the third contact; the first two are whole.
LISTED_CONTACTS: list[dict[str, Any]] = [
    {
        "contact_color": "#7D9EF1",
        "contact_id": "919289665999@c.us",
        "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919289665999%40c.us.jpg?timestamp=1737373011790",
        "contact_name": "Periskope Sales",
        "contact_type": "business",
        "is_imported": None,
        "is_internal": None,
        "is_my_contact": None,
        "is_wa_contact": True,
        "label_ids": {},
        "labels": [],
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "updated_at": "2025-01-20T11:36:51.793829+00:00",
    },
    {
        "contact_color": "#DC2626",
        "contact_id": "919537851844@c.us",
        "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737141387093",
        "contact_name": "Bk",
        "contact_type": "user",
        "is_imported": None,
        "is_internal": None,
        "is_my_contact": None,
        "is_wa_contact": False,
        "label_ids": {"label-ukjqhqngnakncalm": True, "label-wwfrdqogccexahnv": True},
        "labels": ["label1", "label2"],
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "updated_at": "2025-01-20T08:52:04.760153+00:00",
    },
]


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

NOTE_CREATED: dict[str, Any] = {
    "success": True,
    "message": "Note created successfully",
    "data": {
        "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "ack": "3",
        "body": "Hello World",
        "from_me": True,
        "message_type": "chat",
        "chat_id": "918824248940@c.us",
        "timestamp": "2025-08-18T13:38:37.203+00:00",
        "org_phone": "918824248940@c.us",
        "performed_by": "api",
        "prev_body": None,
        "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
        "sender_phone": "918824248940@c.us",
        "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
        "updated_at": "2025-08-18T13:38:37.203+00:00",
        "is_private_note": True,
        "media": {
            "mimetype": "audio/wav",
            "filename": "beep.wav",
            "filedata": "data:audio/wav;base64,UklGRkKAAABXQVZFZm10IBAAAAABAAEAQB8A...",
        },
        "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
        "mentioned_ids": [],
        "is_deleted": None,
    },
}


# Every operation against the mock ------------------------------------------------------------------------------------


async def test_group_operations_pass_the_mock(mock_client: Any) -> None:
    groups = resource(mock_client, "groups")
    created = await call(groups.create(group_name="Test New 1040", participants=["919876543210"], description="hi"))
    assert isinstance(created, Chat) and created.chat_name == "Test New 1040"
    link = await call(groups.invite_link(GROUP))
    assert isinstance(link, InviteLink) and isinstance(link.invite_link, str)
    for method in (groups.remove_participants, groups.promote_participants, groups.demote_participants):
        result = await call(method(GROUP, participants=[CONTACT]))
        assert isinstance(result, ChatOperationResult)
        assert result.additional_properties
        assert all(isinstance(outcome, ParticipantResult) for outcome in result.additional_properties.values())
    added = await call(groups.add_participants(GROUP, participants=[CONTACT], force_add_participants=True))
    assert added["919537851844@c.us"].message == "Invite sent to participant"
    settings = await call(groups.update_settings(GROUP, name="Test Group Name Change", messages_admins_only=False))
    assert isinstance(settings, Chat) and settings.add_members_admins_only is True
    assert isinstance(await call(groups.accept_invite(invite_code="F941tB47B8H07z6hDWdkjO")), Chat)
    assert await call(groups.leave(GROUP)) is None


async def test_contact_operations_pass_the_mock(mock_client: Any) -> None:
    contacts = resource(mock_client, "contacts")
    page = await call(contacts.list(limit=5))
    assert all(isinstance(contact, Contact) for contact in page.items)
    got = await call(contacts.get(CONTACT))
    assert isinstance(got, Contact) and got.contact_name == "BK Local1"
    assert isinstance(await call(contacts.update(CONTACT, contact_name="BK", labels=["a", "b"])), Contact)
    assert await call(contacts.update_labels(contact_ids=[CHAT], labels="vip")) is None
    assert isinstance(await call(contacts.create(contact_id=CONTACT, contact_name="New", is_internal=True)), Contact)


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


async def test_note_and_reaction_operations_pass_the_mock(mock_client: Any) -> None:
    notes = resource(mock_client, "notes")
    created = await call(notes.create(chat_id=CHAT, message="internal", reply_to="m-1"))
    assert isinstance(created, NoteCreated) and isinstance(created.data, Message)
    page = await call(notes.list(limit=5, start_time="2025-04-25"))
    assert all(isinstance(note, Message) for note in page.items)
    assert isinstance(await call(notes.get(NOTE_ID)), Message)
    reactions = await call(resource(mock_client, "reactions").list(chat_id=CHAT, limit=5))
    assert all(isinstance(reaction, Reaction) for reaction in reactions.items)


# Exact requests -------------------------------------------------------------------------------------------------------


async def test_group_requests(make_client: Any) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, str, Any], Any]] = [
        ("create", (), {"group_name": "G", "participants": ["919876543210"], "add_members_admins_only": True,
                        "image": "https://x/y.png"},
         ("POST", "/v1/chats/create", {"group_name": "G", "participants": ["919876543210"],
                                       "options": {"addMembersAdminsOnly": True, "image": "https://x/y.png"}}),
         CREATED_GROUP),
        ("create", (), {"group_name": "G", "participants": "919876543210"},
         ("POST", "/v1/chats/create", {"group_name": "G", "participants": ["919876543210"]}), CREATED_GROUP),
        ("invite_link", (GROUP,), {}, ("POST", f"/v1/chats/{GROUP}/invite", None), {"invite_link": "https://l/x"}),
        ("add_participants", (GROUP,), {"participants": [CONTACT], "force_add_participants": False},
         ("POST", f"/v1/chats/{GROUP}/add", {"participants": [CONTACT], "force_add_participants": False}),
         PARTICIPANT_ADDED),
        ("remove_participants", (GROUP,), {"participants": [CONTACT, "918527184400"]},
         ("POST", f"/v1/chats/{GROUP}/remove", {"participants": [CONTACT, "918527184400"]}), PARTICIPANT_DEMOTED),
        ("promote_participants", (GROUP,), {"participants": (CONTACT,)},
         ("POST", f"/v1/chats/{GROUP}/promote", {"participants": [CONTACT]}), PARTICIPANT_DEMOTED),
        ("demote_participants", (GROUP,), {"participants": [CONTACT]},
         ("POST", f"/v1/chats/{GROUP}/demote", {"participants": [CONTACT]}), PARTICIPANT_DEMOTED),
        ("update_settings", (GROUP,), {"name": "N", "description": "", "add_members_admins_only": True,
                                       "info_admins_only": False, "messages_admins_only": True},
         ("POST", f"/v1/chats/{GROUP}/settings", {"name": "N", "description": "", "memberAddMode": True,
                                                  "infoAdminsOnly": False, "messagesAdminsOnly": True}),
         UPDATED_GROUP),
        ("accept_invite", (), {"invite_code": "https://chat.whatsapp.com/invite/DsDQQZB3AhpLPhBTx0w6SO"},
         ("POST", "/v1/chats/accept-invite", {"invite_code": "DsDQQZB3AhpLPhBTx0w6SO"}), CREATED_GROUP),
        ("leave", (GROUP,), {}, ("POST", f"/v1/chats/{GROUP}/leave", None), {}),
    ]  # fmt: skip
    for name, args, kwargs, (method, path, body), answer in cases:
        recorder = Recorder(json_response(200, answer))
        await call(getattr(resource(make_client(recorder), "groups"), name)(*args, **kwargs))
        assert sent(recorder) == (method, path, {}, body), name


async def test_contact_requests(make_client: Any) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, str, dict[str, str], Any], int, Any]] = [
        ("list", (), {"offset": 10, "limit": 5},
         ("GET", "/v1/contacts", {"offset": "10", "limit": "5"}, None), 200, {"contacts": []}),
        ("get", (CONTACT,), {}, ("GET", f"/v1/contacts/{CONTACT}", {}, None), 200, CONTACT_BY_ID),
        ("update", (CONTACT,), {"contact_name": "BK Local1", "is_internal": False, "labels": ["label1", "label2"]},
         ("PATCH", f"/v1/contacts/{CONTACT}", {},
          {"contact_name": "BK Local1", "is_internal": False, "labels": "label1,label2"}), 200, CONTACT_BY_ID),
        ("update_labels", (), {"contact_ids": [CHAT], "labels": "high, low"},
         ("PATCH", "/v1/contacts/labels", {}, {"labels": "high, low", "contact_ids": [CHAT]}), 204, None),
        ("create", (), {"contact_id": CONTACT, "contact_name": "Test New Contact", "labels": ("Test",)},
         ("POST", "/v1/contacts/create", {},
          {"contact_id": CONTACT, "contact_name": "Test New Contact", "labels": "Test"}), 200, CONTACT_BY_ID),
    ]  # fmt: skip
    for name, args, kwargs, expected, status, answer in cases:
        response = json_response(status, answer) if answer is not None else httpx.Response(status)
        recorder = Recorder(response)
        await call(getattr(resource(make_client(recorder), "contacts"), name)(*args, **kwargs))
        assert sent(recorder) == expected, name


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


async def test_note_and_reaction_requests(make_client: Any) -> None:
    media = {"type": "audio", "mimetype": "audio/wav", "filename": "beep.wav", "filedata": "data:audio/wav;base64,UklG"}
    recorder = Recorder(json_response(200, NOTE_CREATED))
    notes = resource(make_client(recorder), "notes")
    await call(notes.create(chat_id="918824248940@c.us", message="testing", reply_to="52643136", media=media))
    assert sent(recorder) == (
        "POST", "/v1/note/create", {},
        {"chat_id": "918824248940@c.us", "message": "testing", "reply_to": "52643136", "media": media},
    )  # fmt: skip

    recorder = Recorder(json_response(200, {"notes": [], "count": 0}))
    start = datetime(2025, 4, 25, tzinfo=UTC)
    await call(resource(make_client(recorder), "notes").list(limit=3, start_time=start, end_time="2025-04-26"))
    assert sent(recorder) == (
        "GET", "/v1/note", {"limit": "3", "start_time": "2025-04-25T00:00:00+00:00", "end_time": "2025-04-26"}, None
    )  # fmt: skip

    recorder = Recorder(json_response(200, NOTE_CREATED["data"]))
    note = await call(resource(make_client(recorder), "notes").get(NOTE_ID))
    assert sent(recorder) == ("GET", f"/v1/note/{NOTE_ID}", {}, None)
    assert note.is_private_note is True

    recorder = Recorder(json_response(200, {"reactions": [], "count": 0}))
    reactions = resource(make_client(recorder), "reactions")
    await call(reactions.list(chat_id=CHAT, message_id=NOTE_ID, offset=4, limit=2, end_time=date(2025, 1, 2)))
    assert sent(recorder) == (
        "GET", "/v1/reactions",
        {"chat_id": CHAT, "message_id": NOTE_ID, "offset": "4", "limit": "2", "end_time": "2025-01-02"}, None,
    )  # fmt: skip


@pytest.mark.parametrize("priority", [0, 5, "2", True])
async def test_bad_ticket_priorities_are_refused_before_sending(make_client: Any, priority: Any) -> None:
    recorder = Recorder(json_response(200, {}))
    tickets = resource(make_client(recorder), "tickets")
    with pytest.raises(periskope.PeriskopeError, match="priority"):
        await call(tickets.create(chat_id=CHAT, subject="s", priority=priority))
    with pytest.raises(periskope.PeriskopeError, match="priority"):
        await call(tickets.update("BKT-1", priority=priority))
    assert recorder.requests == []


async def test_empty_ids_are_refused_before_sending(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {}))
    client = make_client(recorder)
    for attempt in (
        lambda: resource(client, "groups").leave(""),
        lambda: resource(client, "groups").accept_invite(invite_code=" "),
        lambda: resource(client, "contacts").get(""),
        lambda: resource(client, "tickets").get(""),
        lambda: resource(client, "notes").get(""),
    ):
        with pytest.raises(periskope.PeriskopeError):
            await call(attempt())
    assert recorder.requests == []


async def test_create_group_and_add_participants_are_not_retried(make_client: Any, sleeps: list[float]) -> None:
    for name, args, kwargs in (
        ("create", (), {"group_name": "G", "participants": [CONTACT]}),
        ("add_participants", (GROUP,), {"participants": [CONTACT]}),
    ):
        recorder = Recorder(json_response(502, {"code": "UNKNOWN_ERROR", "message": "bad gateway"}))
        with pytest.raises(periskope.InternalServerError):
            await call(getattr(resource(make_client(recorder), "groups"), name)(*args, **kwargs))
        assert len(recorder.requests) == 1, name


async def test_promote_is_retried_after_a_5xx(make_client: Any, sleeps: list[float]) -> None:
    recorder = Recorder(
        json_response(502, {"code": "UNKNOWN_ERROR", "message": "x"}), json_response(200, PARTICIPANT_DEMOTED)
    )
    result = await call(resource(make_client(recorder), "groups").promote_participants(GROUP, participants=[CONTACT]))
    assert result["919537851844@c.us"].is_success is True
    assert len(recorder.requests) == 2


async def test_raw_responses(make_client: Any) -> None:
    recorder = Recorder(json_response(200, CREATED_GROUP, **{"x-periskope-trace-id": "t-1"}))
    groups = resource(make_client(recorder), "groups")
    raw = await call(groups.with_raw_response.create(group_name="G", participants=[CONTACT]))
    assert (raw.status_code, raw.trace_id) == (200, "t-1")
    assert raw.parse().chat_id == GROUP

    recorder = Recorder(json_response(200, LISTED_TICKETS))
    raw = await call(resource(make_client(recorder), "tickets").with_raw_response.list(limit=2))
    assert [t.ticket_id for t in raw.parse().items] == ["BKT-002", "BKT-001"]


# Documented examples decode without loss ----------------------------------------------------------------------------


def test_group_examples_decode() -> None:
    created = Chat.from_dict(CREATED_GROUP)
    assert created.chat_type == ChatType.GROUP
    assert created.created_at == datetime(2025, 1, 27, 11, 7, 52, tzinfo=UTC)
    assert created.chat_access is not None and created.chat_access["bharat@hashlabs.dev"] is True
    assert (created.member_count, created.labels, created.is_archived, created.latest_message) == (1, [], None, None)
    assert created.to_dict().keys() == CREATED_GROUP.keys()
    updated = Chat.from_dict(UPDATED_GROUP)
    assert (updated.add_members_admins_only, updated.chat_name, updated.member_count) == (
        True, "Test Group Name Change", 3,
    )  # fmt: skip
    assert updated.to_dict().keys() == UPDATED_GROUP.keys()
    for example in (PARTICIPANT_ADDED, PARTICIPANT_DEMOTED):
        result = ChatOperationResult.from_dict(example)
        assert result["919537851844@c.us"].is_success is True
        assert result.to_dict() == example
    assert ChatOperationResult.from_dict(PARTICIPANT_ADDED)["919537851844@c.us"].message == "Invite sent to participant"


def test_contact_examples_decode() -> None:
    contact = Contact.from_dict(CONTACT_BY_ID)
    assert contact.contact_color is ContactColor.HEX_FA6533
    assert contact.chat_ids is not None and len(contact.chat_ids) == 22 and contact.chat_ids[-1] == CHAT
    assert contact.label_ids is not None and contact.label_ids.additional_keys == [
        "label-ukjqhqngnakncalm", "label-wwfrdqogccexahnv",
    ]  # fmt: skip
    assert (contact.labels, contact.is_internal, contact.is_imported) == (["label1", "label2"], False, None)
    assert contact.updated_at == datetime(2025, 1, 22, 5, 41, 15, 303874, tzinfo=UTC)
    assert keys(contact.to_dict()) == keys(CONTACT_BY_ID)
    listed = [Contact.from_dict(item) for item in LISTED_CONTACTS]
    assert [(c.contact_type, c.is_wa_contact) for c in listed] == [("business", True), ("user", False)]
    assert [keys(c.to_dict()) for c in listed] == [keys(item) for item in LISTED_CONTACTS]


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


def test_chat_epoch_numbers_and_maps_decode() -> None:
    wire = {
        "chat_id": GROUP,
        "chat_type": "community",
        "latest_message_timestamp": 1737976072,
        "latest_message_timestamp_map": {"918527184400@c.us": 1737976072000, "919876543210@c.us": None},
        "closed_at": 1737976072000,
        "unread_count": {"a@b.c": 3},
        "pinned_messages": [{"message_id": "m", "pinned_at": 1737976072, "expires_at": 1738580872}],
        "snooze_metadata": {"snooze_until": 1738580872000, "snooze_by": "a@b.c"},
        "ai_metadata": {"is_active": True, "activation_state": "snoozed", "is_agent_allowed": False},
        "hubspot_metadata": {"id": "1", "type": "contacts", "object_data": {"id": "9", "type": "contacts",
                                                                            "properties": {"g": []}}},
    }  # fmt: skip
    chat = Chat.from_dict(copy.deepcopy(wire))
    moment = datetime(2025, 1, 27, 11, 7, 52, tzinfo=UTC)
    assert (chat.latest_message_timestamp, chat.closed_at, chat.chat_type) == (moment, moment, "community")
    assert chat.latest_message_timestamp_map is not None
    assert chat.latest_message_timestamp_map["918527184400@c.us"] == moment
    assert chat.latest_message_timestamp_map["919876543210@c.us"] is None
    assert chat.pinned_messages is not None and chat.pinned_messages[0].pinned_at == moment
    assert chat.snooze_metadata is not None and chat.snooze_metadata.snooze_by == "a@b.c"
    assert chat.ai_metadata is not None and chat.ai_metadata.activation_state == "snoozed"
    assert chat.hubspot_metadata is not None and chat.hubspot_metadata.object_data is not None
    assert keys(chat.to_dict()) == keys(wire)


def test_note_example_decodes() -> None:
    created = NoteCreated.from_dict(NOTE_CREATED)
    assert created.success is True and isinstance(created.data, Message)
    assert created.data.is_private_note is True and created.data.performed_by == "api"
    assert created.data.media is not None and created.data.media.filename == "beep.wav"
    assert keys(created.to_dict()) == keys(NOTE_CREATED)


# Pagination -----------------------------------------------------------------------------------------------------------

LISTS = [
    ("contacts", "contacts", "/v1/contacts", lambda i: {"contact_id": f"9190000{i:05d}@c.us"}, "contact_id"),
    ("tickets", "tickets", "/v1/tickets", lambda i: {"ticket_id": f"T-{i}"}, "ticket_id"),
    ("notes", "notes", "/v1/note", lambda i: {"message_id": f"n-{i}", "org_id": "o", "org_phone": "p",
                                              "chat_id": CHAT, "message_type": "chat", "media": None}, "message_id"),
    ("reactions", "reactions", "/v1/reactions", lambda i: {"reaction_id": f"r-{i}"}, "reaction_id"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "key", "path", "item", "field"), LISTS, ids=[case[0] for case in LISTS])
async def test_lists_walk_every_page(make_client: Any, name: str, key: str, path: str, item: Any, field: str) -> None:
    total = 7

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params["limit"])
        chunk = [item(i) for i in range(offset, min(offset + limit, total))]
        return json_response(200, {key: chunk, "count": total, "from": offset + 1, "to": offset + len(chunk)})

    recorder = Recorder(handler)
    first = await call(resource(make_client(recorder), name).list(limit=3))
    assert [getattr(x, field) for x in await collect(first)] == [item(i)[field] for i in range(total)]
    assert [r.url.path for r in recorder.requests] == [path] * 3
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6"]


async def test_max_items_caps_a_contact_iteration(make_client: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return json_response(200, {"contacts": [{"contact_id": str(i)} for i in range(offset, offset + 10)]})

    recorder = Recorder(handler)
    first = await call(resource(make_client(recorder), "contacts").list(limit=10, max_items=15))
    assert len(await collect(first)) == 15
    assert len(recorder.requests) == 2
