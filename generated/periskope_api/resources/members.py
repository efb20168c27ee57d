# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.members"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    email_list,
    non_empty_str,
    optional_enum,
    optional_strings,
    raw_response,
    strings_or_all,
)
from periskope._response import decoder, list_decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import Member, MemberInviteResult


def _delete_member(member_id: str) -> Call[None]:
    from ..api.member import delete_member

    kwargs = delete_member.request_kwargs(non_empty_str("member_id", member_id))
    return Call(kwargs, no_content, idempotent=False)


def _invite_members(
    emails: str | Sequence[str],
    role: Literal["admin", "member"] | None,
    labels: str | Sequence[str] | None,
    org_phones: str | Sequence[str] | None,
) -> Call[MemberInviteResult]:
    from ..api.member import invite_members
    from ..models import InviteMembersBody, MemberInviteResult, MemberRole

    kwargs = invite_members.request_kwargs(
        body=InviteMembersBody(
            emails=email_list(emails),
            labels=optional_strings("labels", labels),
            org_phones=optional_strings("org_phones", org_phones),
            role=optional_enum(MemberRole, role),
        )
    )
    return Call(kwargs, decoder(invite_members.parse_response, MemberInviteResult), idempotent=False)


def _update_member_access(
    emails: str | Sequence[str], labels: str | Sequence[str] | None, org_phones: str | Sequence[str] | None
) -> Call[list[Member]]:
    from ..api.member import update_member_access
    from ..models import UpdateMemberAccessBody

    kwargs = update_member_access.request_kwargs(
        body=UpdateMemberAccessBody(
            emails=email_list(emails),
            labels=strings_or_all("labels", labels),
            org_phones=strings_or_all("org_phones", org_phones),
        )
    )
    return Call(kwargs, list_decoder(update_member_access.parse_response), idempotent=True)


class Members(SyncResource):
    """client.members"""

    def delete(
        self,
        member_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove a member from the organisation."""
        return self._request(_delete_member(member_id), request)

    def invite(
        self,
        *,
        emails: str | Sequence[str],
        role: Literal["admin", "member"] | None = None,
        labels: str | Sequence[str] | None = None,
        org_phones: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite people by email as admins or members; a member sees the chats with these label names on these
        phones (numbers without @c.us; left out - all). Per-email failures are in `.errors`, not raised."""
        return self._request(_invite_members(emails, role, labels, org_phones), request)

    def update_access(
        self,
        *,
        emails: str | Sequence[str],
        labels: str | Sequence[str] | None,
        org_phones: str | Sequence[str] | None,
        **request: Unpack[RequestOptions],
    ) -> list[Member]:
        """Set which chats members (role member) see: by label names and phone numbers; None means all of them."""
        return self._request(_update_member_access(emails, labels, org_phones), request)

    @cached_property
    def with_raw_response(self) -> MembersWithRawResponse:
        return MembersWithRawResponse(self)


class MembersWithRawResponse:
    """`client.members.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Members) -> None:
        self.delete = raw_response(resource.delete)
        self.invite = raw_response(resource.invite)
        self.update_access = raw_response(resource.update_access)


class AsyncMembers(AsyncResource):
    """client.members"""

    async def delete(
        self,
        member_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove a member from the organisation."""
        return await self._request(_delete_member(member_id), request)

    async def invite(
        self,
        *,
        emails: str | Sequence[str],
        role: Literal["admin", "member"] | None = None,
        labels: str | Sequence[str] | None = None,
        org_phones: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite people by email as admins or members; a member sees the chats with these label names on these
        phones (numbers without @c.us; left out - all). Per-email failures are in `.errors`, not raised."""
        return await self._request(_invite_members(emails, role, labels, org_phones), request)

    async def update_access(
        self,
        *,
        emails: str | Sequence[str],
        labels: str | Sequence[str] | None,
        org_phones: str | Sequence[str] | None,
        **request: Unpack[RequestOptions],
    ) -> list[Member]:
        """Set which chats members (role member) see: by label names and phone numbers; None means all of them."""
        return await self._request(_update_member_access(emails, labels, org_phones), request)

    @cached_property
    def with_raw_response(self) -> AsyncMembersWithRawResponse:
        return AsyncMembersWithRawResponse(self)


class AsyncMembersWithRawResponse:
    """`client.members.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncMembers) -> None:
        self.delete = async_raw_response(resource.delete)
        self.invite = async_raw_response(resource.invite)
        self.update_access = async_raw_response(resource.update_access)
