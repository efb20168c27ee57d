"""client.members: invite organisation members, set which chats they see, remove them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Literal, Unpack

import httpx

from periskope_api.api.member import delete_member, invite_members, update_member_access
from periskope_api.models import InviteMembersBody, Member, MemberInviteResult, MemberRole, UpdateMemberAccessBody
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._errors import PeriskopeError
from .._resource import AsyncResource, RequestOptions, SyncResource, async_raw_response, path_id, raw_response
from .._response import decoder, no_content

Role = Literal["admin", "member"]
MemberList = list[Member]

_decode_invite = decoder(invite_members.parse_response, MemberInviteResult)
_decode_access = decoder(update_member_access.parse_response, list)


def _member_list(response: httpx.Response) -> MemberList:
    return list(_decode_access(response))


def _strings(name: str, value: str | Sequence[str]) -> list[str]:
    """A list argument (emails, label names, phone numbers); one string is one item, not its characters."""
    values = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) and item.strip() for item in values):
        raise PeriskopeError(f"{name} must be non-empty strings, got {value!r}")
    return values


def _emails(value: str | Sequence[str]) -> list[str]:
    emails = _strings("emails", value)
    if not emails:
        raise PeriskopeError("emails must name at least one member")
    return emails


def _scope(name: str, value: str | Sequence[str] | None) -> list[str] | None:
    return None if value is None else _strings(name, value)


def _invite(
    emails: str | Sequence[str], role: str | None, labels: str | Sequence[str] | None,
    org_phones: str | Sequence[str] | None,
) -> Call[MemberInviteResult]:  # fmt: skip
    body = InviteMembersBody(
        emails=_emails(emails),
        role=UNSET if role is None else MemberRole(role),
        labels=_omitted_if_none(_scope("labels", labels)),
        org_phones=_omitted_if_none(_scope("org_phones", org_phones)),
    )
    # Not retried once it may have reached the server: invitations are emails.
    return Call(invite_members.request_kwargs(body=body), _decode_invite, idempotent=False)


def _omitted_if_none(value: list[str] | None) -> list[str] | Unset:
    return UNSET if value is None else value


def _update_access(
    emails: str | Sequence[str], labels: str | Sequence[str] | None, org_phones: str | Sequence[str] | None
) -> Call[MemberList]:
    body = UpdateMemberAccessBody(
        emails=_emails(emails), labels=_scope("labels", labels), org_phones=_scope("org_phones", org_phones)
    )
    return Call(update_member_access.request_kwargs(body=body), _member_list, idempotent=True)


def _delete(member_id: str) -> Call[None]:
    # A second delete would answer 404 to a delete that worked: not retried once it may have reached the server.
    return Call(delete_member.request_kwargs(path_id("member_id", member_id)), no_content, idempotent=False)


class Members(SyncResource):
    def invite(
        self,
        *,
        emails: str | Sequence[str],
        role: Role | None = None,
        labels: str | Sequence[str] | None = None,
        org_phones: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite people by email as admins or members; a member sees the chats with these label names on these
        phones (numbers without @c.us; left out - all). Per-email failures are in `.errors`, not raised."""
        return self._request(_invite(emails, role, labels, org_phones), request)

    def update_access(
        self,
        *,
        emails: str | Sequence[str],
        labels: str | Sequence[str] | None,
        org_phones: str | Sequence[str] | None,
        **request: Unpack[RequestOptions],
    ) -> MemberList:
        """Set which chats members (role member) see: by label names and phone numbers; None means all of them."""
        return self._request(_update_access(emails, labels, org_phones), request)

    def delete(self, member_id: str, **request: Unpack[RequestOptions]) -> None:
        """Remove a member from the organisation."""
        return self._request(_delete(member_id), request)

    @cached_property
    def with_raw_response(self) -> MembersWithRawResponse:
        return MembersWithRawResponse(self)


class MembersWithRawResponse:
    def __init__(self, members: Members) -> None:
        self.invite = raw_response(members.invite)
        self.update_access = raw_response(members.update_access)
        self.delete = raw_response(members.delete)


class AsyncMembers(AsyncResource):
    async def invite(
        self,
        *,
        emails: str | Sequence[str],
        role: Role | None = None,
        labels: str | Sequence[str] | None = None,
        org_phones: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> MemberInviteResult:
        """Invite people by email; see Members.invite."""
        return await self._request(_invite(emails, role, labels, org_phones), request)

    async def update_access(
        self,
        *,
        emails: str | Sequence[str],
        labels: str | Sequence[str] | None,
        org_phones: str | Sequence[str] | None,
        **request: Unpack[RequestOptions],
    ) -> MemberList:
        """Set which chats members see; see Members.update_access."""
        return await self._request(_update_access(emails, labels, org_phones), request)

    async def delete(self, member_id: str, **request: Unpack[RequestOptions]) -> None:
        """Remove a member from the organisation."""
        return await self._request(_delete(member_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncMembersWithRawResponse:
        return AsyncMembersWithRawResponse(self)


class AsyncMembersWithRawResponse:
    def __init__(self, members: AsyncMembers) -> None:
        self.invite = async_raw_response(members.invite)
        self.update_access = async_raw_response(members.update_access)
        self.delete = async_raw_response(members.delete)
