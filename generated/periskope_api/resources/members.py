# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.members"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    given_enum,
    path_id,
    raw_response,
)
from periskope._response import decoder, list_decoder, no_content

from ..api.member import delete_member, invite_members, update_member_access
from ..models import InviteMembersBody, Member, MemberInviteResult, MemberRole, UpdateMemberAccessBody


def _delete_member(id: str) -> Call[None]:
    kwargs = delete_member.request_kwargs(path_id("id", id))
    return Call(kwargs, no_content, idempotent=False)


def _invite_members(
    emails: Sequence[str], labels: list[str] | None, org_phones: list[str] | None, role: MemberRole | str | None
) -> Call[MemberInviteResult]:
    kwargs = invite_members.request_kwargs(
        body=InviteMembersBody(
            emails=list(emails), labels=given(labels), org_phones=given(org_phones), role=given_enum(MemberRole, role)
        )
    )
    return Call(kwargs, decoder(invite_members.parse_response, MemberInviteResult), idempotent=False)


def _update_member_access(
    emails: Sequence[str], labels: list[str] | None, org_phones: list[str] | None
) -> Call[list[Member]]:
    kwargs = update_member_access.request_kwargs(
        body=UpdateMemberAccessBody(emails=list(emails), labels=labels, org_phones=org_phones)
    )
    return Call(kwargs, list_decoder(update_member_access.parse_response), idempotent=True)


class Members(SyncResource):
    """client.members"""

    def delete_member(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Member"""
        return self._request(_delete_member(id), request)

    def invite_members(
        self,
        *,
        emails: Sequence[str],
        labels: list[str] | None = None,
        org_phones: list[str] | None = None,
        role: MemberRole | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite Members"""
        return self._request(_invite_members(emails, labels, org_phones, role), request)

    def update_member_access(
        self,
        *,
        emails: Sequence[str],
        labels: list[str] | None,
        org_phones: list[str] | None,
        **request: Unpack[RequestOptions],
    ) -> list[Member]:
        """Update Member Access"""
        return self._request(_update_member_access(emails, labels, org_phones), request)

    @cached_property
    def with_raw_response(self) -> MembersWithRawResponse:
        return MembersWithRawResponse(self)


class MembersWithRawResponse:
    """`client.members.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Members) -> None:
        self.delete_member = raw_response(resource.delete_member)
        self.invite_members = raw_response(resource.invite_members)
        self.update_member_access = raw_response(resource.update_member_access)


class AsyncMembers(AsyncResource):
    """client.members"""

    async def delete_member(
        self,
        id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Delete Member"""
        return await self._request(_delete_member(id), request)

    async def invite_members(
        self,
        *,
        emails: Sequence[str],
        labels: list[str] | None = None,
        org_phones: list[str] | None = None,
        role: MemberRole | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite Members"""
        return await self._request(_invite_members(emails, labels, org_phones, role), request)

    async def update_member_access(
        self,
        *,
        emails: Sequence[str],
        labels: list[str] | None,
        org_phones: list[str] | None,
        **request: Unpack[RequestOptions],
    ) -> list[Member]:
        """Update Member Access"""
        return await self._request(_update_member_access(emails, labels, org_phones), request)

    @cached_property
    def with_raw_response(self) -> AsyncMembersWithRawResponse:
        return AsyncMembersWithRawResponse(self)


class AsyncMembersWithRawResponse:
    """`client.members.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncMembers) -> None:
        self.delete_member = async_raw_response(resource.delete_member)
        self.invite_members = async_raw_response(resource.invite_members)
        self.update_member_access = async_raw_response(resource.update_member_access)
