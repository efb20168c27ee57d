"""client.groups: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import Recorder, call, json_response, resource, sent
from resources.samples import LISTED_TICKETS

import periskope
from periskope.models import (
    Chat,
    ChatOperationResult,
    ChatType,
    InviteLink,
    ParticipantResult,
)

GROUP = "120363392071406466@g.us"

CONTACT = "919537851844"


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
