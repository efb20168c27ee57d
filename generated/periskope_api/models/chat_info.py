# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.chat_info_chat_type import ChatInfoChatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_info_ai_metadata_type_0 import ChatInfoAiMetadataType0
    from ..models.chat_info_chat_access import ChatInfoChatAccess
    from ..models.chat_info_custom_properties_type_0 import ChatInfoCustomPropertiesType0
    from ..models.chat_info_flag_count_map import ChatInfoFlagCountMap
    from ..models.chat_info_freshdesk_metadata import ChatInfoFreshdeskMetadata
    from ..models.chat_info_group_metadata import ChatInfoGroupMetadata
    from ..models.chat_info_hubspot_metadata_type_0 import ChatInfoHubspotMetadataType0
    from ..models.chat_info_label_ids import ChatInfoLabelIds
    from ..models.chat_info_latest_message_timestamp_map import ChatInfoLatestMessageTimestampMap
    from ..models.chat_info_member_closed_at import ChatInfoMemberClosedAt
    from ..models.chat_info_member_unread_count import ChatInfoMemberUnreadCount
    from ..models.chat_info_members_type_0 import ChatInfoMembersType0
    from ..models.chat_info_pinned_messages_item import ChatInfoPinnedMessagesItem
    from ..models.chat_info_snooze_metadata import ChatInfoSnoozeMetadata
    from ..models.chat_info_unread_count import ChatInfoUnreadCount
    from ..models.chat_info_zohocrm_metadata import ChatInfoZohocrmMetadata
    from ..models.chat_info_zohodesk_metadata import ChatInfoZohodeskMetadata
    from ..models.message import Message


T = TypeVar("T", bound="ChatInfo")


@_attrs_define
class ChatInfo:
    add_members_admins_only: bool | None | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    chat_image: None | str | Unset = UNSET
    chat_name: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    flag_count: float | None | Unset = UNSET
    group_description: None | str | Unset = UNSET
    initiated_by: None | str | Unset = UNSET
    invite_link: None | str | Unset = UNSET
    is_exited: bool | None | Unset = UNSET
    is_muted: bool | None | Unset = UNSET
    latest_mention_at: None | str | Unset = UNSET
    member_count: float | None | Unset = UNSET
    org_id: None | str | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    override_chat_access: Any | Unset = UNSET
    parent_community_id: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    chat_id: str | Unset = UNSET
    latest_message: Message | None | Unset = UNSET
    latest_message_timestamp: float | None | Unset = UNSET
    latest_message_timestamp_map: ChatInfoLatestMessageTimestampMap | Unset = UNSET
    chat_type: ChatInfoChatType | Unset = UNSET
    chat_access: ChatInfoChatAccess | Unset = UNSET
    label_ids: ChatInfoLabelIds | Unset = UNSET
    chat_org_phones: list[str] | Unset = UNSET
    message_unread_count: float | None | Unset = UNSET
    hubspot_metadata: ChatInfoHubspotMetadataType0 | None | Unset = UNSET
    info_admins_only: bool | Unset = UNSET
    messages_admins_only: bool | Unset = UNSET
    unread_count: ChatInfoUnreadCount | Unset = UNSET
    active_phone: None | str | Unset = UNSET
    flag_count_map: ChatInfoFlagCountMap | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_pinned: bool | Unset = UNSET
    closed_at: float | None | Unset = UNSET
    common_chats: list[str] | Unset = UNSET
    freshdesk_metadata: ChatInfoFreshdeskMetadata | Unset = UNSET
    zohodesk_metadata: ChatInfoZohodeskMetadata | Unset = UNSET
    zohocrm_metadata: ChatInfoZohocrmMetadata | Unset = UNSET
    pinned_messages: list[ChatInfoPinnedMessagesItem] | Unset = UNSET
    group_metadata: ChatInfoGroupMetadata | Unset = UNSET
    snooze_metadata: ChatInfoSnoozeMetadata | Unset = UNSET
    member_unread_count: ChatInfoMemberUnreadCount | Unset = UNSET
    member_closed_at: ChatInfoMemberClosedAt | Unset = UNSET
    ai_metadata: ChatInfoAiMetadataType0 | None | Unset = UNSET
    members: ChatInfoMembersType0 | None | Unset = UNSET
    chat_labels: None | str | Unset = UNSET
    custom_properties: ChatInfoCustomPropertiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_info_ai_metadata_type_0 import ChatInfoAiMetadataType0  # noqa: PLC0415
        from ..models.chat_info_custom_properties_type_0 import ChatInfoCustomPropertiesType0  # noqa: PLC0415
        from ..models.chat_info_hubspot_metadata_type_0 import ChatInfoHubspotMetadataType0  # noqa: PLC0415
        from ..models.chat_info_members_type_0 import ChatInfoMembersType0  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        add_members_admins_only: bool | None | Unset
        if isinstance(self.add_members_admins_only, Unset):
            add_members_admins_only = UNSET
        else:
            add_members_admins_only = self.add_members_admins_only

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        chat_image: None | str | Unset
        if isinstance(self.chat_image, Unset):
            chat_image = UNSET
        else:
            chat_image = self.chat_image

        chat_name: None | str | Unset
        if isinstance(self.chat_name, Unset):
            chat_name = UNSET
        else:
            chat_name = self.chat_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        flag_count: float | None | Unset
        if isinstance(self.flag_count, Unset):
            flag_count = UNSET
        else:
            flag_count = self.flag_count

        group_description: None | str | Unset
        if isinstance(self.group_description, Unset):
            group_description = UNSET
        else:
            group_description = self.group_description

        initiated_by: None | str | Unset
        if isinstance(self.initiated_by, Unset):
            initiated_by = UNSET
        else:
            initiated_by = self.initiated_by

        invite_link: None | str | Unset
        if isinstance(self.invite_link, Unset):
            invite_link = UNSET
        else:
            invite_link = self.invite_link

        is_exited: bool | None | Unset
        if isinstance(self.is_exited, Unset):
            is_exited = UNSET
        else:
            is_exited = self.is_exited

        is_muted: bool | None | Unset
        if isinstance(self.is_muted, Unset):
            is_muted = UNSET
        else:
            is_muted = self.is_muted

        latest_mention_at: None | str | Unset
        if isinstance(self.latest_mention_at, Unset):
            latest_mention_at = UNSET
        else:
            latest_mention_at = self.latest_mention_at

        member_count: float | None | Unset
        if isinstance(self.member_count, Unset):
            member_count = UNSET
        else:
            member_count = self.member_count

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        org_phone: None | str | Unset
        if isinstance(self.org_phone, Unset):
            org_phone = UNSET
        else:
            org_phone = self.org_phone

        override_chat_access = self.override_chat_access

        parent_community_id: None | str | Unset
        if isinstance(self.parent_community_id, Unset):
            parent_community_id = UNSET
        else:
            parent_community_id = self.parent_community_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        chat_id = self.chat_id

        latest_message: dict[str, Any] | None | Unset
        if isinstance(self.latest_message, Unset):
            latest_message = UNSET
        elif isinstance(self.latest_message, Message):
            latest_message = self.latest_message.to_dict()
        else:
            latest_message = self.latest_message

        latest_message_timestamp: float | None | Unset
        if isinstance(self.latest_message_timestamp, Unset):
            latest_message_timestamp = UNSET
        else:
            latest_message_timestamp = self.latest_message_timestamp

        latest_message_timestamp_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_message_timestamp_map, Unset):
            latest_message_timestamp_map = self.latest_message_timestamp_map.to_dict()

        chat_type: str | Unset = UNSET
        if not isinstance(self.chat_type, Unset):
            chat_type = self.chat_type.value

        chat_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_access, Unset):
            chat_access = self.chat_access.to_dict()

        label_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids.to_dict()

        chat_org_phones: list[str] | Unset = UNSET
        if not isinstance(self.chat_org_phones, Unset):
            chat_org_phones = self.chat_org_phones

        message_unread_count: float | None | Unset
        if isinstance(self.message_unread_count, Unset):
            message_unread_count = UNSET
        else:
            message_unread_count = self.message_unread_count

        hubspot_metadata: dict[str, Any] | None | Unset
        if isinstance(self.hubspot_metadata, Unset):
            hubspot_metadata = UNSET
        elif isinstance(self.hubspot_metadata, ChatInfoHubspotMetadataType0):
            hubspot_metadata = self.hubspot_metadata.to_dict()
        else:
            hubspot_metadata = self.hubspot_metadata

        info_admins_only = self.info_admins_only

        messages_admins_only = self.messages_admins_only

        unread_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unread_count, Unset):
            unread_count = self.unread_count.to_dict()

        active_phone: None | str | Unset
        if isinstance(self.active_phone, Unset):
            active_phone = UNSET
        else:
            active_phone = self.active_phone

        flag_count_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag_count_map, Unset):
            flag_count_map = self.flag_count_map.to_dict()

        is_archived = self.is_archived

        is_pinned = self.is_pinned

        closed_at: float | None | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        common_chats: list[str] | Unset = UNSET
        if not isinstance(self.common_chats, Unset):
            common_chats = self.common_chats

        freshdesk_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freshdesk_metadata, Unset):
            freshdesk_metadata = self.freshdesk_metadata.to_dict()

        zohodesk_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zohodesk_metadata, Unset):
            zohodesk_metadata = self.zohodesk_metadata.to_dict()

        zohocrm_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zohocrm_metadata, Unset):
            zohocrm_metadata = self.zohocrm_metadata.to_dict()

        pinned_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pinned_messages, Unset):
            pinned_messages = []
            for pinned_messages_item_data in self.pinned_messages:
                pinned_messages_item = pinned_messages_item_data.to_dict()
                pinned_messages.append(pinned_messages_item)

        group_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_metadata, Unset):
            group_metadata = self.group_metadata.to_dict()

        snooze_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snooze_metadata, Unset):
            snooze_metadata = self.snooze_metadata.to_dict()

        member_unread_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_unread_count, Unset):
            member_unread_count = self.member_unread_count.to_dict()

        member_closed_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member_closed_at, Unset):
            member_closed_at = self.member_closed_at.to_dict()

        ai_metadata: dict[str, Any] | None | Unset
        if isinstance(self.ai_metadata, Unset):
            ai_metadata = UNSET
        elif isinstance(self.ai_metadata, ChatInfoAiMetadataType0):
            ai_metadata = self.ai_metadata.to_dict()
        else:
            ai_metadata = self.ai_metadata

        members: dict[str, Any] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, ChatInfoMembersType0):
            members = self.members.to_dict()
        else:
            members = self.members

        chat_labels: None | str | Unset
        if isinstance(self.chat_labels, Unset):
            chat_labels = UNSET
        else:
            chat_labels = self.chat_labels

        custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.custom_properties, Unset):
            custom_properties = UNSET
        elif isinstance(self.custom_properties, ChatInfoCustomPropertiesType0):
            custom_properties = self.custom_properties.to_dict()
        else:
            custom_properties = self.custom_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_members_admins_only is not UNSET:
            field_dict["add_members_admins_only"] = add_members_admins_only
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if chat_image is not UNSET:
            field_dict["chat_image"] = chat_image
        if chat_name is not UNSET:
            field_dict["chat_name"] = chat_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if flag_count is not UNSET:
            field_dict["flag_count"] = flag_count
        if group_description is not UNSET:
            field_dict["group_description"] = group_description
        if initiated_by is not UNSET:
            field_dict["initiated_by"] = initiated_by
        if invite_link is not UNSET:
            field_dict["invite_link"] = invite_link
        if is_exited is not UNSET:
            field_dict["is_exited"] = is_exited
        if is_muted is not UNSET:
            field_dict["is_muted"] = is_muted
        if latest_mention_at is not UNSET:
            field_dict["latest_mention_at"] = latest_mention_at
        if member_count is not UNSET:
            field_dict["member_count"] = member_count
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if override_chat_access is not UNSET:
            field_dict["override_chat_access"] = override_chat_access
        if parent_community_id is not UNSET:
            field_dict["parent_community_id"] = parent_community_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if latest_message is not UNSET:
            field_dict["latest_message"] = latest_message
        if latest_message_timestamp is not UNSET:
            field_dict["latest_message_timestamp"] = latest_message_timestamp
        if latest_message_timestamp_map is not UNSET:
            field_dict["latest_message_timestamp_map"] = latest_message_timestamp_map
        if chat_type is not UNSET:
            field_dict["chat_type"] = chat_type
        if chat_access is not UNSET:
            field_dict["chat_access"] = chat_access
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if chat_org_phones is not UNSET:
            field_dict["chat_org_phones"] = chat_org_phones
        if message_unread_count is not UNSET:
            field_dict["message_unread_count"] = message_unread_count
        if hubspot_metadata is not UNSET:
            field_dict["hubspot_metadata"] = hubspot_metadata
        if info_admins_only is not UNSET:
            field_dict["info_admins_only"] = info_admins_only
        if messages_admins_only is not UNSET:
            field_dict["messages_admins_only"] = messages_admins_only
        if unread_count is not UNSET:
            field_dict["unread_count"] = unread_count
        if active_phone is not UNSET:
            field_dict["active_phone"] = active_phone
        if flag_count_map is not UNSET:
            field_dict["flag_count_map"] = flag_count_map
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if common_chats is not UNSET:
            field_dict["common_chats"] = common_chats
        if freshdesk_metadata is not UNSET:
            field_dict["freshdesk_metadata"] = freshdesk_metadata
        if zohodesk_metadata is not UNSET:
            field_dict["zohodesk_metadata"] = zohodesk_metadata
        if zohocrm_metadata is not UNSET:
            field_dict["zohocrm_metadata"] = zohocrm_metadata
        if pinned_messages is not UNSET:
            field_dict["pinned_messages"] = pinned_messages
        if group_metadata is not UNSET:
            field_dict["group_metadata"] = group_metadata
        if snooze_metadata is not UNSET:
            field_dict["snooze_metadata"] = snooze_metadata
        if member_unread_count is not UNSET:
            field_dict["member_unread_count"] = member_unread_count
        if member_closed_at is not UNSET:
            field_dict["member_closed_at"] = member_closed_at
        if ai_metadata is not UNSET:
            field_dict["ai_metadata"] = ai_metadata
        if members is not UNSET:
            field_dict["members"] = members
        if chat_labels is not UNSET:
            field_dict["chat_labels"] = chat_labels
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("ChatInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_info_ai_metadata_type_0 import ChatInfoAiMetadataType0  # noqa: PLC0415
        from ..models.chat_info_chat_access import ChatInfoChatAccess  # noqa: PLC0415
        from ..models.chat_info_custom_properties_type_0 import ChatInfoCustomPropertiesType0  # noqa: PLC0415
        from ..models.chat_info_flag_count_map import ChatInfoFlagCountMap  # noqa: PLC0415
        from ..models.chat_info_freshdesk_metadata import ChatInfoFreshdeskMetadata  # noqa: PLC0415
        from ..models.chat_info_group_metadata import ChatInfoGroupMetadata  # noqa: PLC0415
        from ..models.chat_info_hubspot_metadata_type_0 import ChatInfoHubspotMetadataType0  # noqa: PLC0415
        from ..models.chat_info_label_ids import ChatInfoLabelIds  # noqa: PLC0415
        from ..models.chat_info_latest_message_timestamp_map import ChatInfoLatestMessageTimestampMap  # noqa: PLC0415
        from ..models.chat_info_member_closed_at import ChatInfoMemberClosedAt  # noqa: PLC0415
        from ..models.chat_info_member_unread_count import ChatInfoMemberUnreadCount  # noqa: PLC0415
        from ..models.chat_info_members_type_0 import ChatInfoMembersType0  # noqa: PLC0415
        from ..models.chat_info_pinned_messages_item import ChatInfoPinnedMessagesItem  # noqa: PLC0415
        from ..models.chat_info_snooze_metadata import ChatInfoSnoozeMetadata  # noqa: PLC0415
        from ..models.chat_info_unread_count import ChatInfoUnreadCount  # noqa: PLC0415
        from ..models.chat_info_zohocrm_metadata import ChatInfoZohocrmMetadata  # noqa: PLC0415
        from ..models.chat_info_zohodesk_metadata import ChatInfoZohodeskMetadata  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_add_members_admins_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        add_members_admins_only = _parse_add_members_admins_only(d.pop("add_members_admins_only", UNSET))

        def _parse_assigned_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_chat_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_image = _parse_chat_image(d.pop("chat_image", UNSET))

        def _parse_chat_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_name = _parse_chat_name(d.pop("chat_name", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_flag_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        flag_count = _parse_flag_count(d.pop("flag_count", UNSET))

        def _parse_group_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_description = _parse_group_description(d.pop("group_description", UNSET))

        def _parse_initiated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiated_by = _parse_initiated_by(d.pop("initiated_by", UNSET))

        def _parse_invite_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invite_link = _parse_invite_link(d.pop("invite_link", UNSET))

        def _parse_is_exited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_exited = _parse_is_exited(d.pop("is_exited", UNSET))

        def _parse_is_muted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_muted = _parse_is_muted(d.pop("is_muted", UNSET))

        def _parse_latest_mention_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_mention_at = _parse_latest_mention_at(d.pop("latest_mention_at", UNSET))

        def _parse_member_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        member_count = _parse_member_count(d.pop("member_count", UNSET))

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_org_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_phone = _parse_org_phone(d.pop("org_phone", UNSET))

        override_chat_access = d.pop("override_chat_access", UNSET)

        def _parse_parent_community_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_community_id = _parse_parent_community_id(d.pop("parent_community_id", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        chat_id = d.pop("chat_id", UNSET)

        def _parse_latest_message(data: object) -> Message | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"latest_message: unexpected {type(data).__name__}")
            latest_message_type_1 = Message.from_dict(data)

            return latest_message_type_1

        latest_message = _parse_latest_message(d.pop("latest_message", UNSET))

        def _parse_latest_message_timestamp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latest_message_timestamp = _parse_latest_message_timestamp(d.pop("latest_message_timestamp", UNSET))

        _latest_message_timestamp_map = d.pop("latest_message_timestamp_map", UNSET)
        latest_message_timestamp_map: ChatInfoLatestMessageTimestampMap | Unset
        if isinstance(_latest_message_timestamp_map, Unset):
            latest_message_timestamp_map = UNSET
        else:
            latest_message_timestamp_map = ChatInfoLatestMessageTimestampMap.from_dict(_latest_message_timestamp_map)

        _chat_type = d.pop("chat_type", UNSET)
        chat_type: ChatInfoChatType | Unset
        if isinstance(_chat_type, Unset):
            chat_type = UNSET
        else:
            chat_type = ChatInfoChatType(_chat_type)

        _chat_access = d.pop("chat_access", UNSET)
        chat_access: ChatInfoChatAccess | Unset
        if isinstance(_chat_access, Unset):
            chat_access = UNSET
        else:
            chat_access = ChatInfoChatAccess.from_dict(_chat_access)

        _label_ids = d.pop("label_ids", UNSET)
        label_ids: ChatInfoLabelIds | Unset
        if isinstance(_label_ids, Unset):
            label_ids = UNSET
        else:
            label_ids = ChatInfoLabelIds.from_dict(_label_ids)

        chat_org_phones = cast(list[str], d.pop("chat_org_phones", UNSET))

        def _parse_message_unread_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        message_unread_count = _parse_message_unread_count(d.pop("message_unread_count", UNSET))

        def _parse_hubspot_metadata(data: object) -> ChatInfoHubspotMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"hubspot_metadata: unexpected {type(data).__name__}")
            hubspot_metadata_type_0 = ChatInfoHubspotMetadataType0.from_dict(data)

            return hubspot_metadata_type_0

        hubspot_metadata = _parse_hubspot_metadata(d.pop("hubspot_metadata", UNSET))

        info_admins_only = d.pop("info_admins_only", UNSET)

        messages_admins_only = d.pop("messages_admins_only", UNSET)

        _unread_count = d.pop("unread_count", UNSET)
        unread_count: ChatInfoUnreadCount | Unset
        if isinstance(_unread_count, Unset):
            unread_count = UNSET
        else:
            unread_count = ChatInfoUnreadCount.from_dict(_unread_count)

        def _parse_active_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_phone = _parse_active_phone(d.pop("active_phone", UNSET))

        _flag_count_map = d.pop("flag_count_map", UNSET)
        flag_count_map: ChatInfoFlagCountMap | Unset
        if isinstance(_flag_count_map, Unset):
            flag_count_map = UNSET
        else:
            flag_count_map = ChatInfoFlagCountMap.from_dict(_flag_count_map)

        is_archived = d.pop("is_archived", UNSET)

        is_pinned = d.pop("is_pinned", UNSET)

        def _parse_closed_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        common_chats = cast(list[str], d.pop("common_chats", UNSET))

        _freshdesk_metadata = d.pop("freshdesk_metadata", UNSET)
        freshdesk_metadata: ChatInfoFreshdeskMetadata | Unset
        if isinstance(_freshdesk_metadata, Unset):
            freshdesk_metadata = UNSET
        else:
            freshdesk_metadata = ChatInfoFreshdeskMetadata.from_dict(_freshdesk_metadata)

        _zohodesk_metadata = d.pop("zohodesk_metadata", UNSET)
        zohodesk_metadata: ChatInfoZohodeskMetadata | Unset
        if isinstance(_zohodesk_metadata, Unset):
            zohodesk_metadata = UNSET
        else:
            zohodesk_metadata = ChatInfoZohodeskMetadata.from_dict(_zohodesk_metadata)

        _zohocrm_metadata = d.pop("zohocrm_metadata", UNSET)
        zohocrm_metadata: ChatInfoZohocrmMetadata | Unset
        if isinstance(_zohocrm_metadata, Unset):
            zohocrm_metadata = UNSET
        else:
            zohocrm_metadata = ChatInfoZohocrmMetadata.from_dict(_zohocrm_metadata)

        _pinned_messages = d.pop("pinned_messages", UNSET)
        pinned_messages: list[ChatInfoPinnedMessagesItem] | Unset = UNSET
        if _pinned_messages is not UNSET:
            pinned_messages = []
            for pinned_messages_item_data in _pinned_messages:
                pinned_messages_item = ChatInfoPinnedMessagesItem.from_dict(pinned_messages_item_data)

                pinned_messages.append(pinned_messages_item)

        _group_metadata = d.pop("group_metadata", UNSET)
        group_metadata: ChatInfoGroupMetadata | Unset
        if isinstance(_group_metadata, Unset):
            group_metadata = UNSET
        else:
            group_metadata = ChatInfoGroupMetadata.from_dict(_group_metadata)

        _snooze_metadata = d.pop("snooze_metadata", UNSET)
        snooze_metadata: ChatInfoSnoozeMetadata | Unset
        if isinstance(_snooze_metadata, Unset):
            snooze_metadata = UNSET
        else:
            snooze_metadata = ChatInfoSnoozeMetadata.from_dict(_snooze_metadata)

        _member_unread_count = d.pop("member_unread_count", UNSET)
        member_unread_count: ChatInfoMemberUnreadCount | Unset
        if isinstance(_member_unread_count, Unset):
            member_unread_count = UNSET
        else:
            member_unread_count = ChatInfoMemberUnreadCount.from_dict(_member_unread_count)

        _member_closed_at = d.pop("member_closed_at", UNSET)
        member_closed_at: ChatInfoMemberClosedAt | Unset
        if isinstance(_member_closed_at, Unset):
            member_closed_at = UNSET
        else:
            member_closed_at = ChatInfoMemberClosedAt.from_dict(_member_closed_at)

        def _parse_ai_metadata(data: object) -> ChatInfoAiMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"ai_metadata: unexpected {type(data).__name__}")
            ai_metadata_type_0 = ChatInfoAiMetadataType0.from_dict(data)

            return ai_metadata_type_0

        ai_metadata = _parse_ai_metadata(d.pop("ai_metadata", UNSET))

        def _parse_members(data: object) -> ChatInfoMembersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"members: unexpected {type(data).__name__}")
            members_type_0 = ChatInfoMembersType0.from_dict(data)

            return members_type_0

        members = _parse_members(d.pop("members", UNSET))

        def _parse_chat_labels(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_labels = _parse_chat_labels(d.pop("chat_labels", UNSET))

        def _parse_custom_properties(data: object) -> ChatInfoCustomPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, dict)):
                raise TypeError(f"custom_properties: unexpected {type(data).__name__}")
            custom_properties_type_0 = ChatInfoCustomPropertiesType0.from_dict(data)

            return custom_properties_type_0

        custom_properties = _parse_custom_properties(d.pop("custom_properties", UNSET))

        chat_info = cls(
            add_members_admins_only=add_members_admins_only,
            assigned_to=assigned_to,
            chat_image=chat_image,
            chat_name=chat_name,
            created_at=created_at,
            flag_count=flag_count,
            group_description=group_description,
            initiated_by=initiated_by,
            invite_link=invite_link,
            is_exited=is_exited,
            is_muted=is_muted,
            latest_mention_at=latest_mention_at,
            member_count=member_count,
            org_id=org_id,
            org_phone=org_phone,
            override_chat_access=override_chat_access,
            parent_community_id=parent_community_id,
            updated_at=updated_at,
            chat_id=chat_id,
            latest_message=latest_message,
            latest_message_timestamp=latest_message_timestamp,
            latest_message_timestamp_map=latest_message_timestamp_map,
            chat_type=chat_type,
            chat_access=chat_access,
            label_ids=label_ids,
            chat_org_phones=chat_org_phones,
            message_unread_count=message_unread_count,
            hubspot_metadata=hubspot_metadata,
            info_admins_only=info_admins_only,
            messages_admins_only=messages_admins_only,
            unread_count=unread_count,
            active_phone=active_phone,
            flag_count_map=flag_count_map,
            is_archived=is_archived,
            is_pinned=is_pinned,
            closed_at=closed_at,
            common_chats=common_chats,
            freshdesk_metadata=freshdesk_metadata,
            zohodesk_metadata=zohodesk_metadata,
            zohocrm_metadata=zohocrm_metadata,
            pinned_messages=pinned_messages,
            group_metadata=group_metadata,
            snooze_metadata=snooze_metadata,
            member_unread_count=member_unread_count,
            member_closed_at=member_closed_at,
            ai_metadata=ai_metadata,
            members=members,
            chat_labels=chat_labels,
            custom_properties=custom_properties,
        )

        chat_info.additional_properties = d
        return chat_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
