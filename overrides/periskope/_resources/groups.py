"""client.groups: create groups, manage their participants, settings and invite link, join and leave."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from periskope_api.api.group import (
    accept_group_invite,
    add_participant_to_group,
    create_group,
    demote_participant_to_member,
    leave_group,
    promote_participant_to_admin,
    refresh_invite,
    remove_participant_from_group,
    update_group_settings,
)
from periskope_api.models import (
    AcceptGroupInviteBody,
    AddParticipantToGroupBody,
    Chat,
    ChatOperationResult,
    CreateGroupBody,
    CreateGroupBodyOptions,
    DemoteParticipantToMemberBody,
    InviteLink,
    PromoteParticipantToAdminBody,
    RemoveParticipantFromGroupBody,
    UpdateGroupSettingsBody,
)
from periskope_api.types import UNSET

from .._call import Call
from .._errors import PeriskopeError
from .._resource import AsyncResource, RequestOptions, SyncResource, async_raw_response, given, path_id, raw_response
from .._response import decoder, no_content

_decode_created = decoder(create_group.parse_response, Chat)
_decode_settings = decoder(update_group_settings.parse_response, Chat)
_decode_joined = decoder(accept_group_invite.parse_response, Chat)
_decode_invite = decoder(refresh_invite.parse_response, InviteLink)
_decode_added = decoder(add_participant_to_group.parse_response, ChatOperationResult)
_decode_removed = decoder(remove_participant_from_group.parse_response, ChatOperationResult)
_decode_promoted = decoder(promote_participant_to_admin.parse_response, ChatOperationResult)
_decode_demoted = decoder(demote_participant_to_member.parse_response, ChatOperationResult)


def _participants(participants: Sequence[str]) -> list[str]:
    if isinstance(participants, str):  # a lone number would otherwise be sent digit by digit
        return [participants]
    return list(participants)


def _invite_code(invite: str) -> str:
    """The code of an invite: `F941tB47B8H07z6hDWdkjO`, or the last part of `https://chat.whatsapp.com/invite/<code>`."""
    code = invite.strip().rstrip("/").rsplit("/", 1)[-1]
    if not code:
        raise PeriskopeError(f"invite_code must be an invite code or link, got {invite!r}")
    return code


def _create(
    group_name: str, participants: Sequence[str], description: str | None, image: str | None,
    add_members_admins_only: bool | None, info_admins_only: bool | None, messages_admins_only: bool | None,
    force_add_participants: bool | None,
) -> Call[Chat]:  # fmt: skip
    options = CreateGroupBodyOptions(
        description=given(description),
        image=given(image),
        add_members_admins_only=given(add_members_admins_only),
        info_admins_only=given(info_admins_only),
        messages_admins_only=given(messages_admins_only),
        force_add_participants=given(force_add_participants),
    )
    body = CreateGroupBody(
        group_name=group_name,
        participants=_participants(participants),
        options=options if options.to_dict() else UNSET,
    )
    # Sending twice would create two groups.
    return Call(create_group.request_kwargs(body=body), _decode_created, idempotent=False)


def _invite_link(chat_id: str) -> Call[InviteLink]:
    # A repeat only replaces a link nobody has seen yet.
    kwargs = refresh_invite.request_kwargs(path_id("chat_id", chat_id))
    return Call(kwargs, _decode_invite, idempotent=True)


def _add(chat_id: str, participants: Sequence[str], force_add_participants: bool | None) -> Call[ChatOperationResult]:
    body = AddParticipantToGroupBody(
        participants=_participants(participants), force_add_participants=given(force_add_participants)
    )
    # Not repeated: participants who cannot be added directly are sent an invite message, once.
    kwargs = add_participant_to_group.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_added, idempotent=False)


def _remove(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    # Removing, promoting and demoting set a state: a repeat changes nothing (and reports each participant's outcome).
    body = RemoveParticipantFromGroupBody(participants=_participants(participants))
    kwargs = remove_participant_from_group.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_removed, idempotent=True)


def _promote(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    body = PromoteParticipantToAdminBody(participants=_participants(participants))
    kwargs = promote_participant_to_admin.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_promoted, idempotent=True)


def _demote(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    body = DemoteParticipantToMemberBody(participants=_participants(participants))
    kwargs = demote_participant_to_member.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_demoted, idempotent=True)


def _update_settings(
    chat_id: str, name: str | None, description: str | None, image: str | None,
    add_members_admins_only: bool | None, info_admins_only: bool | None, messages_admins_only: bool | None,
) -> Call[Chat]:  # fmt: skip
    body = UpdateGroupSettingsBody(
        name=given(name),
        description=given(description),
        image=given(image),
        member_add_mode=given(add_members_admins_only),
        info_admins_only=given(info_admins_only),
        messages_admins_only=given(messages_admins_only),
    )
    kwargs = update_group_settings.request_kwargs(path_id("chat_id", chat_id), body=body)
    return Call(kwargs, _decode_settings, idempotent=True)


def _accept_invite(invite: str) -> Call[Chat]:
    # Not repeated: once joined, a second accept fails and would hide the success.
    body = AcceptGroupInviteBody(invite_code=_invite_code(path_id("invite_code", invite)))
    return Call(accept_group_invite.request_kwargs(body=body), _decode_joined, idempotent=False)


def _leave(chat_id: str) -> Call[None]:
    # Not repeated: once left, a second leave fails and would hide the success.
    return Call(leave_group.request_kwargs(path_id("chat_id", chat_id)), no_content, idempotent=False)


class Groups(SyncResource):
    def create(
        self,
        *,
        group_name: str,
        participants: Sequence[str],
        description: str | None = None,
        image: str | None = None,
        add_members_admins_only: bool | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Create a group with participants (`919876543210`; those who can't be added directly get an invite);
        `image` is a public URL. Never retried once it may have reached the server."""
        call = _create(
            group_name, participants, description, image, add_members_admins_only, info_admins_only,
            messages_admins_only, force_add_participants,
        )  # fmt: skip
        return self._request(call, request)

    def invite_link(self, chat_id: str, **request: Unpack[RequestOptions]) -> InviteLink:
        """A new invite link for a group (`...@g.us`); earlier links stop working."""
        return self._request(_invite_link(chat_id), request)

    def add_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Add participants (`919876543210`) to a group; the result says, per participant, whether they were added
        or invited. Adding unknown numbers can get the phone banned."""
        return self._request(_add(chat_id, participants, force_add_participants), request)

    def remove_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Remove participants from a group; the result says, per participant, whether it worked."""
        return self._request(_remove(chat_id, participants), request)

    def promote_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Make participants admins of a group; the result says, per participant, whether it worked."""
        return self._request(_promote(chat_id, participants), request)

    def demote_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Make admins plain members of a group; the result says, per participant, whether it worked."""
        return self._request(_demote(chat_id, participants), request)

    def update_settings(
        self,
        chat_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        image: str | None = None,
        add_members_admins_only: bool | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Change a group's name, description, image (public URL) or who may add members, edit info, send messages.
        The phone must be an admin of the group."""
        call = _update_settings(
            chat_id, name, description, image, add_members_admins_only, info_admins_only, messages_admins_only
        )
        return self._request(call, request)

    def accept_invite(self, *, invite_code: str, **request: Unpack[RequestOptions]) -> Chat:
        """Join a group by its invite code or invite link; returns the group."""
        return self._request(_accept_invite(invite_code), request)

    def leave(self, chat_id: str, **request: Unpack[RequestOptions]) -> None:
        """Leave a group (`...@g.us`)."""
        return self._request(_leave(chat_id), request)

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self)


class GroupsWithRawResponse:
    def __init__(self, groups: Groups) -> None:
        self.create = raw_response(groups.create)
        self.invite_link = raw_response(groups.invite_link)
        self.add_participants = raw_response(groups.add_participants)
        self.remove_participants = raw_response(groups.remove_participants)
        self.promote_participants = raw_response(groups.promote_participants)
        self.demote_participants = raw_response(groups.demote_participants)
        self.update_settings = raw_response(groups.update_settings)
        self.accept_invite = raw_response(groups.accept_invite)
        self.leave = raw_response(groups.leave)


class AsyncGroups(AsyncResource):
    async def create(
        self,
        *,
        group_name: str,
        participants: Sequence[str],
        description: str | None = None,
        image: str | None = None,
        add_members_admins_only: bool | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Create a group; see Groups.create."""
        call = _create(
            group_name, participants, description, image, add_members_admins_only, info_admins_only,
            messages_admins_only, force_add_participants,
        )  # fmt: skip
        return await self._request(call, request)

    async def invite_link(self, chat_id: str, **request: Unpack[RequestOptions]) -> InviteLink:
        """A new invite link for a group (`...@g.us`); earlier links stop working."""
        return await self._request(_invite_link(chat_id), request)

    async def add_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Add participants to a group; see Groups.add_participants."""
        return await self._request(_add(chat_id, participants, force_add_participants), request)

    async def remove_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Remove participants from a group; the result says, per participant, whether it worked."""
        return await self._request(_remove(chat_id, participants), request)

    async def promote_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Make participants admins of a group; the result says, per participant, whether it worked."""
        return await self._request(_promote(chat_id, participants), request)

    async def demote_participants(
        self, chat_id: str, *, participants: Sequence[str], **request: Unpack[RequestOptions]
    ) -> ChatOperationResult:
        """Make admins plain members of a group; the result says, per participant, whether it worked."""
        return await self._request(_demote(chat_id, participants), request)

    async def update_settings(
        self,
        chat_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        image: str | None = None,
        add_members_admins_only: bool | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Change a group's settings; see Groups.update_settings."""
        call = _update_settings(
            chat_id, name, description, image, add_members_admins_only, info_admins_only, messages_admins_only
        )
        return await self._request(call, request)

    async def accept_invite(self, *, invite_code: str, **request: Unpack[RequestOptions]) -> Chat:
        """Join a group by its invite code or invite link; returns the group."""
        return await self._request(_accept_invite(invite_code), request)

    async def leave(self, chat_id: str, **request: Unpack[RequestOptions]) -> None:
        """Leave a group (`...@g.us`)."""
        return await self._request(_leave(chat_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self)


class AsyncGroupsWithRawResponse:
    def __init__(self, groups: AsyncGroups) -> None:
        self.create = async_raw_response(groups.create)
        self.invite_link = async_raw_response(groups.invite_link)
        self.add_participants = async_raw_response(groups.add_participants)
        self.remove_participants = async_raw_response(groups.remove_participants)
        self.promote_participants = async_raw_response(groups.promote_participants)
        self.demote_participants = async_raw_response(groups.demote_participants)
        self.update_settings = async_raw_response(groups.update_settings)
        self.accept_invite = async_raw_response(groups.accept_invite)
        self.leave = async_raw_response(groups.leave)
