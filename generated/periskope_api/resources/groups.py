# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.groups"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    code_of_invite,
    nested,
    non_empty_str,
    omit_if_none,
    raw_response,
    string_list,
)
from periskope._response import decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        Chat,
        ChatOperationResult,
        InviteLink,
    )


def _accept_group_invite(invite_code: str) -> Call[Chat]:
    from ..api.group import accept_group_invite
    from ..models import AcceptGroupInviteBody, Chat

    kwargs = accept_group_invite.request_kwargs(body=AcceptGroupInviteBody(invite_code=code_of_invite(invite_code)))
    return Call(kwargs, decoder(accept_group_invite.parse_response, Chat), idempotent=False)


def _add_participant_to_group(
    chat_id: str, participants: Sequence[str], force_add_participants: bool | None
) -> Call[ChatOperationResult]:
    from ..api.group import add_participant_to_group
    from ..models import AddParticipantToGroupBody, ChatOperationResult

    kwargs = add_participant_to_group.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(
            AddParticipantToGroupBody,
            participants=string_list(participants),
            force_add_participants=omit_if_none(force_add_participants),
        ),
    )
    return Call(kwargs, decoder(add_participant_to_group.parse_response, ChatOperationResult), idempotent=False)


def _create_group(
    group_name: str,
    participants: Sequence[str],
    description: str | None,
    image: str | None,
    add_members_admins_only: bool | None,
    info_admins_only: bool | None,
    messages_admins_only: bool | None,
    force_add_participants: bool | None,
) -> Call[Chat]:
    from ..api.group import create_group
    from ..models import Chat, CreateGroupBody, CreateGroupBodyOptions

    kwargs = create_group.request_kwargs(
        body=nested(
            CreateGroupBody,
            group_name=group_name,
            participants=string_list(participants),
            options=nested(
                CreateGroupBodyOptions,
                add_members_admins_only=omit_if_none(add_members_admins_only),
                description=omit_if_none(description),
                image=omit_if_none(image),
                info_admins_only=omit_if_none(info_admins_only),
                messages_admins_only=omit_if_none(messages_admins_only),
                force_add_participants=omit_if_none(force_add_participants),
            ),
        )
    )
    return Call(kwargs, decoder(create_group.parse_response, Chat), idempotent=False)


def _demote_participant_to_member(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    from ..api.group import demote_participant_to_member
    from ..models import ChatOperationResult, DemoteParticipantToMemberBody

    kwargs = demote_participant_to_member.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(DemoteParticipantToMemberBody, participants=string_list(participants)),
    )
    return Call(kwargs, decoder(demote_participant_to_member.parse_response, ChatOperationResult), idempotent=True)


def _refresh_invite(chat_id: str) -> Call[InviteLink]:
    from ..api.group import refresh_invite
    from ..models import InviteLink

    kwargs = refresh_invite.request_kwargs(non_empty_str("chat_id", chat_id))
    return Call(kwargs, decoder(refresh_invite.parse_response, InviteLink), idempotent=True)


def _leave_group(chat_id: str) -> Call[None]:
    from ..api.group import leave_group

    kwargs = leave_group.request_kwargs(non_empty_str("chat_id", chat_id))
    return Call(kwargs, no_content, idempotent=False)


def _promote_participant_to_admin(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    from ..api.group import promote_participant_to_admin
    from ..models import ChatOperationResult, PromoteParticipantToAdminBody

    kwargs = promote_participant_to_admin.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(PromoteParticipantToAdminBody, participants=string_list(participants)),
    )
    return Call(kwargs, decoder(promote_participant_to_admin.parse_response, ChatOperationResult), idempotent=True)


def _remove_participant_from_group(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    from ..api.group import remove_participant_from_group
    from ..models import ChatOperationResult, RemoveParticipantFromGroupBody

    kwargs = remove_participant_from_group.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(RemoveParticipantFromGroupBody, participants=string_list(participants)),
    )
    return Call(kwargs, decoder(remove_participant_from_group.parse_response, ChatOperationResult), idempotent=True)


def _update_group_settings(
    chat_id: str,
    name: str | None,
    description: str | None,
    image: str | None,
    add_members_admins_only: bool | None,
    info_admins_only: bool | None,
    messages_admins_only: bool | None,
) -> Call[Chat]:
    from ..api.group import update_group_settings
    from ..models import Chat, UpdateGroupSettingsBody

    kwargs = update_group_settings.request_kwargs(
        non_empty_str("chat_id", chat_id),
        body=nested(
            UpdateGroupSettingsBody,
            member_add_mode=omit_if_none(add_members_admins_only),
            description=omit_if_none(description),
            image=omit_if_none(image),
            info_admins_only=omit_if_none(info_admins_only),
            messages_admins_only=omit_if_none(messages_admins_only),
            name=omit_if_none(name),
        ),
    )
    return Call(kwargs, decoder(update_group_settings.parse_response, Chat), idempotent=True)


class Groups(SyncResource):
    """client.groups"""

    def accept_invite(
        self,
        *,
        invite_code: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Join a group by its invite code or invite link; returns the group."""
        return self._request(_accept_group_invite(invite_code), request)

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
        return self._request(_add_participant_to_group(chat_id, participants, force_add_participants), request)

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
        return self._request(
            _create_group(
                group_name,
                participants,
                description,
                image,
                add_members_admins_only,
                info_admins_only,
                messages_admins_only,
                force_add_participants,
            ),
            request,
        )

    def demote_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Make admins plain members of a group; the result says, per participant, whether it worked."""
        return self._request(_demote_participant_to_member(chat_id, participants), request)

    def invite_link(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> InviteLink:
        """A new invite link for a group (`...@g.us`); earlier links stop working."""
        return self._request(_refresh_invite(chat_id), request)

    def leave(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Leave a group (`...@g.us`)."""
        return self._request(_leave_group(chat_id), request)

    def promote_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Make participants admins of a group; the result says, per participant, whether it worked."""
        return self._request(_promote_participant_to_admin(chat_id, participants), request)

    def remove_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Remove participants from a group; the result says, per participant, whether it worked."""
        return self._request(_remove_participant_from_group(chat_id, participants), request)

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
        return self._request(
            _update_group_settings(
                chat_id, name, description, image, add_members_admins_only, info_admins_only, messages_admins_only
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self)


class GroupsWithRawResponse:
    """`client.groups.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Groups) -> None:
        self.accept_invite = raw_response(resource.accept_invite)
        self.add_participants = raw_response(resource.add_participants)
        self.create = raw_response(resource.create)
        self.demote_participants = raw_response(resource.demote_participants)
        self.invite_link = raw_response(resource.invite_link)
        self.leave = raw_response(resource.leave)
        self.promote_participants = raw_response(resource.promote_participants)
        self.remove_participants = raw_response(resource.remove_participants)
        self.update_settings = raw_response(resource.update_settings)


class AsyncGroups(AsyncResource):
    """client.groups"""

    async def accept_invite(
        self,
        *,
        invite_code: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Join a group by its invite code or invite link; returns the group."""
        return await self._request(_accept_group_invite(invite_code), request)

    async def add_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Add participants (`919876543210`) to a group; the result says, per participant, whether they were added
        or invited. Adding unknown numbers can get the phone banned."""
        return await self._request(_add_participant_to_group(chat_id, participants, force_add_participants), request)

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
        """Create a group with participants (`919876543210`; those who can't be added directly get an invite);
        `image` is a public URL. Never retried once it may have reached the server."""
        return await self._request(
            _create_group(
                group_name,
                participants,
                description,
                image,
                add_members_admins_only,
                info_admins_only,
                messages_admins_only,
                force_add_participants,
            ),
            request,
        )

    async def demote_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Make admins plain members of a group; the result says, per participant, whether it worked."""
        return await self._request(_demote_participant_to_member(chat_id, participants), request)

    async def invite_link(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> InviteLink:
        """A new invite link for a group (`...@g.us`); earlier links stop working."""
        return await self._request(_refresh_invite(chat_id), request)

    async def leave(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Leave a group (`...@g.us`)."""
        return await self._request(_leave_group(chat_id), request)

    async def promote_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Make participants admins of a group; the result says, per participant, whether it worked."""
        return await self._request(_promote_participant_to_admin(chat_id, participants), request)

    async def remove_participants(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Remove participants from a group; the result says, per participant, whether it worked."""
        return await self._request(_remove_participant_from_group(chat_id, participants), request)

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
        """Change a group's name, description, image (public URL) or who may add members, edit info, send messages.
        The phone must be an admin of the group."""
        return await self._request(
            _update_group_settings(
                chat_id, name, description, image, add_members_admins_only, info_admins_only, messages_admins_only
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self)


class AsyncGroupsWithRawResponse:
    """`client.groups.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncGroups) -> None:
        self.accept_invite = async_raw_response(resource.accept_invite)
        self.add_participants = async_raw_response(resource.add_participants)
        self.create = async_raw_response(resource.create)
        self.demote_participants = async_raw_response(resource.demote_participants)
        self.invite_link = async_raw_response(resource.invite_link)
        self.leave = async_raw_response(resource.leave)
        self.promote_participants = async_raw_response(resource.promote_participants)
        self.remove_participants = async_raw_response(resource.remove_participants)
        self.update_settings = async_raw_response(resource.update_settings)
