# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.chat_type import ChatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_map import BooleanMap
    from ..models.chat_ai_metadata import ChatAiMetadata
    from ..models.chat_members import ChatMembers
    from ..models.chat_snooze import ChatSnooze
    from ..models.count_map import CountMap
    from ..models.hubspot_metadata import HubspotMetadata
    from ..models.json_object import JsonObject
    from ..models.message import Message
    from ..models.pinned_message import PinnedMessage
    from ..models.string_map import StringMap
    from ..models.timestamp_map import TimestampMap


T = TypeVar("T", bound="ChatInfo")


_WIRE_KEYS = frozenset(
    (
        "chat_id",
        "chat_type",
        "chat_name",
        "chat_image",
        "org_id",
        "org_phone",
        "chat_org_phones",
        "active_phone",
        "created_at",
        "updated_at",
        "latest_message",
        "latest_message_timestamp",
        "latest_message_timestamp_map",
        "latest_mention_at",
        "members",
        "member_count",
        "assigned_to",
        "chat_access",
        "override_chat_access",
        "labels",
        "label_ids",
        "chat_labels",
        "custom_properties",
        "message_unread_count",
        "unread_count",
        "member_unread_count",
        "member_closed_at",
        "closed_at",
        "flag_count",
        "flag_count_map",
        "info_admins_only",
        "messages_admins_only",
        "add_members_admins_only",
        "group_description",
        "group_metadata",
        "invite_link",
        "is_exited",
        "is_muted",
        "is_archived",
        "is_pinned",
        "initiated_by",
        "parent_community_id",
        "common_chats",
        "pinned_messages",
        "snooze_metadata",
        "hubspot_metadata",
        "freshdesk_metadata",
        "zohodesk_metadata",
        "zohocrm_metadata",
        "ai_metadata",
    )
)


@_attrs_define
class ChatInfo:
    """The chat inside a ticket (TicketInfo.chat); the same fields as the chat object."""

    chat_id: str | Unset = UNSET
    chat_type: ChatType | None | Unset = UNSET
    chat_name: None | str | Unset = UNSET
    chat_image: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    chat_org_phones: list[str] | Unset = UNSET
    active_phone: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    latest_message: Message | None | Unset = UNSET
    latest_message_timestamp: datetime.datetime | None | Unset = UNSET
    latest_message_timestamp_map: None | TimestampMap | Unset = UNSET
    latest_mention_at: datetime.datetime | None | Unset = UNSET
    members: ChatMembers | None | Unset = UNSET
    member_count: int | None | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    """ The member (email) the chat is assigned to. """
    chat_access: BooleanMap | None | Unset = UNSET
    override_chat_access: Any | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    """ Label names. """
    label_ids: BooleanMap | None | Unset = UNSET
    chat_labels: None | str | Unset = UNSET
    """ Label names, comma-separated (ticket and webhook payloads). """
    custom_properties: None | StringMap | Unset = UNSET
    """ Custom property name → value. """
    message_unread_count: int | None | Unset = UNSET
    unread_count: CountMap | None | Unset = UNSET
    member_unread_count: CountMap | None | Unset = UNSET
    member_closed_at: None | TimestampMap | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    flag_count: int | None | Unset = UNSET
    flag_count_map: CountMap | None | Unset = UNSET
    info_admins_only: bool | None | Unset = UNSET
    messages_admins_only: bool | None | Unset = UNSET
    add_members_admins_only: bool | None | Unset = UNSET
    group_description: None | str | Unset = UNSET
    group_metadata: JsonObject | None | Unset = UNSET
    invite_link: None | str | Unset = UNSET
    is_exited: bool | None | Unset = UNSET
    is_muted: bool | None | Unset = UNSET
    is_archived: bool | None | Unset = UNSET
    is_pinned: bool | None | Unset = UNSET
    initiated_by: None | str | Unset = UNSET
    parent_community_id: None | str | Unset = UNSET
    common_chats: list[str] | Unset = UNSET
    pinned_messages: list[PinnedMessage] | Unset = UNSET
    snooze_metadata: ChatSnooze | None | Unset = UNSET
    hubspot_metadata: HubspotMetadata | None | Unset = UNSET
    freshdesk_metadata: JsonObject | None | Unset = UNSET
    zohodesk_metadata: JsonObject | None | Unset = UNSET
    zohocrm_metadata: JsonObject | None | Unset = UNSET
    ai_metadata: ChatAiMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        chat_type: None | str | Unset
        if isinstance(self.chat_type, Unset):
            chat_type = UNSET
        elif isinstance(self.chat_type, ChatType):
            chat_type = self.chat_type.value
        else:
            chat_type = self.chat_type

        chat_name: None | str | Unset
        if isinstance(self.chat_name, Unset):
            chat_name = UNSET
        else:
            chat_name = self.chat_name

        chat_image: None | str | Unset
        if isinstance(self.chat_image, Unset):
            chat_image = UNSET
        else:
            chat_image = self.chat_image

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

        chat_org_phones: list[str] | Unset = UNSET
        if not isinstance(self.chat_org_phones, Unset):
            chat_org_phones = self.chat_org_phones

        active_phone: None | str | Unset
        if isinstance(self.active_phone, Unset):
            active_phone = UNSET
        else:
            active_phone = self.active_phone

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        latest_message: dict[str, Any] | None | Unset
        if isinstance(self.latest_message, Unset):
            latest_message = UNSET
        elif isinstance(self.latest_message, Message):
            latest_message = self.latest_message.to_dict()
        else:
            latest_message = self.latest_message

        latest_message_timestamp: None | str | Unset
        if isinstance(self.latest_message_timestamp, Unset):
            latest_message_timestamp = UNSET
        elif isinstance(self.latest_message_timestamp, datetime.datetime):
            latest_message_timestamp = self.latest_message_timestamp.isoformat()
        else:
            latest_message_timestamp = self.latest_message_timestamp

        latest_message_timestamp_map: dict[str, Any] | None | Unset
        if isinstance(self.latest_message_timestamp_map, Unset):
            latest_message_timestamp_map = UNSET
        elif isinstance(self.latest_message_timestamp_map, TimestampMap):
            latest_message_timestamp_map = self.latest_message_timestamp_map.to_dict()
        else:
            latest_message_timestamp_map = self.latest_message_timestamp_map

        latest_mention_at: None | str | Unset
        if isinstance(self.latest_mention_at, Unset):
            latest_mention_at = UNSET
        elif isinstance(self.latest_mention_at, datetime.datetime):
            latest_mention_at = self.latest_mention_at.isoformat()
        else:
            latest_mention_at = self.latest_mention_at

        members: dict[str, Any] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, ChatMembers):
            members = self.members.to_dict()
        else:
            members = self.members

        member_count: int | None | Unset
        if isinstance(self.member_count, Unset):
            member_count = UNSET
        else:
            member_count = self.member_count

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        chat_access: dict[str, Any] | None | Unset
        if isinstance(self.chat_access, Unset):
            chat_access = UNSET
        elif isinstance(self.chat_access, BooleanMap):
            chat_access = self.chat_access.to_dict()
        else:
            chat_access = self.chat_access

        override_chat_access = self.override_chat_access

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        label_ids: dict[str, Any] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, BooleanMap):
            label_ids = self.label_ids.to_dict()
        else:
            label_ids = self.label_ids

        chat_labels: None | str | Unset
        if isinstance(self.chat_labels, Unset):
            chat_labels = UNSET
        else:
            chat_labels = self.chat_labels

        custom_properties: dict[str, Any] | None | Unset
        if isinstance(self.custom_properties, Unset):
            custom_properties = UNSET
        elif isinstance(self.custom_properties, StringMap):
            custom_properties = self.custom_properties.to_dict()
        else:
            custom_properties = self.custom_properties

        message_unread_count: int | None | Unset
        if isinstance(self.message_unread_count, Unset):
            message_unread_count = UNSET
        else:
            message_unread_count = self.message_unread_count

        unread_count: dict[str, Any] | None | Unset
        if isinstance(self.unread_count, Unset):
            unread_count = UNSET
        elif isinstance(self.unread_count, CountMap):
            unread_count = self.unread_count.to_dict()
        else:
            unread_count = self.unread_count

        member_unread_count: dict[str, Any] | None | Unset
        if isinstance(self.member_unread_count, Unset):
            member_unread_count = UNSET
        elif isinstance(self.member_unread_count, CountMap):
            member_unread_count = self.member_unread_count.to_dict()
        else:
            member_unread_count = self.member_unread_count

        member_closed_at: dict[str, Any] | None | Unset
        if isinstance(self.member_closed_at, Unset):
            member_closed_at = UNSET
        elif isinstance(self.member_closed_at, TimestampMap):
            member_closed_at = self.member_closed_at.to_dict()
        else:
            member_closed_at = self.member_closed_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        flag_count: int | None | Unset
        if isinstance(self.flag_count, Unset):
            flag_count = UNSET
        else:
            flag_count = self.flag_count

        flag_count_map: dict[str, Any] | None | Unset
        if isinstance(self.flag_count_map, Unset):
            flag_count_map = UNSET
        elif isinstance(self.flag_count_map, CountMap):
            flag_count_map = self.flag_count_map.to_dict()
        else:
            flag_count_map = self.flag_count_map

        info_admins_only: bool | None | Unset
        if isinstance(self.info_admins_only, Unset):
            info_admins_only = UNSET
        else:
            info_admins_only = self.info_admins_only

        messages_admins_only: bool | None | Unset
        if isinstance(self.messages_admins_only, Unset):
            messages_admins_only = UNSET
        else:
            messages_admins_only = self.messages_admins_only

        add_members_admins_only: bool | None | Unset
        if isinstance(self.add_members_admins_only, Unset):
            add_members_admins_only = UNSET
        else:
            add_members_admins_only = self.add_members_admins_only

        group_description: None | str | Unset
        if isinstance(self.group_description, Unset):
            group_description = UNSET
        else:
            group_description = self.group_description

        group_metadata: dict[str, Any] | None | Unset
        if isinstance(self.group_metadata, Unset):
            group_metadata = UNSET
        elif isinstance(self.group_metadata, JsonObject):
            group_metadata = self.group_metadata.to_dict()
        else:
            group_metadata = self.group_metadata

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

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

        is_pinned: bool | None | Unset
        if isinstance(self.is_pinned, Unset):
            is_pinned = UNSET
        else:
            is_pinned = self.is_pinned

        initiated_by: None | str | Unset
        if isinstance(self.initiated_by, Unset):
            initiated_by = UNSET
        else:
            initiated_by = self.initiated_by

        parent_community_id: None | str | Unset
        if isinstance(self.parent_community_id, Unset):
            parent_community_id = UNSET
        else:
            parent_community_id = self.parent_community_id

        common_chats: list[str] | Unset = UNSET
        if not isinstance(self.common_chats, Unset):
            common_chats = self.common_chats

        pinned_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pinned_messages, Unset):
            pinned_messages = []
            for pinned_messages_item_data in self.pinned_messages:
                pinned_messages_item = pinned_messages_item_data.to_dict()
                pinned_messages.append(pinned_messages_item)

        snooze_metadata: dict[str, Any] | None | Unset
        if isinstance(self.snooze_metadata, Unset):
            snooze_metadata = UNSET
        elif isinstance(self.snooze_metadata, ChatSnooze):
            snooze_metadata = self.snooze_metadata.to_dict()
        else:
            snooze_metadata = self.snooze_metadata

        hubspot_metadata: dict[str, Any] | None | Unset
        if isinstance(self.hubspot_metadata, Unset):
            hubspot_metadata = UNSET
        elif isinstance(self.hubspot_metadata, HubspotMetadata):
            hubspot_metadata = self.hubspot_metadata.to_dict()
        else:
            hubspot_metadata = self.hubspot_metadata

        freshdesk_metadata: dict[str, Any] | None | Unset
        if isinstance(self.freshdesk_metadata, Unset):
            freshdesk_metadata = UNSET
        elif isinstance(self.freshdesk_metadata, JsonObject):
            freshdesk_metadata = self.freshdesk_metadata.to_dict()
        else:
            freshdesk_metadata = self.freshdesk_metadata

        zohodesk_metadata: dict[str, Any] | None | Unset
        if isinstance(self.zohodesk_metadata, Unset):
            zohodesk_metadata = UNSET
        elif isinstance(self.zohodesk_metadata, JsonObject):
            zohodesk_metadata = self.zohodesk_metadata.to_dict()
        else:
            zohodesk_metadata = self.zohodesk_metadata

        zohocrm_metadata: dict[str, Any] | None | Unset
        if isinstance(self.zohocrm_metadata, Unset):
            zohocrm_metadata = UNSET
        elif isinstance(self.zohocrm_metadata, JsonObject):
            zohocrm_metadata = self.zohocrm_metadata.to_dict()
        else:
            zohocrm_metadata = self.zohocrm_metadata

        ai_metadata: dict[str, Any] | None | Unset
        if isinstance(self.ai_metadata, Unset):
            ai_metadata = UNSET
        elif isinstance(self.ai_metadata, ChatAiMetadata):
            ai_metadata = self.ai_metadata.to_dict()
        else:
            ai_metadata = self.ai_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if chat_type is not UNSET:
            field_dict["chat_type"] = chat_type
        if chat_name is not UNSET:
            field_dict["chat_name"] = chat_name
        if chat_image is not UNSET:
            field_dict["chat_image"] = chat_image
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if chat_org_phones is not UNSET:
            field_dict["chat_org_phones"] = chat_org_phones
        if active_phone is not UNSET:
            field_dict["active_phone"] = active_phone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if latest_message is not UNSET:
            field_dict["latest_message"] = latest_message
        if latest_message_timestamp is not UNSET:
            field_dict["latest_message_timestamp"] = latest_message_timestamp
        if latest_message_timestamp_map is not UNSET:
            field_dict["latest_message_timestamp_map"] = latest_message_timestamp_map
        if latest_mention_at is not UNSET:
            field_dict["latest_mention_at"] = latest_mention_at
        if members is not UNSET:
            field_dict["members"] = members
        if member_count is not UNSET:
            field_dict["member_count"] = member_count
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if chat_access is not UNSET:
            field_dict["chat_access"] = chat_access
        if override_chat_access is not UNSET:
            field_dict["override_chat_access"] = override_chat_access
        if labels is not UNSET:
            field_dict["labels"] = labels
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if chat_labels is not UNSET:
            field_dict["chat_labels"] = chat_labels
        if custom_properties is not UNSET:
            field_dict["custom_properties"] = custom_properties
        if message_unread_count is not UNSET:
            field_dict["message_unread_count"] = message_unread_count
        if unread_count is not UNSET:
            field_dict["unread_count"] = unread_count
        if member_unread_count is not UNSET:
            field_dict["member_unread_count"] = member_unread_count
        if member_closed_at is not UNSET:
            field_dict["member_closed_at"] = member_closed_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if flag_count is not UNSET:
            field_dict["flag_count"] = flag_count
        if flag_count_map is not UNSET:
            field_dict["flag_count_map"] = flag_count_map
        if info_admins_only is not UNSET:
            field_dict["info_admins_only"] = info_admins_only
        if messages_admins_only is not UNSET:
            field_dict["messages_admins_only"] = messages_admins_only
        if add_members_admins_only is not UNSET:
            field_dict["add_members_admins_only"] = add_members_admins_only
        if group_description is not UNSET:
            field_dict["group_description"] = group_description
        if group_metadata is not UNSET:
            field_dict["group_metadata"] = group_metadata
        if invite_link is not UNSET:
            field_dict["invite_link"] = invite_link
        if is_exited is not UNSET:
            field_dict["is_exited"] = is_exited
        if is_muted is not UNSET:
            field_dict["is_muted"] = is_muted
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if initiated_by is not UNSET:
            field_dict["initiated_by"] = initiated_by
        if parent_community_id is not UNSET:
            field_dict["parent_community_id"] = parent_community_id
        if common_chats is not UNSET:
            field_dict["common_chats"] = common_chats
        if pinned_messages is not UNSET:
            field_dict["pinned_messages"] = pinned_messages
        if snooze_metadata is not UNSET:
            field_dict["snooze_metadata"] = snooze_metadata
        if hubspot_metadata is not UNSET:
            field_dict["hubspot_metadata"] = hubspot_metadata
        if freshdesk_metadata is not UNSET:
            field_dict["freshdesk_metadata"] = freshdesk_metadata
        if zohodesk_metadata is not UNSET:
            field_dict["zohodesk_metadata"] = zohodesk_metadata
        if zohocrm_metadata is not UNSET:
            field_dict["zohocrm_metadata"] = zohocrm_metadata
        if ai_metadata is not UNSET:
            field_dict["ai_metadata"] = ai_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        chat_id = get("chat_id", UNSET)

        _chat_type = get("chat_type", UNSET)
        chat_type: ChatType | None | Unset
        if _chat_type is None or _chat_type is UNSET:
            chat_type = _chat_type
        else:
            if not (isinstance(_chat_type, str)):
                raise TypeError(f"chat_type: unexpected {type(_chat_type).__name__}")
            chat_type_type_1 = ChatType.decode(_chat_type)

            chat_type = chat_type_type_1

        chat_name = get("chat_name", UNSET)

        chat_image = get("chat_image", UNSET)

        org_id = get("org_id", UNSET)

        org_phone = get("org_phone", UNSET)

        chat_org_phones = cast(list[str], get("chat_org_phones", UNSET))

        active_phone = get("active_phone", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if not (isinstance(_created_at, (str, int, float))):
                raise TypeError(f"created_at: unexpected {type(_created_at).__name__}")
            created_at_type_0 = parse_timestamp(_created_at)

            created_at = created_at_type_0

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not (isinstance(_updated_at, (str, int, float))):
                raise TypeError(f"updated_at: unexpected {type(_updated_at).__name__}")
            updated_at_type_0 = parse_timestamp(_updated_at)

            updated_at = updated_at_type_0

        _latest_message = get("latest_message", UNSET)
        latest_message: Message | None | Unset
        if _latest_message is None or _latest_message is UNSET:
            latest_message = _latest_message
        else:
            if not (isinstance(_latest_message, dict)):
                raise TypeError(f"latest_message: unexpected {type(_latest_message).__name__}")
            latest_message_type_1 = Message.from_dict(_latest_message)

            latest_message = latest_message_type_1

        _latest_message_timestamp = get("latest_message_timestamp", UNSET)
        latest_message_timestamp: datetime.datetime | None | Unset
        if _latest_message_timestamp is None or _latest_message_timestamp is UNSET:
            latest_message_timestamp = _latest_message_timestamp
        else:
            if not (isinstance(_latest_message_timestamp, (str, int, float))):
                raise TypeError(f"latest_message_timestamp: unexpected {type(_latest_message_timestamp).__name__}")
            latest_message_timestamp_type_0 = parse_timestamp(_latest_message_timestamp)

            latest_message_timestamp = latest_message_timestamp_type_0

        _latest_message_timestamp_map = get("latest_message_timestamp_map", UNSET)
        latest_message_timestamp_map: None | TimestampMap | Unset
        if _latest_message_timestamp_map is None or _latest_message_timestamp_map is UNSET:
            latest_message_timestamp_map = _latest_message_timestamp_map
        else:
            if not (isinstance(_latest_message_timestamp_map, dict)):
                raise TypeError(
                    f"latest_message_timestamp_map: unexpected {type(_latest_message_timestamp_map).__name__}"
                )
            latest_message_timestamp_map_type_1 = TimestampMap.from_dict(_latest_message_timestamp_map)

            latest_message_timestamp_map = latest_message_timestamp_map_type_1

        _latest_mention_at = get("latest_mention_at", UNSET)
        latest_mention_at: datetime.datetime | None | Unset
        if _latest_mention_at is None or _latest_mention_at is UNSET:
            latest_mention_at = _latest_mention_at
        else:
            if not (isinstance(_latest_mention_at, (str, int, float))):
                raise TypeError(f"latest_mention_at: unexpected {type(_latest_mention_at).__name__}")
            latest_mention_at_type_0 = parse_timestamp(_latest_mention_at)

            latest_mention_at = latest_mention_at_type_0

        _members = get("members", UNSET)
        members: ChatMembers | None | Unset
        if _members is None or _members is UNSET:
            members = _members
        else:
            if not (isinstance(_members, dict)):
                raise TypeError(f"members: unexpected {type(_members).__name__}")
            members_type_1 = ChatMembers.from_dict(_members)

            members = members_type_1

        member_count = get("member_count", UNSET)

        assigned_to = get("assigned_to", UNSET)

        _chat_access = get("chat_access", UNSET)
        chat_access: BooleanMap | None | Unset
        if _chat_access is None or _chat_access is UNSET:
            chat_access = _chat_access
        else:
            if not (isinstance(_chat_access, dict)):
                raise TypeError(f"chat_access: unexpected {type(_chat_access).__name__}")
            chat_access_type_1 = BooleanMap.from_dict(_chat_access)

            chat_access = chat_access_type_1

        override_chat_access = get("override_chat_access", UNSET)

        _labels = get("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not (isinstance(_labels, list)):
                raise TypeError(f"labels: unexpected {type(_labels).__name__}")
            labels_type_0 = cast(list[str], _labels)

            labels = labels_type_0

        _label_ids = get("label_ids", UNSET)
        label_ids: BooleanMap | None | Unset
        if _label_ids is None or _label_ids is UNSET:
            label_ids = _label_ids
        else:
            if not (isinstance(_label_ids, dict)):
                raise TypeError(f"label_ids: unexpected {type(_label_ids).__name__}")
            label_ids_type_1 = BooleanMap.from_dict(_label_ids)

            label_ids = label_ids_type_1

        chat_labels = get("chat_labels", UNSET)

        _custom_properties = get("custom_properties", UNSET)
        custom_properties: None | StringMap | Unset
        if _custom_properties is None or _custom_properties is UNSET:
            custom_properties = _custom_properties
        else:
            if not (isinstance(_custom_properties, dict)):
                raise TypeError(f"custom_properties: unexpected {type(_custom_properties).__name__}")
            custom_properties_type_1 = StringMap.from_dict(_custom_properties)

            custom_properties = custom_properties_type_1

        message_unread_count = get("message_unread_count", UNSET)

        _unread_count = get("unread_count", UNSET)
        unread_count: CountMap | None | Unset
        if _unread_count is None or _unread_count is UNSET:
            unread_count = _unread_count
        else:
            if not (isinstance(_unread_count, dict)):
                raise TypeError(f"unread_count: unexpected {type(_unread_count).__name__}")
            unread_count_type_1 = CountMap.from_dict(_unread_count)

            unread_count = unread_count_type_1

        _member_unread_count = get("member_unread_count", UNSET)
        member_unread_count: CountMap | None | Unset
        if _member_unread_count is None or _member_unread_count is UNSET:
            member_unread_count = _member_unread_count
        else:
            if not (isinstance(_member_unread_count, dict)):
                raise TypeError(f"member_unread_count: unexpected {type(_member_unread_count).__name__}")
            member_unread_count_type_1 = CountMap.from_dict(_member_unread_count)

            member_unread_count = member_unread_count_type_1

        _member_closed_at = get("member_closed_at", UNSET)
        member_closed_at: None | TimestampMap | Unset
        if _member_closed_at is None or _member_closed_at is UNSET:
            member_closed_at = _member_closed_at
        else:
            if not (isinstance(_member_closed_at, dict)):
                raise TypeError(f"member_closed_at: unexpected {type(_member_closed_at).__name__}")
            member_closed_at_type_1 = TimestampMap.from_dict(_member_closed_at)

            member_closed_at = member_closed_at_type_1

        _closed_at = get("closed_at", UNSET)
        closed_at: datetime.datetime | None | Unset
        if _closed_at is None or _closed_at is UNSET:
            closed_at = _closed_at
        else:
            if not (isinstance(_closed_at, (str, int, float))):
                raise TypeError(f"closed_at: unexpected {type(_closed_at).__name__}")
            closed_at_type_0 = parse_timestamp(_closed_at)

            closed_at = closed_at_type_0

        flag_count = get("flag_count", UNSET)

        _flag_count_map = get("flag_count_map", UNSET)
        flag_count_map: CountMap | None | Unset
        if _flag_count_map is None or _flag_count_map is UNSET:
            flag_count_map = _flag_count_map
        else:
            if not (isinstance(_flag_count_map, dict)):
                raise TypeError(f"flag_count_map: unexpected {type(_flag_count_map).__name__}")
            flag_count_map_type_1 = CountMap.from_dict(_flag_count_map)

            flag_count_map = flag_count_map_type_1

        info_admins_only = get("info_admins_only", UNSET)

        messages_admins_only = get("messages_admins_only", UNSET)

        add_members_admins_only = get("add_members_admins_only", UNSET)

        group_description = get("group_description", UNSET)

        _group_metadata = get("group_metadata", UNSET)
        group_metadata: JsonObject | None | Unset
        if _group_metadata is None or _group_metadata is UNSET:
            group_metadata = _group_metadata
        else:
            if not (isinstance(_group_metadata, dict)):
                raise TypeError(f"group_metadata: unexpected {type(_group_metadata).__name__}")
            group_metadata_type_1 = JsonObject.from_dict(_group_metadata)

            group_metadata = group_metadata_type_1

        invite_link = get("invite_link", UNSET)

        is_exited = get("is_exited", UNSET)

        is_muted = get("is_muted", UNSET)

        is_archived = get("is_archived", UNSET)

        is_pinned = get("is_pinned", UNSET)

        initiated_by = get("initiated_by", UNSET)

        parent_community_id = get("parent_community_id", UNSET)

        common_chats = cast(list[str], get("common_chats", UNSET))

        _pinned_messages = get("pinned_messages", UNSET)
        pinned_messages: list[PinnedMessage] | Unset = UNSET
        if _pinned_messages is not UNSET:
            pinned_messages = []
            for pinned_messages_item_data in _pinned_messages:
                pinned_messages_item = PinnedMessage.from_dict(pinned_messages_item_data)

                pinned_messages.append(pinned_messages_item)

        _snooze_metadata = get("snooze_metadata", UNSET)
        snooze_metadata: ChatSnooze | None | Unset
        if _snooze_metadata is None or _snooze_metadata is UNSET:
            snooze_metadata = _snooze_metadata
        else:
            if not (isinstance(_snooze_metadata, dict)):
                raise TypeError(f"snooze_metadata: unexpected {type(_snooze_metadata).__name__}")
            snooze_metadata_type_1 = ChatSnooze.from_dict(_snooze_metadata)

            snooze_metadata = snooze_metadata_type_1

        _hubspot_metadata = get("hubspot_metadata", UNSET)
        hubspot_metadata: HubspotMetadata | None | Unset
        if _hubspot_metadata is None or _hubspot_metadata is UNSET:
            hubspot_metadata = _hubspot_metadata
        else:
            if not (isinstance(_hubspot_metadata, dict)):
                raise TypeError(f"hubspot_metadata: unexpected {type(_hubspot_metadata).__name__}")
            hubspot_metadata_type_1 = HubspotMetadata.from_dict(_hubspot_metadata)

            hubspot_metadata = hubspot_metadata_type_1

        _freshdesk_metadata = get("freshdesk_metadata", UNSET)
        freshdesk_metadata: JsonObject | None | Unset
        if _freshdesk_metadata is None or _freshdesk_metadata is UNSET:
            freshdesk_metadata = _freshdesk_metadata
        else:
            if not (isinstance(_freshdesk_metadata, dict)):
                raise TypeError(f"freshdesk_metadata: unexpected {type(_freshdesk_metadata).__name__}")
            freshdesk_metadata_type_1 = JsonObject.from_dict(_freshdesk_metadata)

            freshdesk_metadata = freshdesk_metadata_type_1

        _zohodesk_metadata = get("zohodesk_metadata", UNSET)
        zohodesk_metadata: JsonObject | None | Unset
        if _zohodesk_metadata is None or _zohodesk_metadata is UNSET:
            zohodesk_metadata = _zohodesk_metadata
        else:
            if not (isinstance(_zohodesk_metadata, dict)):
                raise TypeError(f"zohodesk_metadata: unexpected {type(_zohodesk_metadata).__name__}")
            zohodesk_metadata_type_1 = JsonObject.from_dict(_zohodesk_metadata)

            zohodesk_metadata = zohodesk_metadata_type_1

        _zohocrm_metadata = get("zohocrm_metadata", UNSET)
        zohocrm_metadata: JsonObject | None | Unset
        if _zohocrm_metadata is None or _zohocrm_metadata is UNSET:
            zohocrm_metadata = _zohocrm_metadata
        else:
            if not (isinstance(_zohocrm_metadata, dict)):
                raise TypeError(f"zohocrm_metadata: unexpected {type(_zohocrm_metadata).__name__}")
            zohocrm_metadata_type_1 = JsonObject.from_dict(_zohocrm_metadata)

            zohocrm_metadata = zohocrm_metadata_type_1

        _ai_metadata = get("ai_metadata", UNSET)
        ai_metadata: ChatAiMetadata | None | Unset
        if _ai_metadata is None or _ai_metadata is UNSET:
            ai_metadata = _ai_metadata
        else:
            if not (isinstance(_ai_metadata, dict)):
                raise TypeError(f"ai_metadata: unexpected {type(_ai_metadata).__name__}")
            ai_metadata_type_1 = ChatAiMetadata.from_dict(_ai_metadata)

            ai_metadata = ai_metadata_type_1

        chat_info = cls(
            chat_id,
            chat_type,
            chat_name,
            chat_image,
            org_id,
            org_phone,
            chat_org_phones,
            active_phone,
            created_at,
            updated_at,
            latest_message,
            latest_message_timestamp,
            latest_message_timestamp_map,
            latest_mention_at,
            members,
            member_count,
            assigned_to,
            chat_access,
            override_chat_access,
            labels,
            label_ids,
            chat_labels,
            custom_properties,
            message_unread_count,
            unread_count,
            member_unread_count,
            member_closed_at,
            closed_at,
            flag_count,
            flag_count_map,
            info_admins_only,
            messages_admins_only,
            add_members_admins_only,
            group_description,
            group_metadata,
            invite_link,
            is_exited,
            is_muted,
            is_archived,
            is_pinned,
            initiated_by,
            parent_community_id,
            common_chats,
            pinned_messages,
            snooze_metadata,
            hubspot_metadata,
            freshdesk_metadata,
            zohodesk_metadata,
            zohocrm_metadata,
            ai_metadata,
        )

        chat_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
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


from ..models.boolean_map import BooleanMap  # noqa: E402
from ..models.chat_ai_metadata import ChatAiMetadata  # noqa: E402
from ..models.chat_members import ChatMembers  # noqa: E402
from ..models.chat_snooze import ChatSnooze  # noqa: E402
from ..models.count_map import CountMap  # noqa: E402
from ..models.hubspot_metadata import HubspotMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.pinned_message import PinnedMessage  # noqa: E402
from ..models.string_map import StringMap  # noqa: E402
from ..models.timestamp_map import TimestampMap  # noqa: E402
