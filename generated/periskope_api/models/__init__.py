# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .accept_group_invite_body import AcceptGroupInviteBody
from .ack import Ack
from .add_participant_to_group_body import AddParticipantToGroupBody
from .broadcast_message_body import BroadcastMessageBody
from .broadcast_message_body_media import BroadcastMessageBodyMedia
from .broadcast_message_body_poll import BroadcastMessageBodyPoll
from .broadcast_message_body_variables_item import BroadcastMessageBodyVariablesItem
from .broadcast_message_body_variables_item_values import BroadcastMessageBodyVariablesItemValues
from .broadcast_result import BroadcastResult
from .chat import Chat
from .chat_ai_metadata_type_0 import ChatAiMetadataType0
from .chat_ai_metadata_type_0_activation_state import ChatAiMetadataType0ActivationState
from .chat_chat_access import ChatChatAccess
from .chat_chat_type import ChatChatType
from .chat_flag_count_map import ChatFlagCountMap
from .chat_freshdesk_metadata import ChatFreshdeskMetadata
from .chat_group_metadata import ChatGroupMetadata
from .chat_hubspot_metadata_type_0 import ChatHubspotMetadataType0
from .chat_info import ChatInfo
from .chat_info_ai_metadata_type_0 import ChatInfoAiMetadataType0
from .chat_info_ai_metadata_type_0_activation_state import ChatInfoAiMetadataType0ActivationState
from .chat_info_chat_access import ChatInfoChatAccess
from .chat_info_chat_type import ChatInfoChatType
from .chat_info_custom_properties_type_0 import ChatInfoCustomPropertiesType0
from .chat_info_flag_count_map import ChatInfoFlagCountMap
from .chat_info_freshdesk_metadata import ChatInfoFreshdeskMetadata
from .chat_info_group_metadata import ChatInfoGroupMetadata
from .chat_info_hubspot_metadata_type_0 import ChatInfoHubspotMetadataType0
from .chat_info_label_ids import ChatInfoLabelIds
from .chat_info_latest_message_timestamp_map import ChatInfoLatestMessageTimestampMap
from .chat_info_member_closed_at import ChatInfoMemberClosedAt
from .chat_info_member_unread_count import ChatInfoMemberUnreadCount
from .chat_info_members_type_0 import ChatInfoMembersType0
from .chat_info_members_type_0_additional_property import ChatInfoMembersType0AdditionalProperty
from .chat_info_members_type_0_additional_property_contact_color import (
    ChatInfoMembersType0AdditionalPropertyContactColor,
)
from .chat_info_pinned_messages_item import ChatInfoPinnedMessagesItem
from .chat_info_snooze_metadata import ChatInfoSnoozeMetadata
from .chat_info_unread_count import ChatInfoUnreadCount
from .chat_info_zohocrm_metadata import ChatInfoZohocrmMetadata
from .chat_info_zohodesk_metadata import ChatInfoZohodeskMetadata
from .chat_label_ids import ChatLabelIds
from .chat_latest_message_timestamp_map import ChatLatestMessageTimestampMap
from .chat_list import ChatList
from .chat_member import ChatMember
from .chat_member_closed_at import ChatMemberClosedAt
from .chat_member_contact_color import ChatMemberContactColor
from .chat_member_unread_count import ChatMemberUnreadCount
from .chat_members_type_0 import ChatMembersType0
from .chat_operation_result import ChatOperationResult
from .chat_operation_result_additional_property import ChatOperationResultAdditionalProperty
from .chat_pinned_messages_item import ChatPinnedMessagesItem
from .chat_snooze_metadata import ChatSnoozeMetadata
from .chat_unread_count import ChatUnreadCount
from .chat_zohocrm_metadata import ChatZohocrmMetadata
from .chat_zohodesk_metadata import ChatZohodeskMetadata
from .contact import Contact
from .contact_contact_color import ContactContactColor
from .contact_list import ContactList
from .create_contact_body import CreateContactBody
from .create_document_body import CreateDocumentBody
from .create_document_body_document import CreateDocumentBodyDocument
from .create_document_response_200_item import CreateDocumentResponse200Item
from .create_faq_body import CreateFaqBody
from .create_faq_response_200 import CreateFaqResponse200
from .create_group_body import CreateGroupBody
from .create_group_body_options import CreateGroupBodyOptions
from .create_note_body import CreateNoteBody
from .create_note_body_media import CreateNoteBodyMedia
from .create_note_body_media_type import CreateNoteBodyMediaType
from .create_note_response_200 import CreateNoteResponse200
from .create_note_response_200_data import CreateNoteResponse200Data
from .create_ticket_body import CreateTicketBody
from .create_ticket_body_status import CreateTicketBodyStatus
from .create_webhook_body import CreateWebhookBody
from .create_webhook_body_integration_metadata import CreateWebhookBodyIntegrationMetadata
from .delete_document_response_200 import DeleteDocumentResponse200
from .delete_faq_response_200 import DeleteFaqResponse200
from .delivery_info import DeliveryInfo
from .demote_participant_to_member_body import DemoteParticipantToMemberBody
from .edit_message_body import EditMessageBody
from .error import Error
from .error_fields import ErrorFields
from .field_error import FieldError
from .forward_message_body import ForwardMessageBody
from .get_all_knowledge_base_response_200 import GetAllKnowledgeBaseResponse200
from .get_all_knowledge_base_type import GetAllKnowledgeBaseType
from .get_broadcast_status_response_200 import GetBroadcastStatusResponse200
from .get_broadcast_status_response_200_message_payload import GetBroadcastStatusResponse200MessagePayload
from .get_broadcast_status_response_200_message_payload_message_type import (
    GetBroadcastStatusResponse200MessagePayloadMessageType,
)
from .get_notes_by_chat_response_200 import GetNotesByChatResponse200
from .get_notes_response_200 import GetNotesResponse200
from .get_reactions_response_200 import GetReactionsResponse200
from .hubspot_record import HubspotRecord
from .hubspot_record_properties import HubspotRecordProperties
from .hubspot_record_properties_additional_property_item import HubspotRecordPropertiesAdditionalPropertyItem
from .hubspot_record_type import HubspotRecordType
from .invite_members_body import InviteMembersBody
from .invite_members_body_role import InviteMembersBodyRole
from .invite_members_response_200 import InviteMembersResponse200
from .invite_members_response_200_errors_item import InviteMembersResponse200ErrorsItem
from .invite_members_response_200_errors_item_error import InviteMembersResponse200ErrorsItemError
from .knowledge_base_entry import KnowledgeBaseEntry
from .knowledge_base_entry_type import KnowledgeBaseEntryType
from .media import Media
from .media_dimensions import MediaDimensions
from .member import Member
from .member_member_color import MemberMemberColor
from .member_role import MemberRole
from .message import Message
from .message_flag import MessageFlag
from .message_key import MessageKey
from .message_list import MessageList
from .message_type import MessageType
from .notification import Notification
from .notification_list import NotificationList
from .phone import Phone
from .phone_info import PhoneInfo
from .pin_message_body import PinMessageBody
from .poll import Poll
from .poll_options_type_0 import PollOptionsType0
from .poll_results import PollResults
from .poll_results_additional_property import PollResultsAdditionalProperty
from .promote_participant_to_admin_body import PromoteParticipantToAdminBody
from .purge_queue_body import PurgeQueueBody
from .queue_job import QueueJob
from .queue_job_data import QueueJobData
from .queue_status import QueueStatus
from .react_to_message_body import ReactToMessageBody
from .reaction import Reaction
from .receipt_times import ReceiptTimes
from .refresh_invite_response_200 import RefreshInviteResponse200
from .remove_participant_from_group_body import RemoveParticipantFromGroupBody
from .send_message_body import SendMessageBody
from .send_message_body_media import SendMessageBodyMedia
from .send_message_body_media_type import SendMessageBodyMediaType
from .send_message_body_options import SendMessageBodyOptions
from .send_message_body_poll import SendMessageBodyPoll
from .send_message_body_poll_options import SendMessageBodyPollOptions
from .send_result import SendResult
from .single_message_payload import SingleMessagePayload
from .single_message_payload_location import SingleMessagePayloadLocation
from .single_message_payload_location_options import SingleMessagePayloadLocationOptions
from .single_message_payload_message_type import SingleMessagePayloadMessageType
from .single_message_payload_options import SingleMessagePayloadOptions
from .single_message_payload_quoted_message_type import SingleMessagePayloadQuotedMessageType
from .ticket import Ticket
from .ticket_freshdesk_metadata import TicketFreshdeskMetadata
from .ticket_hubspot_metadata_type_0 import TicketHubspotMetadataType0
from .ticket_hubspot_metadata_type_0_pipeline import TicketHubspotMetadataType0Pipeline
from .ticket_info import TicketInfo
from .ticket_info_attached_messages_item import TicketInfoAttachedMessagesItem
from .ticket_info_message import TicketInfoMessage
from .ticket_info_ticket import TicketInfoTicket
from .ticket_info_ticket_priority import TicketInfoTicketPriority
from .ticket_info_ticket_ticket_custom_properties_type_0 import TicketInfoTicketTicketCustomPropertiesType0
from .ticket_label_ids import TicketLabelIds
from .ticket_list import TicketList
from .ticket_status import TicketStatus
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
from .update_ticket_body import UpdateTicketBody
from .update_webhook_body import UpdateWebhookBody
from .update_webhook_body_integration_metadata import UpdateWebhookBodyIntegrationMetadata
from .webhook import Webhook
from .webhook_integration_name import WebhookIntegrationName
from .webhook_type import WebhookType

__all__ = (
    "AcceptGroupInviteBody",
    "Ack",
    "AddParticipantToGroupBody",
    "BroadcastMessageBody",
    "BroadcastMessageBodyMedia",
    "BroadcastMessageBodyPoll",
    "BroadcastMessageBodyVariablesItem",
    "BroadcastMessageBodyVariablesItemValues",
    "BroadcastResult",
    "Chat",
    "ChatAiMetadataType0",
    "ChatAiMetadataType0ActivationState",
    "ChatChatAccess",
    "ChatChatType",
    "ChatFlagCountMap",
    "ChatFreshdeskMetadata",
    "ChatGroupMetadata",
    "ChatHubspotMetadataType0",
    "ChatInfo",
    "ChatInfoAiMetadataType0",
    "ChatInfoAiMetadataType0ActivationState",
    "ChatInfoChatAccess",
    "ChatInfoChatType",
    "ChatInfoCustomPropertiesType0",
    "ChatInfoFlagCountMap",
    "ChatInfoFreshdeskMetadata",
    "ChatInfoGroupMetadata",
    "ChatInfoHubspotMetadataType0",
    "ChatInfoLabelIds",
    "ChatInfoLatestMessageTimestampMap",
    "ChatInfoMemberClosedAt",
    "ChatInfoMembersType0",
    "ChatInfoMembersType0AdditionalProperty",
    "ChatInfoMembersType0AdditionalPropertyContactColor",
    "ChatInfoMemberUnreadCount",
    "ChatInfoPinnedMessagesItem",
    "ChatInfoSnoozeMetadata",
    "ChatInfoUnreadCount",
    "ChatInfoZohocrmMetadata",
    "ChatInfoZohodeskMetadata",
    "ChatLabelIds",
    "ChatLatestMessageTimestampMap",
    "ChatList",
    "ChatMember",
    "ChatMemberClosedAt",
    "ChatMemberContactColor",
    "ChatMembersType0",
    "ChatMemberUnreadCount",
    "ChatOperationResult",
    "ChatOperationResultAdditionalProperty",
    "ChatPinnedMessagesItem",
    "ChatSnoozeMetadata",
    "ChatUnreadCount",
    "ChatZohocrmMetadata",
    "ChatZohodeskMetadata",
    "Contact",
    "ContactContactColor",
    "ContactList",
    "CreateContactBody",
    "CreateDocumentBody",
    "CreateDocumentBodyDocument",
    "CreateDocumentResponse200Item",
    "CreateFaqBody",
    "CreateFaqResponse200",
    "CreateGroupBody",
    "CreateGroupBodyOptions",
    "CreateNoteBody",
    "CreateNoteBodyMedia",
    "CreateNoteBodyMediaType",
    "CreateNoteResponse200",
    "CreateNoteResponse200Data",
    "CreateTicketBody",
    "CreateTicketBodyStatus",
    "CreateWebhookBody",
    "CreateWebhookBodyIntegrationMetadata",
    "DeleteDocumentResponse200",
    "DeleteFaqResponse200",
    "DeliveryInfo",
    "DemoteParticipantToMemberBody",
    "EditMessageBody",
    "Error",
    "ErrorFields",
    "FieldError",
    "ForwardMessageBody",
    "GetAllKnowledgeBaseResponse200",
    "GetAllKnowledgeBaseType",
    "GetBroadcastStatusResponse200",
    "GetBroadcastStatusResponse200MessagePayload",
    "GetBroadcastStatusResponse200MessagePayloadMessageType",
    "GetNotesByChatResponse200",
    "GetNotesResponse200",
    "GetReactionsResponse200",
    "HubspotRecord",
    "HubspotRecordProperties",
    "HubspotRecordPropertiesAdditionalPropertyItem",
    "HubspotRecordType",
    "InviteMembersBody",
    "InviteMembersBodyRole",
    "InviteMembersResponse200",
    "InviteMembersResponse200ErrorsItem",
    "InviteMembersResponse200ErrorsItemError",
    "KnowledgeBaseEntry",
    "KnowledgeBaseEntryType",
    "Media",
    "MediaDimensions",
    "Member",
    "MemberMemberColor",
    "MemberRole",
    "Message",
    "MessageFlag",
    "MessageKey",
    "MessageList",
    "MessageType",
    "Notification",
    "NotificationList",
    "Phone",
    "PhoneInfo",
    "PinMessageBody",
    "Poll",
    "PollOptionsType0",
    "PollResults",
    "PollResultsAdditionalProperty",
    "PromoteParticipantToAdminBody",
    "PurgeQueueBody",
    "QueueJob",
    "QueueJobData",
    "QueueStatus",
    "Reaction",
    "ReactToMessageBody",
    "ReceiptTimes",
    "RefreshInviteResponse200",
    "RemoveParticipantFromGroupBody",
    "SendMessageBody",
    "SendMessageBodyMedia",
    "SendMessageBodyMediaType",
    "SendMessageBodyOptions",
    "SendMessageBodyPoll",
    "SendMessageBodyPollOptions",
    "SendResult",
    "SingleMessagePayload",
    "SingleMessagePayloadLocation",
    "SingleMessagePayloadLocationOptions",
    "SingleMessagePayloadMessageType",
    "SingleMessagePayloadOptions",
    "SingleMessagePayloadQuotedMessageType",
    "Ticket",
    "TicketFreshdeskMetadata",
    "TicketHubspotMetadataType0",
    "TicketHubspotMetadataType0Pipeline",
    "TicketInfo",
    "TicketInfoAttachedMessagesItem",
    "TicketInfoMessage",
    "TicketInfoTicket",
    "TicketInfoTicketPriority",
    "TicketInfoTicketTicketCustomPropertiesType0",
    "TicketLabelIds",
    "TicketList",
    "TicketStatus",
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
    "UpdateTicketBody",
    "UpdateWebhookBody",
    "UpdateWebhookBodyIntegrationMetadata",
    "Webhook",
    "WebhookIntegrationName",
    "WebhookType",
)
