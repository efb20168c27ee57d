# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.groups"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    model,
    path_id,
    raw_response,
)
from periskope._response import decoder, no_content

from ..api.group import (
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
from ..models import (
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


def _accept_group_invite(invite_code: str) -> Call[Chat]:
    kwargs = accept_group_invite.request_kwargs(body=AcceptGroupInviteBody(invite_code=invite_code))
    return Call(kwargs, decoder(accept_group_invite.parse_response, Chat), idempotent=False)


def _add_participant_to_group(
    chat_id: str, participants: Sequence[str], force_add_participants: bool | None
) -> Call[ChatOperationResult]:
    kwargs = add_participant_to_group.request_kwargs(
        path_id("chat_id", chat_id),
        body=AddParticipantToGroupBody(
            participants=list(participants), force_add_participants=given(force_add_participants)
        ),
    )
    return Call(kwargs, decoder(add_participant_to_group.parse_response, ChatOperationResult), idempotent=False)


def _create_group(
    group_name: str, participants: Sequence[str], options: CreateGroupBodyOptions | Mapping[str, Any] | None
) -> Call[Chat]:
    kwargs = create_group.request_kwargs(
        body=CreateGroupBody(
            group_name=group_name,
            participants=list(participants),
            options=model(CreateGroupBodyOptions.from_dict, options),
        )
    )
    return Call(kwargs, decoder(create_group.parse_response, Chat), idempotent=False)


def _demote_participant_to_member(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    kwargs = demote_participant_to_member.request_kwargs(
        path_id("chat_id", chat_id), body=DemoteParticipantToMemberBody(participants=list(participants))
    )
    return Call(kwargs, decoder(demote_participant_to_member.parse_response, ChatOperationResult), idempotent=False)


def _leave_group(chat_id: str) -> Call[None]:
    kwargs = leave_group.request_kwargs(path_id("chat_id", chat_id))
    return Call(kwargs, no_content, idempotent=False)


def _promote_participant_to_admin(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    kwargs = promote_participant_to_admin.request_kwargs(
        path_id("chat_id", chat_id), body=PromoteParticipantToAdminBody(participants=list(participants))
    )
    return Call(kwargs, decoder(promote_participant_to_admin.parse_response, ChatOperationResult), idempotent=False)


def _refresh_invite(chat_id: str) -> Call[InviteLink]:
    kwargs = refresh_invite.request_kwargs(path_id("chat_id", chat_id))
    return Call(kwargs, decoder(refresh_invite.parse_response, InviteLink), idempotent=False)


def _remove_participant_from_group(chat_id: str, participants: Sequence[str]) -> Call[ChatOperationResult]:
    kwargs = remove_participant_from_group.request_kwargs(
        path_id("chat_id", chat_id), body=RemoveParticipantFromGroupBody(participants=list(participants))
    )
    return Call(kwargs, decoder(remove_participant_from_group.parse_response, ChatOperationResult), idempotent=False)


def _update_group_settings(
    chat_id: str,
    member_add_mode: bool | None,
    description: str | None,
    image: str | None,
    info_admins_only: bool | None,
    messages_admins_only: bool | None,
    name: str | None,
) -> Call[Chat]:
    kwargs = update_group_settings.request_kwargs(
        path_id("chat_id", chat_id),
        body=UpdateGroupSettingsBody(
            member_add_mode=given(member_add_mode),
            description=given(description),
            image=given(image),
            info_admins_only=given(info_admins_only),
            messages_admins_only=given(messages_admins_only),
            name=given(name),
        ),
    )
    return Call(kwargs, decoder(update_group_settings.parse_response, Chat), idempotent=False)


class Groups(SyncResource):
    """client.groups"""

    def accept_group_invite(
        self,
        *,
        invite_code: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Accept Group Invite"""
        return self._request(_accept_group_invite(invite_code), request)

    def add_participant_to_group(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Add Participant to Group"""
        return self._request(_add_participant_to_group(chat_id, participants, force_add_participants), request)

    def create_group(
        self,
        *,
        group_name: str,
        participants: Sequence[str],
        options: CreateGroupBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Create Group"""
        return self._request(_create_group(group_name, participants, options), request)

    def demote_participant_to_member(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Demote Participant to Member"""
        return self._request(_demote_participant_to_member(chat_id, participants), request)

    def leave_group(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Leave Group"""
        return self._request(_leave_group(chat_id), request)

    def promote_participant_to_admin(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Promote Participant to Admin"""
        return self._request(_promote_participant_to_admin(chat_id, participants), request)

    def refresh_invite(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> InviteLink:
        """Refresh Invite"""
        return self._request(_refresh_invite(chat_id), request)

    def remove_participant_from_group(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Remove Participant from Group"""
        return self._request(_remove_participant_from_group(chat_id, participants), request)

    def update_group_settings(
        self,
        chat_id: str,
        *,
        member_add_mode: bool | None = None,
        description: str | None = None,
        image: str | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Update Group Settings"""
        return self._request(
            _update_group_settings(
                chat_id, member_add_mode, description, image, info_admins_only, messages_admins_only, name
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self)


class GroupsWithRawResponse:
    """`client.groups.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Groups) -> None:
        self.accept_group_invite = raw_response(resource.accept_group_invite)
        self.add_participant_to_group = raw_response(resource.add_participant_to_group)
        self.create_group = raw_response(resource.create_group)
        self.demote_participant_to_member = raw_response(resource.demote_participant_to_member)
        self.leave_group = raw_response(resource.leave_group)
        self.promote_participant_to_admin = raw_response(resource.promote_participant_to_admin)
        self.refresh_invite = raw_response(resource.refresh_invite)
        self.remove_participant_from_group = raw_response(resource.remove_participant_from_group)
        self.update_group_settings = raw_response(resource.update_group_settings)


class AsyncGroups(AsyncResource):
    """client.groups"""

    async def accept_group_invite(
        self,
        *,
        invite_code: str,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Accept Group Invite"""
        return await self._request(_accept_group_invite(invite_code), request)

    async def add_participant_to_group(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        force_add_participants: bool | None = None,
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Add Participant to Group"""
        return await self._request(_add_participant_to_group(chat_id, participants, force_add_participants), request)

    async def create_group(
        self,
        *,
        group_name: str,
        participants: Sequence[str],
        options: CreateGroupBodyOptions | Mapping[str, Any] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Create Group"""
        return await self._request(_create_group(group_name, participants, options), request)

    async def demote_participant_to_member(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Demote Participant to Member"""
        return await self._request(_demote_participant_to_member(chat_id, participants), request)

    async def leave_group(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Leave Group"""
        return await self._request(_leave_group(chat_id), request)

    async def promote_participant_to_admin(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Promote Participant to Admin"""
        return await self._request(_promote_participant_to_admin(chat_id, participants), request)

    async def refresh_invite(
        self,
        chat_id: str,
        **request: Unpack[RequestOptions],
    ) -> InviteLink:
        """Refresh Invite"""
        return await self._request(_refresh_invite(chat_id), request)

    async def remove_participant_from_group(
        self,
        chat_id: str,
        *,
        participants: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> ChatOperationResult:
        """Remove Participant from Group"""
        return await self._request(_remove_participant_from_group(chat_id, participants), request)

    async def update_group_settings(
        self,
        chat_id: str,
        *,
        member_add_mode: bool | None = None,
        description: str | None = None,
        image: str | None = None,
        info_admins_only: bool | None = None,
        messages_admins_only: bool | None = None,
        name: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Chat:
        """Update Group Settings"""
        return await self._request(
            _update_group_settings(
                chat_id, member_add_mode, description, image, info_admins_only, messages_admins_only, name
            ),
            request,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self)


class AsyncGroupsWithRawResponse:
    """`client.groups.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncGroups) -> None:
        self.accept_group_invite = async_raw_response(resource.accept_group_invite)
        self.add_participant_to_group = async_raw_response(resource.add_participant_to_group)
        self.create_group = async_raw_response(resource.create_group)
        self.demote_participant_to_member = async_raw_response(resource.demote_participant_to_member)
        self.leave_group = async_raw_response(resource.leave_group)
        self.promote_participant_to_admin = async_raw_response(resource.promote_participant_to_admin)
        self.refresh_invite = async_raw_response(resource.refresh_invite)
        self.remove_participant_from_group = async_raw_response(resource.remove_participant_from_group)
        self.update_group_settings = async_raw_response(resource.update_group_settings)
