# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_group_invite_body import AcceptGroupInviteBody
    from .ack import Ack
    from .add_participant_to_group_body import AddParticipantToGroupBody
    from .boolean_map import BooleanMap
    from .broadcast_message_body import BroadcastMessageBody
    from .broadcast_message_body_media import BroadcastMessageBodyMedia
    from .broadcast_message_body_poll import BroadcastMessageBodyPoll
    from .broadcast_message_body_variables_item import BroadcastMessageBodyVariablesItem
    from .broadcast_message_body_variables_item_values import BroadcastMessageBodyVariablesItemValues
    from .broadcast_payload import BroadcastPayload
    from .broadcast_result import BroadcastResult
    from .broadcast_state import BroadcastState
    from .broadcast_status import BroadcastStatus
    from .chat import Chat
    from .chat_ai_metadata import ChatAiMetadata
    from .chat_ai_metadata_activation_state import ChatAiMetadataActivationState
    from .chat_ai_settings import ChatAiSettings
    from .chat_audit_log import ChatAuditLog
    from .chat_audit_log_list import ChatAuditLogList
    from .chat_info import ChatInfo
    from .chat_list import ChatList
    from .chat_member import ChatMember
    from .chat_members import ChatMembers
    from .chat_operation_result import ChatOperationResult
    from .chat_snooze import ChatSnooze
    from .chat_type import ChatType
    from .close_ticket_metadata import CloseTicketMetadata
    from .contact import Contact
    from .contact_color import ContactColor
    from .contact_list import ContactList
    from .count_map import CountMap
    from .create_contact_body import CreateContactBody
    from .create_document_body import CreateDocumentBody
    from .create_document_body_document import CreateDocumentBodyDocument
    from .create_faq_body import CreateFaqBody
    from .create_group_body import CreateGroupBody
    from .create_group_body_options import CreateGroupBodyOptions
    from .create_note_body import CreateNoteBody
    from .create_note_body_media import CreateNoteBodyMedia
    from .create_note_body_media_type import CreateNoteBodyMediaType
    from .create_scheduled_message_body import CreateScheduledMessageBody
    from .create_ticket_body import CreateTicketBody
    from .create_webhook_body import CreateWebhookBody
    from .create_webhook_body_integration_metadata import CreateWebhookBodyIntegrationMetadata
    from .created_faq import CreatedFaq
    from .deleted_document import DeletedDocument
    from .deleted_faq import DeletedFaq
    from .deleted_scheduled_message import DeletedScheduledMessage
    from .delivery_info import DeliveryInfo
    from .demote_participant_to_member_body import DemoteParticipantToMemberBody
    from .document_upload import DocumentUpload
    from .edit_message_body import EditMessageBody
    from .error import Error
    from .error_fields import ErrorFields
    from .field_error import FieldError
    from .forward_message_body import ForwardMessageBody
    from .group_notification_type import GroupNotificationType
    from .hubspot_metadata import HubspotMetadata
    from .hubspot_metadata_pipeline_type_0 import HubspotMetadataPipelineType0
    from .hubspot_record import HubspotRecord
    from .hubspot_record_properties import HubspotRecordProperties
    from .hubspot_record_type import HubspotRecordType
    from .integration_type import IntegrationType
    from .invite_link import InviteLink
    from .invite_members_body import InviteMembersBody
    from .json_object import JsonObject
    from .knowledge_base_entry import KnowledgeBaseEntry
    from .knowledge_base_list import KnowledgeBaseList
    from .knowledge_base_type import KnowledgeBaseType
    from .list_message_queues_body import ListMessageQueuesBody
    from .media import Media
    from .media_dimensions import MediaDimensions
    from .member import Member
    from .member_color import MemberColor
    from .member_invite_error import MemberInviteError
    from .member_invite_error_detail import MemberInviteErrorDetail
    from .member_invite_result import MemberInviteResult
    from .member_role import MemberRole
    from .message import Message
    from .message_flag import MessageFlag
    from .message_key import MessageKey
    from .message_list import MessageList
    from .message_queue_job import MessageQueueJob
    from .message_queue_job_message import MessageQueueJobMessage
    from .message_queue_job_timeline import MessageQueueJobTimeline
    from .message_status import MessageStatus
    from .message_status_message import MessageStatusMessage
    from .message_status_timeline import MessageStatusTimeline
    from .message_status_value import MessageStatusValue
    from .message_type import MessageType
    from .note_created import NoteCreated
    from .note_list import NoteList
    from .notification import Notification
    from .notification_list import NotificationList
    from .participant_result import ParticipantResult
    from .phone import Phone
    from .phone_info import PhoneInfo
    from .phone_label_ids import PhoneLabelIds
    from .phone_queues import PhoneQueues
    from .phone_state import PhoneState
    from .pin_message_body import PinMessageBody
    from .pinned_message import PinnedMessage
    from .poll import Poll
    from .poll_options_type_0 import PollOptionsType0
    from .poll_results import PollResults
    from .poll_results_additional_property import PollResultsAdditionalProperty
    from .promote_participant_to_admin_body import PromoteParticipantToAdminBody
    from .purge_queue_body import PurgeQueueBody
    from .queue_health import QueueHealth
    from .queue_job import QueueJob
    from .queue_job_data import QueueJobData
    from .queue_status import QueueStatus
    from .react_to_message_body import ReactToMessageBody
    from .reaction import Reaction
    from .reaction_list import ReactionList
    from .receipt_times import ReceiptTimes
    from .remove_participant_from_group_body import RemoveParticipantFromGroupBody
    from .scheduled_message import ScheduledMessage
    from .scheduled_message_list import ScheduledMessageList
    from .scheduled_message_payload import ScheduledMessagePayload
    from .scheduled_occurrence import ScheduledOccurrence
    from .scheduled_occurrence_list import ScheduledOccurrenceList
    from .scheduled_repeat_config import ScheduledRepeatConfig
    from .send_message_body import SendMessageBody
    from .send_message_body_media import SendMessageBodyMedia
    from .send_message_body_media_type import SendMessageBodyMediaType
    from .send_message_body_options import SendMessageBodyOptions
    from .send_message_body_poll import SendMessageBodyPoll
    from .send_message_body_poll_options import SendMessageBodyPollOptions
    from .send_message_sync_body import SendMessageSyncBody
    from .send_message_sync_body_media import SendMessageSyncBodyMedia
    from .send_message_sync_body_media_type import SendMessageSyncBodyMediaType
    from .send_message_sync_body_options import SendMessageSyncBodyOptions
    from .send_message_sync_body_poll import SendMessageSyncBodyPoll
    from .send_message_sync_body_poll_options import SendMessageSyncBodyPollOptions
    from .send_result import SendResult
    from .send_sync_result import SendSyncResult
    from .single_message_payload import SingleMessagePayload
    from .single_message_payload_location import SingleMessagePayloadLocation
    from .single_message_payload_location_options import SingleMessagePayloadLocationOptions
    from .single_message_payload_message_type import SingleMessagePayloadMessageType
    from .single_message_payload_options import SingleMessagePayloadOptions
    from .single_message_payload_quoted_message_type import SingleMessagePayloadQuotedMessageType
    from .string_map import StringMap
    from .task import Task
    from .task_association import TaskAssociation
    from .task_completion import TaskCompletion
    from .task_kind import TaskKind
    from .task_list import TaskList
    from .task_status import TaskStatus
    from .ticket import Ticket
    from .ticket_details import TicketDetails
    from .ticket_info import TicketInfo
    from .ticket_list import TicketList
    from .ticket_message import TicketMessage
    from .ticket_priority import TicketPriority
    from .ticket_status import TicketStatus
    from .timestamp_map import TimestampMap
    from .update_chat_ai_settings_body import UpdateChatAiSettingsBody
    from .update_chat_body import UpdateChatBody
    from .update_chat_body_custom_properties import UpdateChatBodyCustomProperties
    from .update_chat_labels_body import UpdateChatLabelsBody
    from .update_chat_override_access_body import UpdateChatOverrideAccessBody
    from .update_chat_override_access_body_access import UpdateChatOverrideAccessBodyAccess
    from .update_contact_body import UpdateContactBody
    from .update_contact_labels_body import UpdateContactLabelsBody
    from .update_faq_body import UpdateFaqBody
    from .update_group_settings_body import UpdateGroupSettingsBody
    from .update_member_access_body import UpdateMemberAccessBody
    from .update_phone_body import UpdatePhoneBody
    from .update_scheduled_message_body import UpdateScheduledMessageBody
    from .update_ticket_body import UpdateTicketBody
    from .update_webhook_body import UpdateWebhookBody
    from .update_webhook_body_integration_metadata import UpdateWebhookBodyIntegrationMetadata
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_metadata import WebhookMetadata

_MODULES = {
    "AcceptGroupInviteBody": ".accept_group_invite_body",
    "Ack": ".ack",
    "AddParticipantToGroupBody": ".add_participant_to_group_body",
    "BooleanMap": ".boolean_map",
    "BroadcastMessageBody": ".broadcast_message_body",
    "BroadcastMessageBodyMedia": ".broadcast_message_body_media",
    "BroadcastMessageBodyPoll": ".broadcast_message_body_poll",
    "BroadcastMessageBodyVariablesItem": ".broadcast_message_body_variables_item",
    "BroadcastMessageBodyVariablesItemValues": ".broadcast_message_body_variables_item_values",
    "BroadcastPayload": ".broadcast_payload",
    "BroadcastResult": ".broadcast_result",
    "BroadcastState": ".broadcast_state",
    "BroadcastStatus": ".broadcast_status",
    "Chat": ".chat",
    "ChatAiMetadata": ".chat_ai_metadata",
    "ChatAiMetadataActivationState": ".chat_ai_metadata_activation_state",
    "ChatAiSettings": ".chat_ai_settings",
    "ChatAuditLog": ".chat_audit_log",
    "ChatAuditLogList": ".chat_audit_log_list",
    "ChatInfo": ".chat_info",
    "ChatList": ".chat_list",
    "ChatMember": ".chat_member",
    "ChatMembers": ".chat_members",
    "ChatOperationResult": ".chat_operation_result",
    "ChatSnooze": ".chat_snooze",
    "ChatType": ".chat_type",
    "CloseTicketMetadata": ".close_ticket_metadata",
    "Contact": ".contact",
    "ContactColor": ".contact_color",
    "ContactList": ".contact_list",
    "CountMap": ".count_map",
    "CreateContactBody": ".create_contact_body",
    "CreateDocumentBody": ".create_document_body",
    "CreateDocumentBodyDocument": ".create_document_body_document",
    "CreateFaqBody": ".create_faq_body",
    "CreateGroupBody": ".create_group_body",
    "CreateGroupBodyOptions": ".create_group_body_options",
    "CreateNoteBody": ".create_note_body",
    "CreateNoteBodyMedia": ".create_note_body_media",
    "CreateNoteBodyMediaType": ".create_note_body_media_type",
    "CreateScheduledMessageBody": ".create_scheduled_message_body",
    "CreateTicketBody": ".create_ticket_body",
    "CreateWebhookBody": ".create_webhook_body",
    "CreateWebhookBodyIntegrationMetadata": ".create_webhook_body_integration_metadata",
    "CreatedFaq": ".created_faq",
    "DeletedDocument": ".deleted_document",
    "DeletedFaq": ".deleted_faq",
    "DeletedScheduledMessage": ".deleted_scheduled_message",
    "DeliveryInfo": ".delivery_info",
    "DemoteParticipantToMemberBody": ".demote_participant_to_member_body",
    "DocumentUpload": ".document_upload",
    "EditMessageBody": ".edit_message_body",
    "Error": ".error",
    "ErrorFields": ".error_fields",
    "FieldError": ".field_error",
    "ForwardMessageBody": ".forward_message_body",
    "GroupNotificationType": ".group_notification_type",
    "HubspotMetadata": ".hubspot_metadata",
    "HubspotMetadataPipelineType0": ".hubspot_metadata_pipeline_type_0",
    "HubspotRecord": ".hubspot_record",
    "HubspotRecordProperties": ".hubspot_record_properties",
    "HubspotRecordType": ".hubspot_record_type",
    "IntegrationType": ".integration_type",
    "InviteLink": ".invite_link",
    "InviteMembersBody": ".invite_members_body",
    "JsonObject": ".json_object",
    "KnowledgeBaseEntry": ".knowledge_base_entry",
    "KnowledgeBaseList": ".knowledge_base_list",
    "KnowledgeBaseType": ".knowledge_base_type",
    "ListMessageQueuesBody": ".list_message_queues_body",
    "Media": ".media",
    "MediaDimensions": ".media_dimensions",
    "Member": ".member",
    "MemberColor": ".member_color",
    "MemberInviteError": ".member_invite_error",
    "MemberInviteErrorDetail": ".member_invite_error_detail",
    "MemberInviteResult": ".member_invite_result",
    "MemberRole": ".member_role",
    "Message": ".message",
    "MessageFlag": ".message_flag",
    "MessageKey": ".message_key",
    "MessageList": ".message_list",
    "MessageQueueJob": ".message_queue_job",
    "MessageQueueJobMessage": ".message_queue_job_message",
    "MessageQueueJobTimeline": ".message_queue_job_timeline",
    "MessageStatus": ".message_status",
    "MessageStatusMessage": ".message_status_message",
    "MessageStatusTimeline": ".message_status_timeline",
    "MessageStatusValue": ".message_status_value",
    "MessageType": ".message_type",
    "NoteCreated": ".note_created",
    "NoteList": ".note_list",
    "Notification": ".notification",
    "NotificationList": ".notification_list",
    "ParticipantResult": ".participant_result",
    "Phone": ".phone",
    "PhoneInfo": ".phone_info",
    "PhoneLabelIds": ".phone_label_ids",
    "PhoneQueues": ".phone_queues",
    "PhoneState": ".phone_state",
    "PinMessageBody": ".pin_message_body",
    "PinnedMessage": ".pinned_message",
    "Poll": ".poll",
    "PollOptionsType0": ".poll_options_type_0",
    "PollResults": ".poll_results",
    "PollResultsAdditionalProperty": ".poll_results_additional_property",
    "PromoteParticipantToAdminBody": ".promote_participant_to_admin_body",
    "PurgeQueueBody": ".purge_queue_body",
    "QueueHealth": ".queue_health",
    "QueueJob": ".queue_job",
    "QueueJobData": ".queue_job_data",
    "QueueStatus": ".queue_status",
    "ReactToMessageBody": ".react_to_message_body",
    "Reaction": ".reaction",
    "ReactionList": ".reaction_list",
    "ReceiptTimes": ".receipt_times",
    "RemoveParticipantFromGroupBody": ".remove_participant_from_group_body",
    "ScheduledMessage": ".scheduled_message",
    "ScheduledMessageList": ".scheduled_message_list",
    "ScheduledMessagePayload": ".scheduled_message_payload",
    "ScheduledOccurrence": ".scheduled_occurrence",
    "ScheduledOccurrenceList": ".scheduled_occurrence_list",
    "ScheduledRepeatConfig": ".scheduled_repeat_config",
    "SendMessageBody": ".send_message_body",
    "SendMessageBodyMedia": ".send_message_body_media",
    "SendMessageBodyMediaType": ".send_message_body_media_type",
    "SendMessageBodyOptions": ".send_message_body_options",
    "SendMessageBodyPoll": ".send_message_body_poll",
    "SendMessageBodyPollOptions": ".send_message_body_poll_options",
    "SendMessageSyncBody": ".send_message_sync_body",
    "SendMessageSyncBodyMedia": ".send_message_sync_body_media",
    "SendMessageSyncBodyMediaType": ".send_message_sync_body_media_type",
    "SendMessageSyncBodyOptions": ".send_message_sync_body_options",
    "SendMessageSyncBodyPoll": ".send_message_sync_body_poll",
    "SendMessageSyncBodyPollOptions": ".send_message_sync_body_poll_options",
    "SendResult": ".send_result",
    "SendSyncResult": ".send_sync_result",
    "SingleMessagePayload": ".single_message_payload",
    "SingleMessagePayloadLocation": ".single_message_payload_location",
    "SingleMessagePayloadLocationOptions": ".single_message_payload_location_options",
    "SingleMessagePayloadMessageType": ".single_message_payload_message_type",
    "SingleMessagePayloadOptions": ".single_message_payload_options",
    "SingleMessagePayloadQuotedMessageType": ".single_message_payload_quoted_message_type",
    "StringMap": ".string_map",
    "Task": ".task",
    "TaskAssociation": ".task_association",
    "TaskCompletion": ".task_completion",
    "TaskKind": ".task_kind",
    "TaskList": ".task_list",
    "TaskStatus": ".task_status",
    "Ticket": ".ticket",
    "TicketDetails": ".ticket_details",
    "TicketInfo": ".ticket_info",
    "TicketList": ".ticket_list",
    "TicketMessage": ".ticket_message",
    "TicketPriority": ".ticket_priority",
    "TicketStatus": ".ticket_status",
    "TimestampMap": ".timestamp_map",
    "UpdateChatAiSettingsBody": ".update_chat_ai_settings_body",
    "UpdateChatBody": ".update_chat_body",
    "UpdateChatBodyCustomProperties": ".update_chat_body_custom_properties",
    "UpdateChatLabelsBody": ".update_chat_labels_body",
    "UpdateChatOverrideAccessBody": ".update_chat_override_access_body",
    "UpdateChatOverrideAccessBodyAccess": ".update_chat_override_access_body_access",
    "UpdateContactBody": ".update_contact_body",
    "UpdateContactLabelsBody": ".update_contact_labels_body",
    "UpdateFaqBody": ".update_faq_body",
    "UpdateGroupSettingsBody": ".update_group_settings_body",
    "UpdateMemberAccessBody": ".update_member_access_body",
    "UpdatePhoneBody": ".update_phone_body",
    "UpdateScheduledMessageBody": ".update_scheduled_message_body",
    "UpdateTicketBody": ".update_ticket_body",
    "UpdateWebhookBody": ".update_webhook_body",
    "UpdateWebhookBodyIntegrationMetadata": ".update_webhook_body_integration_metadata",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookMetadata": ".webhook_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AcceptGroupInviteBody",
    "Ack",
    "AddParticipantToGroupBody",
    "BooleanMap",
    "BroadcastMessageBody",
    "BroadcastMessageBodyMedia",
    "BroadcastMessageBodyPoll",
    "BroadcastMessageBodyVariablesItem",
    "BroadcastMessageBodyVariablesItemValues",
    "BroadcastPayload",
    "BroadcastResult",
    "BroadcastState",
    "BroadcastStatus",
    "Chat",
    "ChatAiMetadata",
    "ChatAiMetadataActivationState",
    "ChatAiSettings",
    "ChatAuditLog",
    "ChatAuditLogList",
    "ChatInfo",
    "ChatList",
    "ChatMember",
    "ChatMembers",
    "ChatOperationResult",
    "ChatSnooze",
    "ChatType",
    "CloseTicketMetadata",
    "Contact",
    "ContactColor",
    "ContactList",
    "CountMap",
    "CreateContactBody",
    "CreatedFaq",
    "CreateDocumentBody",
    "CreateDocumentBodyDocument",
    "CreateFaqBody",
    "CreateGroupBody",
    "CreateGroupBodyOptions",
    "CreateNoteBody",
    "CreateNoteBodyMedia",
    "CreateNoteBodyMediaType",
    "CreateScheduledMessageBody",
    "CreateTicketBody",
    "CreateWebhookBody",
    "CreateWebhookBodyIntegrationMetadata",
    "DeletedDocument",
    "DeletedFaq",
    "DeletedScheduledMessage",
    "DeliveryInfo",
    "DemoteParticipantToMemberBody",
    "DocumentUpload",
    "EditMessageBody",
    "Error",
    "ErrorFields",
    "FieldError",
    "ForwardMessageBody",
    "GroupNotificationType",
    "HubspotMetadata",
    "HubspotMetadataPipelineType0",
    "HubspotRecord",
    "HubspotRecordProperties",
    "HubspotRecordType",
    "IntegrationType",
    "InviteLink",
    "InviteMembersBody",
    "JsonObject",
    "KnowledgeBaseEntry",
    "KnowledgeBaseList",
    "KnowledgeBaseType",
    "ListMessageQueuesBody",
    "Media",
    "MediaDimensions",
    "Member",
    "MemberColor",
    "MemberInviteError",
    "MemberInviteErrorDetail",
    "MemberInviteResult",
    "MemberRole",
    "Message",
    "MessageFlag",
    "MessageKey",
    "MessageList",
    "MessageQueueJob",
    "MessageQueueJobMessage",
    "MessageQueueJobTimeline",
    "MessageStatus",
    "MessageStatusMessage",
    "MessageStatusTimeline",
    "MessageStatusValue",
    "MessageType",
    "NoteCreated",
    "NoteList",
    "Notification",
    "NotificationList",
    "ParticipantResult",
    "Phone",
    "PhoneInfo",
    "PhoneLabelIds",
    "PhoneQueues",
    "PhoneState",
    "PinMessageBody",
    "PinnedMessage",
    "Poll",
    "PollOptionsType0",
    "PollResults",
    "PollResultsAdditionalProperty",
    "PromoteParticipantToAdminBody",
    "PurgeQueueBody",
    "QueueHealth",
    "QueueJob",
    "QueueJobData",
    "QueueStatus",
    "Reaction",
    "ReactionList",
    "ReactToMessageBody",
    "ReceiptTimes",
    "RemoveParticipantFromGroupBody",
    "ScheduledMessage",
    "ScheduledMessageList",
    "ScheduledMessagePayload",
    "ScheduledOccurrence",
    "ScheduledOccurrenceList",
    "ScheduledRepeatConfig",
    "SendMessageBody",
    "SendMessageBodyMedia",
    "SendMessageBodyMediaType",
    "SendMessageBodyOptions",
    "SendMessageBodyPoll",
    "SendMessageBodyPollOptions",
    "SendMessageSyncBody",
    "SendMessageSyncBodyMedia",
    "SendMessageSyncBodyMediaType",
    "SendMessageSyncBodyOptions",
    "SendMessageSyncBodyPoll",
    "SendMessageSyncBodyPollOptions",
    "SendResult",
    "SendSyncResult",
    "SingleMessagePayload",
    "SingleMessagePayloadLocation",
    "SingleMessagePayloadLocationOptions",
    "SingleMessagePayloadMessageType",
    "SingleMessagePayloadOptions",
    "SingleMessagePayloadQuotedMessageType",
    "StringMap",
    "Task",
    "TaskAssociation",
    "TaskCompletion",
    "TaskKind",
    "TaskList",
    "TaskStatus",
    "Ticket",
    "TicketDetails",
    "TicketInfo",
    "TicketList",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TimestampMap",
    "UpdateChatAiSettingsBody",
    "UpdateChatBody",
    "UpdateChatBodyCustomProperties",
    "UpdateChatLabelsBody",
    "UpdateChatOverrideAccessBody",
    "UpdateChatOverrideAccessBodyAccess",
    "UpdateContactBody",
    "UpdateContactLabelsBody",
    "UpdateFaqBody",
    "UpdateGroupSettingsBody",
    "UpdateMemberAccessBody",
    "UpdatePhoneBody",
    "UpdateScheduledMessageBody",
    "UpdateTicketBody",
    "UpdateWebhookBody",
    "UpdateWebhookBodyIntegrationMetadata",
    "Webhook",
    "WebhookEvent",
    "WebhookMetadata",
)
