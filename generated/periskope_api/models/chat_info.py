# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_int,
    bad_value,
    decode_error,
    decode_list,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.chat_type import ChatType

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


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "chat_id": "chat_id",
    "chat_type": "chat_type",
    "chat_name": "chat_name",
    "chat_image": "chat_image",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "chat_org_phones": "chat_org_phones",
    "active_phone": "active_phone",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "latest_message": "latest_message",
    "latest_message_timestamp": "latest_message_timestamp",
    "latest_message_timestamp_map": "latest_message_timestamp_map",
    "latest_mention_at": "latest_mention_at",
    "members": "members",
    "member_count": "member_count",
    "assigned_to": "assigned_to",
    "chat_access": "chat_access",
    "override_chat_access": "override_chat_access",
    "labels": "labels",
    "label_ids": "label_ids",
    "chat_labels": "chat_labels",
    "custom_properties": "custom_properties",
    "message_unread_count": "message_unread_count",
    "unread_count": "unread_count",
    "member_unread_count": "member_unread_count",
    "member_closed_at": "member_closed_at",
    "closed_at": "closed_at",
    "flag_count": "flag_count",
    "flag_count_map": "flag_count_map",
    "info_admins_only": "info_admins_only",
    "messages_admins_only": "messages_admins_only",
    "add_members_admins_only": "add_members_admins_only",
    "group_description": "group_description",
    "group_metadata": "group_metadata",
    "invite_link": "invite_link",
    "is_exited": "is_exited",
    "is_muted": "is_muted",
    "is_archived": "is_archived",
    "is_pinned": "is_pinned",
    "initiated_by": "initiated_by",
    "parent_community_id": "parent_community_id",
    "common_chats": "common_chats",
    "pinned_messages": "pinned_messages",
    "snooze_metadata": "snooze_metadata",
    "hubspot_metadata": "hubspot_metadata",
    "freshdesk_metadata": "freshdesk_metadata",
    "zohodesk_metadata": "zohodesk_metadata",
    "zohocrm_metadata": "zohocrm_metadata",
    "ai_metadata": "ai_metadata",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class ChatInfo:
    """The chat inside a ticket (TicketInfo.chat); the same fields as the chat object."""

    chat_id: str | None = None
    chat_type: ChatType | None = None
    chat_name: str | None = None
    chat_image: str | None = None
    org_id: str | None = None
    org_phone: str | None = None
    chat_org_phones: list[str] | None = None
    active_phone: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    latest_message: Message | None = None
    latest_message_timestamp: datetime.datetime | None = None
    latest_message_timestamp_map: TimestampMap | None = None
    latest_mention_at: datetime.datetime | None = None
    members: ChatMembers | None = None
    member_count: int | None = None
    assigned_to: str | None = None
    """ The member (email) the chat is assigned to. """
    chat_access: BooleanMap | None = None
    override_chat_access: Any | None = None
    labels: list[str] | None = None
    """ Label names. """
    label_ids: BooleanMap | None = None
    chat_labels: str | None = None
    """ Label names, comma-separated (ticket and webhook payloads). """
    custom_properties: StringMap | None = None
    """ Custom property name → value. """
    message_unread_count: int | None = None
    unread_count: CountMap | None = None
    member_unread_count: CountMap | None = None
    member_closed_at: TimestampMap | None = None
    closed_at: datetime.datetime | None = None
    flag_count: int | None = None
    flag_count_map: CountMap | None = None
    info_admins_only: bool | None = None
    messages_admins_only: bool | None = None
    add_members_admins_only: bool | None = None
    group_description: str | None = None
    group_metadata: JsonObject | None = None
    invite_link: str | None = None
    is_exited: bool | None = None
    is_muted: bool | None = None
    is_archived: bool | None = None
    is_pinned: bool | None = None
    initiated_by: str | None = None
    parent_community_id: str | None = None
    common_chats: list[str] | None = None
    pinned_messages: list[PinnedMessage] | None = None
    snooze_metadata: ChatSnooze | None = None
    hubspot_metadata: HubspotMetadata | None = None
    freshdesk_metadata: JsonObject | None = None
    zohodesk_metadata: JsonObject | None = None
    zohocrm_metadata: JsonObject | None = None
    ai_metadata: ChatAiMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        chat_type = self.chat_type
        if chat_type is not None:
            field_dict["chat_type"] = chat_type.value
        elif "chat_type" not in absent:
            field_dict["chat_type"] = None
        chat_name = self.chat_name
        if chat_name is not None:
            field_dict["chat_name"] = chat_name
        elif "chat_name" not in absent:
            field_dict["chat_name"] = None
        chat_image = self.chat_image
        if chat_image is not None:
            field_dict["chat_image"] = chat_image
        elif "chat_image" not in absent:
            field_dict["chat_image"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        chat_org_phones = self.chat_org_phones
        if chat_org_phones is not None:
            field_dict["chat_org_phones"] = chat_org_phones
        elif "chat_org_phones" not in absent:
            field_dict["chat_org_phones"] = None
        active_phone = self.active_phone
        if active_phone is not None:
            field_dict["active_phone"] = active_phone
        elif "active_phone" not in absent:
            field_dict["active_phone"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" not in absent:
            field_dict["updated_at"] = None
        latest_message = self.latest_message
        if latest_message is not None:
            field_dict["latest_message"] = latest_message.to_dict()
        elif "latest_message" not in absent:
            field_dict["latest_message"] = None
        latest_message_timestamp = self.latest_message_timestamp
        if latest_message_timestamp is not None:
            field_dict["latest_message_timestamp"] = latest_message_timestamp.isoformat()
        elif "latest_message_timestamp" not in absent:
            field_dict["latest_message_timestamp"] = None
        latest_message_timestamp_map = self.latest_message_timestamp_map
        if latest_message_timestamp_map is not None:
            field_dict["latest_message_timestamp_map"] = latest_message_timestamp_map.to_dict()
        elif "latest_message_timestamp_map" not in absent:
            field_dict["latest_message_timestamp_map"] = None
        latest_mention_at = self.latest_mention_at
        if latest_mention_at is not None:
            field_dict["latest_mention_at"] = latest_mention_at.isoformat()
        elif "latest_mention_at" not in absent:
            field_dict["latest_mention_at"] = None
        members = self.members
        if members is not None:
            field_dict["members"] = members.to_dict()
        elif "members" not in absent:
            field_dict["members"] = None
        member_count = self.member_count
        if member_count is not None:
            field_dict["member_count"] = member_count
        elif "member_count" not in absent:
            field_dict["member_count"] = None
        assigned_to = self.assigned_to
        if assigned_to is not None:
            field_dict["assigned_to"] = assigned_to
        elif "assigned_to" not in absent:
            field_dict["assigned_to"] = None
        chat_access = self.chat_access
        if chat_access is not None:
            field_dict["chat_access"] = chat_access.to_dict()
        elif "chat_access" not in absent:
            field_dict["chat_access"] = None
        override_chat_access = self.override_chat_access
        if override_chat_access is not None:
            field_dict["override_chat_access"] = override_chat_access
        elif "override_chat_access" not in absent:
            field_dict["override_chat_access"] = None
        labels = self.labels
        if labels is not None:
            field_dict["labels"] = labels
        elif "labels" not in absent:
            field_dict["labels"] = None
        label_ids = self.label_ids
        if label_ids is not None:
            field_dict["label_ids"] = label_ids.to_dict()
        elif "label_ids" not in absent:
            field_dict["label_ids"] = None
        chat_labels = self.chat_labels
        if chat_labels is not None:
            field_dict["chat_labels"] = chat_labels
        elif "chat_labels" not in absent:
            field_dict["chat_labels"] = None
        custom_properties = self.custom_properties
        if custom_properties is not None:
            field_dict["custom_properties"] = custom_properties.to_dict()
        elif "custom_properties" not in absent:
            field_dict["custom_properties"] = None
        message_unread_count = self.message_unread_count
        if message_unread_count is not None:
            field_dict["message_unread_count"] = message_unread_count
        elif "message_unread_count" not in absent:
            field_dict["message_unread_count"] = None
        unread_count = self.unread_count
        if unread_count is not None:
            field_dict["unread_count"] = unread_count.to_dict()
        elif "unread_count" not in absent:
            field_dict["unread_count"] = None
        member_unread_count = self.member_unread_count
        if member_unread_count is not None:
            field_dict["member_unread_count"] = member_unread_count.to_dict()
        elif "member_unread_count" not in absent:
            field_dict["member_unread_count"] = None
        member_closed_at = self.member_closed_at
        if member_closed_at is not None:
            field_dict["member_closed_at"] = member_closed_at.to_dict()
        elif "member_closed_at" not in absent:
            field_dict["member_closed_at"] = None
        closed_at = self.closed_at
        if closed_at is not None:
            field_dict["closed_at"] = closed_at.isoformat()
        elif "closed_at" not in absent:
            field_dict["closed_at"] = None
        flag_count = self.flag_count
        if flag_count is not None:
            field_dict["flag_count"] = flag_count
        elif "flag_count" not in absent:
            field_dict["flag_count"] = None
        flag_count_map = self.flag_count_map
        if flag_count_map is not None:
            field_dict["flag_count_map"] = flag_count_map.to_dict()
        elif "flag_count_map" not in absent:
            field_dict["flag_count_map"] = None
        info_admins_only = self.info_admins_only
        if info_admins_only is not None:
            field_dict["info_admins_only"] = info_admins_only
        elif "info_admins_only" not in absent:
            field_dict["info_admins_only"] = None
        messages_admins_only = self.messages_admins_only
        if messages_admins_only is not None:
            field_dict["messages_admins_only"] = messages_admins_only
        elif "messages_admins_only" not in absent:
            field_dict["messages_admins_only"] = None
        add_members_admins_only = self.add_members_admins_only
        if add_members_admins_only is not None:
            field_dict["add_members_admins_only"] = add_members_admins_only
        elif "add_members_admins_only" not in absent:
            field_dict["add_members_admins_only"] = None
        group_description = self.group_description
        if group_description is not None:
            field_dict["group_description"] = group_description
        elif "group_description" not in absent:
            field_dict["group_description"] = None
        group_metadata = self.group_metadata
        if group_metadata is not None:
            field_dict["group_metadata"] = group_metadata.to_dict()
        elif "group_metadata" not in absent:
            field_dict["group_metadata"] = None
        invite_link = self.invite_link
        if invite_link is not None:
            field_dict["invite_link"] = invite_link
        elif "invite_link" not in absent:
            field_dict["invite_link"] = None
        is_exited = self.is_exited
        if is_exited is not None:
            field_dict["is_exited"] = is_exited
        elif "is_exited" not in absent:
            field_dict["is_exited"] = None
        is_muted = self.is_muted
        if is_muted is not None:
            field_dict["is_muted"] = is_muted
        elif "is_muted" not in absent:
            field_dict["is_muted"] = None
        is_archived = self.is_archived
        if is_archived is not None:
            field_dict["is_archived"] = is_archived
        elif "is_archived" not in absent:
            field_dict["is_archived"] = None
        is_pinned = self.is_pinned
        if is_pinned is not None:
            field_dict["is_pinned"] = is_pinned
        elif "is_pinned" not in absent:
            field_dict["is_pinned"] = None
        initiated_by = self.initiated_by
        if initiated_by is not None:
            field_dict["initiated_by"] = initiated_by
        elif "initiated_by" not in absent:
            field_dict["initiated_by"] = None
        parent_community_id = self.parent_community_id
        if parent_community_id is not None:
            field_dict["parent_community_id"] = parent_community_id
        elif "parent_community_id" not in absent:
            field_dict["parent_community_id"] = None
        common_chats = self.common_chats
        if common_chats is not None:
            field_dict["common_chats"] = common_chats
        elif "common_chats" not in absent:
            field_dict["common_chats"] = None
        pinned_messages = self.pinned_messages
        if pinned_messages is not None:
            field_dict["pinned_messages"] = [item.to_dict() for item in pinned_messages]
        elif "pinned_messages" not in absent:
            field_dict["pinned_messages"] = None
        snooze_metadata = self.snooze_metadata
        if snooze_metadata is not None:
            field_dict["snooze_metadata"] = snooze_metadata.to_dict()
        elif "snooze_metadata" not in absent:
            field_dict["snooze_metadata"] = None
        hubspot_metadata = self.hubspot_metadata
        if hubspot_metadata is not None:
            field_dict["hubspot_metadata"] = hubspot_metadata.to_dict()
        elif "hubspot_metadata" not in absent:
            field_dict["hubspot_metadata"] = None
        freshdesk_metadata = self.freshdesk_metadata
        if freshdesk_metadata is not None:
            field_dict["freshdesk_metadata"] = freshdesk_metadata.to_dict()
        elif "freshdesk_metadata" not in absent:
            field_dict["freshdesk_metadata"] = None
        zohodesk_metadata = self.zohodesk_metadata
        if zohodesk_metadata is not None:
            field_dict["zohodesk_metadata"] = zohodesk_metadata.to_dict()
        elif "zohodesk_metadata" not in absent:
            field_dict["zohodesk_metadata"] = None
        zohocrm_metadata = self.zohocrm_metadata
        if zohocrm_metadata is not None:
            field_dict["zohocrm_metadata"] = zohocrm_metadata.to_dict()
        elif "zohocrm_metadata" not in absent:
            field_dict["zohocrm_metadata"] = None
        ai_metadata = self.ai_metadata
        if ai_metadata is not None:
            field_dict["ai_metadata"] = ai_metadata.to_dict()
        elif "ai_metadata" not in absent:
            field_dict["ai_metadata"] = None
        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a compact JSON string."""
        return to_json(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object; a value that does not fit its declared type raises DecodeError naming the path."""
        try:
            return cls._from_dict(src_dict)
        except DecodePathError as exc:
            raise exc.within_model("ChatInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatInfo", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "ChatInfo")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        chat_type = get("chat_type")
        if chat_type is not None:
            try:
                chat_type = ChatType.decode(chat_type)
            except (TypeError, ValueError):
                raise bad_value("chat_type", chat_type, "ChatType") from None

        chat_name = get("chat_name")
        if chat_name is not None:
            if not isinstance(chat_name, str):
                raise wrong_type("chat_name", chat_name, "str")

        chat_image = get("chat_image")
        if chat_image is not None:
            if not isinstance(chat_image, str):
                raise wrong_type("chat_image", chat_image, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        chat_org_phones = get("chat_org_phones")
        if chat_org_phones is not None:
            chat_org_phones = str_list(chat_org_phones, "chat_org_phones")

        active_phone = get("active_phone")
        if active_phone is not None:
            if not isinstance(active_phone, str):
                raise wrong_type("active_phone", active_phone, "str")

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        updated_at = get("updated_at")
        if updated_at is not None:
            try:
                updated_at = parse_timestamp(updated_at)
            except (TypeError, ValueError):
                raise bad_value("updated_at", updated_at, "a timestamp") from None

        latest_message = get("latest_message")
        if latest_message is not None:
            try:
                latest_message = Message._from_dict(latest_message)
            except DecodePathError as exc:
                raise exc.at("latest_message") from None

        latest_message_timestamp = get("latest_message_timestamp")
        if latest_message_timestamp is not None:
            try:
                latest_message_timestamp = parse_timestamp(latest_message_timestamp)
            except (TypeError, ValueError):
                raise bad_value("latest_message_timestamp", latest_message_timestamp, "a timestamp") from None

        latest_message_timestamp_map = get("latest_message_timestamp_map")
        if latest_message_timestamp_map is not None:
            try:
                latest_message_timestamp_map = TimestampMap._from_dict(latest_message_timestamp_map)
            except DecodePathError as exc:
                raise exc.at("latest_message_timestamp_map") from None

        latest_mention_at = get("latest_mention_at")
        if latest_mention_at is not None:
            try:
                latest_mention_at = parse_timestamp(latest_mention_at)
            except (TypeError, ValueError):
                raise bad_value("latest_mention_at", latest_mention_at, "a timestamp") from None

        members = get("members")
        if members is not None:
            try:
                members = ChatMembers._from_dict(members)
            except DecodePathError as exc:
                raise exc.at("members") from None

        member_count = get("member_count")
        if member_count is not None:
            if member_count.__class__ is not int:
                member_count = as_int(member_count, "member_count")

        assigned_to = get("assigned_to")
        if assigned_to is not None:
            if not isinstance(assigned_to, str):
                raise wrong_type("assigned_to", assigned_to, "str")

        chat_access = get("chat_access")
        if chat_access is not None:
            try:
                chat_access = BooleanMap._from_dict(chat_access)
            except DecodePathError as exc:
                raise exc.at("chat_access") from None

        override_chat_access = get("override_chat_access")
        labels = get("labels")
        if labels is not None:
            labels = str_list(labels, "labels")

        label_ids = get("label_ids")
        if label_ids is not None:
            try:
                label_ids = BooleanMap._from_dict(label_ids)
            except DecodePathError as exc:
                raise exc.at("label_ids") from None

        chat_labels = get("chat_labels")
        if chat_labels is not None:
            if not isinstance(chat_labels, str):
                raise wrong_type("chat_labels", chat_labels, "str")

        custom_properties = get("custom_properties")
        if custom_properties is not None:
            try:
                custom_properties = StringMap._from_dict(custom_properties)
            except DecodePathError as exc:
                raise exc.at("custom_properties") from None

        message_unread_count = get("message_unread_count")
        if message_unread_count is not None:
            if message_unread_count.__class__ is not int:
                message_unread_count = as_int(message_unread_count, "message_unread_count")

        unread_count = get("unread_count")
        if unread_count is not None:
            try:
                unread_count = CountMap._from_dict(unread_count)
            except DecodePathError as exc:
                raise exc.at("unread_count") from None

        member_unread_count = get("member_unread_count")
        if member_unread_count is not None:
            try:
                member_unread_count = CountMap._from_dict(member_unread_count)
            except DecodePathError as exc:
                raise exc.at("member_unread_count") from None

        member_closed_at = get("member_closed_at")
        if member_closed_at is not None:
            try:
                member_closed_at = TimestampMap._from_dict(member_closed_at)
            except DecodePathError as exc:
                raise exc.at("member_closed_at") from None

        closed_at = get("closed_at")
        if closed_at is not None:
            try:
                closed_at = parse_timestamp(closed_at)
            except (TypeError, ValueError):
                raise bad_value("closed_at", closed_at, "a timestamp") from None

        flag_count = get("flag_count")
        if flag_count is not None:
            if flag_count.__class__ is not int:
                flag_count = as_int(flag_count, "flag_count")

        flag_count_map = get("flag_count_map")
        if flag_count_map is not None:
            try:
                flag_count_map = CountMap._from_dict(flag_count_map)
            except DecodePathError as exc:
                raise exc.at("flag_count_map") from None

        info_admins_only = get("info_admins_only")
        if info_admins_only is not None:
            if info_admins_only.__class__ is not bool:
                raise wrong_type("info_admins_only", info_admins_only, "bool")

        messages_admins_only = get("messages_admins_only")
        if messages_admins_only is not None:
            if messages_admins_only.__class__ is not bool:
                raise wrong_type("messages_admins_only", messages_admins_only, "bool")

        add_members_admins_only = get("add_members_admins_only")
        if add_members_admins_only is not None:
            if add_members_admins_only.__class__ is not bool:
                raise wrong_type("add_members_admins_only", add_members_admins_only, "bool")

        group_description = get("group_description")
        if group_description is not None:
            if not isinstance(group_description, str):
                raise wrong_type("group_description", group_description, "str")

        group_metadata = get("group_metadata")
        if group_metadata is not None:
            try:
                group_metadata = JsonObject._from_dict(group_metadata)
            except DecodePathError as exc:
                raise exc.at("group_metadata") from None

        invite_link = get("invite_link")
        if invite_link is not None:
            if not isinstance(invite_link, str):
                raise wrong_type("invite_link", invite_link, "str")

        is_exited = get("is_exited")
        if is_exited is not None:
            if is_exited.__class__ is not bool:
                raise wrong_type("is_exited", is_exited, "bool")

        is_muted = get("is_muted")
        if is_muted is not None:
            if is_muted.__class__ is not bool:
                raise wrong_type("is_muted", is_muted, "bool")

        is_archived = get("is_archived")
        if is_archived is not None:
            if is_archived.__class__ is not bool:
                raise wrong_type("is_archived", is_archived, "bool")

        is_pinned = get("is_pinned")
        if is_pinned is not None:
            if is_pinned.__class__ is not bool:
                raise wrong_type("is_pinned", is_pinned, "bool")

        initiated_by = get("initiated_by")
        if initiated_by is not None:
            if not isinstance(initiated_by, str):
                raise wrong_type("initiated_by", initiated_by, "str")

        parent_community_id = get("parent_community_id")
        if parent_community_id is not None:
            if not isinstance(parent_community_id, str):
                raise wrong_type("parent_community_id", parent_community_id, "str")

        common_chats = get("common_chats")
        if common_chats is not None:
            common_chats = str_list(common_chats, "common_chats")

        pinned_messages = get("pinned_messages")
        if pinned_messages is not None:
            pinned_messages = decode_list(pinned_messages, "pinned_messages", PinnedMessage._from_dict)

        snooze_metadata = get("snooze_metadata")
        if snooze_metadata is not None:
            try:
                snooze_metadata = ChatSnooze._from_dict(snooze_metadata)
            except DecodePathError as exc:
                raise exc.at("snooze_metadata") from None

        hubspot_metadata = get("hubspot_metadata")
        if hubspot_metadata is not None:
            try:
                hubspot_metadata = HubspotMetadata._from_dict(hubspot_metadata)
            except DecodePathError as exc:
                raise exc.at("hubspot_metadata") from None

        freshdesk_metadata = get("freshdesk_metadata")
        if freshdesk_metadata is not None:
            try:
                freshdesk_metadata = JsonObject._from_dict(freshdesk_metadata)
            except DecodePathError as exc:
                raise exc.at("freshdesk_metadata") from None

        zohodesk_metadata = get("zohodesk_metadata")
        if zohodesk_metadata is not None:
            try:
                zohodesk_metadata = JsonObject._from_dict(zohodesk_metadata)
            except DecodePathError as exc:
                raise exc.at("zohodesk_metadata") from None

        zohocrm_metadata = get("zohocrm_metadata")
        if zohocrm_metadata is not None:
            try:
                zohocrm_metadata = JsonObject._from_dict(zohocrm_metadata)
            except DecodePathError as exc:
                raise exc.at("zohocrm_metadata") from None

        ai_metadata = get("ai_metadata")
        if ai_metadata is not None:
            try:
                ai_metadata = ChatAiMetadata._from_dict(ai_metadata)
            except DecodePathError as exc:
                raise exc.at("ai_metadata") from None

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
        chat_info._absent = absent_keys(_WIRE_KEYS, d)
        chat_info.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_info

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

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
