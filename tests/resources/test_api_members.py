"""client.members: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Recorder, body_of, call, every, json_response, resource
from resources.samples import FAQ

import periskope
from periskope.models import (
    KnowledgeBaseEntry,
    KnowledgeBaseType,
    Member,
    MemberColor,
    MemberInviteResult,
    MemberRole,
)

MEMBER = {  # the SDK's Tables<'tbl_org_members'>
    "email": "agent@example.com",
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "user_id": None,
    "role": "member",
    "member_name": None,
    "member_image": None,
    "member_color": "#25D366",
    "is_active": False,
    "is_online": None,
    "is_owner": False,
    "label_ids": ["label-bflirzqiodgianfh"],
    "org_phones": ["918527184400"],
    "invited_at": "2025-01-20T07:51:48.209+00:00",
    "invited_by": "owner@example.com",
    "created_at": "2025-01-20T07:51:48.209+00:00",
    "member_metadata": None,
    "preferences": {},
}


async def test_member_operations_pass_the_mock(mock_client: Any) -> None:
    members = resource(mock_client, "members")
    invited = await call(members.invite(emails=["a@example.com"], role="member", labels=["vip"], org_phones=["9198"]))
    assert isinstance(invited, MemberInviteResult)
    assert every(invited.added_members, Member)
    updated = await call(members.update_access(emails="a@example.com", labels=None, org_phones=["918527184400"]))
    assert every(updated, Member)
    assert await call(members.delete("a@example.com")) is None


async def test_member_bodies(make_client: Any) -> None:
    recorder = Recorder(
        json_response(200, {"addedMembers": [MEMBER], "errors": [{"email": "b@x.io", "error": {"message": "exists"}}]}),
        json_response(200, [MEMBER]),
    )
    members = resource(make_client(recorder), "members")
    invited = await call(members.invite(emails="a@example.com", role="member", labels="vip", org_phones=["9198"]))
    updated = await call(members.update_access(emails=["a@example.com"], labels=["vip", "lead"], org_phones=None))
    invite, access = recorder.requests
    assert (invite.method, invite.url.path) == ("POST", "/v1/members/invite")
    assert body_of(invite) == {"emails": ["a@example.com"], "role": "member", "labels": ["vip"], "orgPhones": ["9198"]}
    assert (access.method, access.url.path) == ("PATCH", "/v1/members/access")
    assert body_of(access) == {"emails": ["a@example.com"], "labels": ["vip", "lead"], "orgPhones": None}
    assert [m.email for m in invited.added_members] == ["agent@example.com"]
    assert (invited.errors[0].email, invited.errors[0].error.message) == ("b@x.io", "exists")
    assert updated[0].role == MemberRole.MEMBER


async def test_member_invite_leaves_out_what_is_not_given(make_client: Any) -> None:
    recorder = Recorder(json_response(200, {"addedMembers": [], "errors": []}))
    members = resource(make_client(recorder), "members")
    await call(members.invite(emails=["a@example.com"]))
    assert body_of(recorder.requests[0]) == {"emails": ["a@example.com"]}
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(members.invite(emails=[]))
    assert len(recorder.requests) == 1


def test_member_and_faq_rows_decode() -> None:
    member = Member.from_dict(MEMBER)
    assert (member.role, member.member_color) == (MemberRole.MEMBER, MemberColor.HEX_25D366)
    assert member.org_phones == ["918527184400"]
    assert set(member.to_dict()) == set(MEMBER)
    faq = KnowledgeBaseEntry.from_dict(FAQ)
    assert (faq.type_, faq.attachments, faq.document_id) == (KnowledgeBaseType.FAQ, FAQ["attachments"], None)
    assert set(faq.to_dict()) == set(FAQ)
