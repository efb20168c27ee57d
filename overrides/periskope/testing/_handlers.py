"""The stateful operations of FakePeriskope: messages, chats and participants, contacts, labels, notes, tickets.
Each handler returns the response body (None: a sample of the documented response) or raises Reply."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable, Mapping

from ._fake import ACK_FAILED, ACK_PENDING, ACK_SENT, JSON, FakePeriskope, Reply, Request, chat_jid, handles, now

# -- lists ---------------------------------------------------------------------------------------------------------


def page(call: Request, key: str, items: Iterable[JSON]) -> JSON:
    """The API's list envelope: one array, `count` (all items), `from`/`to` (1-based) of this offset/limit slice."""
    everything = list(items)
    offset = _int(call, "offset", 0)
    limit = _int(call, "limit", 2000)
    window = everything[offset : offset + limit]
    return {"from": offset + 1, "to": offset + len(window), "count": len(everything), key: window}


def _int(call: Request, name: str, default: int) -> int:
    value = call.query.get(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise Reply(422, "VALIDATION_ERROR", f"{name} must be an integer") from None
    if number < 0:
        raise Reply(422, "VALIDATION_ERROR", f"{name} must be 0 or more")
    return number


def labels(value: object) -> list[str]:
    if isinstance(value, str):
        return [label.strip() for label in value.split(",") if label.strip()]
    return [str(label) for label in value] if isinstance(value, list) else []


# -- messages ------------------------------------------------------------------------------------------------------


@handles("sendMessage")
def send_message(fake: FakePeriskope, call: Request) -> JSON:
    message = _send(fake, call, call.field("chat_id"), ack=ACK_PENDING)
    queue_id = str(uuid.uuid4())
    message["queue_id"] = queue_id
    fake._ids[queue_id] = message["message_id"]
    position = sum(1 for m in fake.messages.values() if m["from_me"] and m["ack"] == ACK_PENDING)
    return {"queue_id": queue_id, "queue_position": position, "unique_id": message["unique_id"]}


@handles("sendMessageSync")
def send_message_sync(fake: FakePeriskope, call: Request) -> JSON:
    message = _send(fake, call, call.field("chat_id"), ack=ACK_SENT)
    return {"status": "sent", "unique_id": message["unique_id"], "message": message}


def _send(fake: FakePeriskope, call: Request, chat_id: object, *, ack: int) -> JSON:
    chat = fake.add_chat(str(chat_id))
    media = call.field("media")
    body = call.field("message")
    if body is None and media is None and call.field("poll") is None:
        raise Reply(400, "BAD_REQUEST", "A message needs a message, media or poll")
    extra = {"quoted_message_id": call.field("reply_to"), "has_quoted_msg": call.field("reply_to") is not None}
    return fake.store_message(chat["chat_id"], body, from_me=True, ack=ack, media=media, **extra)


@handles("broadcastMessage")
def broadcast_message(fake: FakePeriskope, call: Request) -> JSON:
    broadcast_id = str(uuid.uuid4())
    payload = {"body": call.field("message") or "", "message_type": "chat", "performed_by": "api"}
    fake.broadcasts[broadcast_id] = {"broadcast_id": broadcast_id, "org_id": fake.org_id, "created_at": now(),
                                     "message_payload": payload}  # fmt: skip
    for chat_id in call.field("chat_ids") or []:
        message = _send(fake, call, chat_id, ack=ACK_PENDING)
        message["broadcast_id"] = broadcast_id
    return {"broadcast_id": broadcast_id}


@handles("getBroadcastStatus")
def broadcast_status(fake: FakePeriskope, call: Request) -> JSON:
    """A broadcast's progress from its messages (each read once, so auto_ack moves them): in progress while one is
    queued, then completed."""
    broadcast = fake.broadcasts.get(call.query.get("broadcast_id", ""))
    if broadcast is None:
        raise Reply(404, "NOT_FOUND", f"Broadcast {call.query.get('broadcast_id')!r} not found")
    messages = [
        fake.read_message(m) for m in fake.messages.values() if m.get("broadcast_id") == broadcast["broadcast_id"]
    ]
    acks = [m["ack"] for m in messages]
    members = sum(len(fake.recipients(m["chat_id"])) for m in messages)
    delivered = sum(m["delivery_info"]["delivered_count"] for m in messages)
    read = sum(m["delivery_info"]["read_count"] for m in messages)
    pending = acks.count(ACK_PENDING)
    return {
        **broadcast,
        "broadcast_status": "inprogress" if pending else "completed",
        "scheduled_at": None,
        "performed_at": broadcast["created_at"],
        "performed_by": "api",
        "total_chats": len(messages),
        "sent_chats": sum(1 for ack in acks if ack > ACK_PENDING),
        "failed_chats": acks.count(ACK_FAILED),
        "pending_chats": pending,
        "total_member_count": members,
        "total_delivered_count": delivered,
        "total_read_count": read,
        "delivered_percentage": round(100 * delivered / members, 2) if members else 0,
        "read_percentage": round(100 * read / members, 2) if members else 0,
        "logs": [],
    }


@handles("getMessage")
def get_message(fake: FakePeriskope, call: Request) -> JSON:
    return fake.read_message(fake.find_message(call.params["message_id"]))


@handles("getMessageStatus")
def message_status(fake: FakePeriskope, call: Request) -> JSON:
    message_id = fake._ids.get(call.params["unique_id"])
    message = fake.messages.get(message_id or "")
    if message is None or not message["from_me"]:
        raise Reply(404, "NOT_FOUND", f"Message {call.params['unique_id']} not found")
    return fake.status(fake.read_message(message))


@handles("editMessage")
def edit_message(fake: FakePeriskope, call: Request) -> JSON:
    message = fake.find_message(call.params["message_id"])
    previous = message["body"]
    message.update(body=call.field("edited_body"), prev_body=previous, updated_at=now())
    fake.emit("message.updated", message, {"body": previous})
    return {}


@handles("deleteMessage")
def delete_message(fake: FakePeriskope, call: Request) -> JSON:
    message = fake.find_message(call.params["message_id"])
    message.update(is_deleted=True, message_type="revoked", body="", updated_at=now())
    fake.emit("message.deleted", message, {"is_deleted": False})
    return {}


@handles("forwardMessage")
def forward_message(fake: FakePeriskope, call: Request) -> JSON:
    original = fake.find_message(call.params["message_id"])
    for chat_id in call.field("forward_chat_ids") or []:
        chat = fake.add_chat(chat_id)
        fake.store_message(chat["chat_id"], original["body"], from_me=True, media=original.get("media"),
                           is_forwarded=True, forwarding_score=1)  # fmt: skip
    return {}


@handles("reactToMessage")
def react_to_message(fake: FakePeriskope, call: Request) -> JSON:
    message = fake.find_message(call.params["message_id"])
    emoji = call.field("reaction") or ""
    reactions = [r for r in message["reactions"] if r.get("sender_id") != fake.phone_jid]
    reaction: JSON = {
        "reaction_id": "reaction-" + secrets.token_hex(8),
        "message_id": message["message_id"],
        "reaction": emoji,
        "sender_id": fake.phone_jid,
        "chat_id": message["chat_id"],
        "org_id": fake.org_id,
        "org_phone": fake.phone_jid,
        "timestamp": now(),
    }
    if emoji:
        reactions.append(reaction)
    message.update(reactions=reactions, has_reaction=bool(reactions))
    fake.emit("reaction.created" if emoji else "reaction.updated", reaction)
    return {}


@handles("pinMessage")
def pin_message(fake: FakePeriskope, call: Request) -> JSON:
    message = fake.find_message(call.params["message_id"])
    chat = fake.add_chat(message["chat_id"])
    pinned = [m for m in chat.get("pinned_messages") or [] if m != message["message_id"]]
    if call.field("pin", True):
        pinned.append(message["message_id"])
    chat["pinned_messages"] = pinned
    return {}


# -- chats and groups ----------------------------------------------------------------------------------------------


def _chat(fake: FakePeriskope, call: Request) -> JSON:
    chat_id = chat_jid(call.params["chat_id"])
    if chat_id not in fake.chats:
        raise Reply(404, "NOT_FOUND", f"Chat {chat_id} not found")
    return fake.chats[chat_id]


@handles("getChatById")
def get_chat(fake: FakePeriskope, call: Request) -> JSON:
    return _chat(fake, call)


@handles("listAllChats")
def list_chats(fake: FakePeriskope, call: Request) -> JSON:
    chat_type = call.query.get("chat_type")
    label = call.query.get("label")
    chats = [
        chat for chat in fake.chats.values()
        if (chat_type is None or chat["chat_type"] == chat_type) and (label is None or label in chat["labels"])
    ]  # fmt: skip
    return page(call, "chats", chats)


@handles("listAllMessages")
def list_messages(fake: FakePeriskope, call: Request) -> JSON:
    return page(call, "messages", fake.messages.values())


@handles("getMessagesInAChat")
def chat_messages(fake: FakePeriskope, call: Request) -> JSON:
    chat = _chat(fake, call)
    return page(call, "messages", (m for m in fake.messages.values() if m["chat_id"] == chat["chat_id"]))


@handles("createGroup")
def create_group(fake: FakePeriskope, call: Request) -> JSON:
    chat_id = f"1203634{secrets.randbelow(10**11):011d}@g.us"
    group = fake.add_chat(
        chat_id, name=call.field("group_name"), invite_link=f"https://chat.whatsapp.com/{chat_id[:8]}"
    )
    _participants(fake, group, call.field("participants") or [], add=True)
    return group


def _participants(fake: FakePeriskope, chat: JSON, participants: list[str], *, add: bool) -> JSON:
    results: JSON = {}
    for participant in participants:
        contact_id = chat_jid(participant)
        if add:
            chat["members"].setdefault(contact_id, fake.member(contact_id))
        else:
            chat["members"].pop(contact_id, None)
        results[contact_id] = {"is_success": True, "message": None, "code": 200}
    chat["member_count"] = len(chat["members"])
    if results:
        fake.notify(chat["chat_id"], "add" if add else "remove", list(results))
    return results


def _group(fake: FakePeriskope, call: Request) -> JSON:
    chat = _chat(fake, call)
    if chat["chat_type"] != "group":
        raise Reply(400, "BAD_REQUEST", f"{chat['chat_id']} is not a group")
    return chat


@handles("addParticipantToGroup")
def add_participants(fake: FakePeriskope, call: Request) -> JSON:
    return _participants(fake, _group(fake, call), call.field("participants") or [], add=True)


@handles("removeParticipantFromGroup")
def remove_participants(fake: FakePeriskope, call: Request) -> JSON:
    return _participants(fake, _group(fake, call), call.field("participants") or [], add=False)


@handles("promoteParticipantToAdmin", "demoteParticipantToMember")
def set_admin(fake: FakePeriskope, call: Request) -> JSON:
    chat = _group(fake, call)
    results: JSON = {}
    for participant in call.field("participants") or []:
        member = chat["members"].get(chat_jid(participant))
        if member is not None:
            member["is_admin"] = call.operation.operation_id == "promoteParticipantToAdmin"
        found = member is not None
        results[chat_jid(participant)] = {"is_success": found, "message": None, "code": 200 if found else 404}
    changed = [contact_id for contact_id, result in results.items() if result["is_success"]]
    if changed:
        kind = "promote" if call.operation.operation_id == "promoteParticipantToAdmin" else "demote"
        fake.notify(chat["chat_id"], kind, changed)
    return results


@handles("leaveGroup")
def leave_group(fake: FakePeriskope, call: Request) -> JSON:
    chat = _group(fake, call)
    chat["members"].pop(fake.phone_jid, None)
    chat.update(is_exited=True, member_count=len(chat["members"]))
    fake.notify(chat["chat_id"], "leave", [fake.phone_jid])
    return {}


@handles("updateGroupSettings")
def group_settings(fake: FakePeriskope, call: Request) -> JSON:
    chat = _group(fake, call)
    fields = {"messages_admins_only", "info_admins_only", "add_members_admins_only", "group_description"}
    chat.update({key: value for key, value in (call.body or {}).items() if key in fields})
    if isinstance(call.field("group_name"), str):
        chat["chat_name"] = call.field("group_name")
    return chat


@handles("updateChat")
def update_chat(fake: FakePeriskope, call: Request) -> JSON:
    chat = _chat(fake, call)
    previous: JSON = {}
    if call.field("assigned_to") is not None:
        previous["assigned_to"] = chat["assigned_to"]
        chat["assigned_to"] = call.field("assigned_to")
    if call.field("labels") is not None:
        previous["labels"] = chat["labels"]
        chat["labels"] = labels(call.field("labels"))
    if isinstance(call.field("custom_properties"), Mapping):
        previous["custom_properties"] = dict(chat["custom_properties"])
        chat["custom_properties"] = {**chat["custom_properties"], **call.field("custom_properties")}
        fake.emit("chat.custom_properties.updated", chat, previous)
    chat["updated_at"] = now()
    return chat


@handles("updateChatLabels")
def chat_labels(fake: FakePeriskope, call: Request) -> JSON:
    for chat_id in call.field("chat_ids") or []:
        fake.add_chat(chat_id)["labels"] = labels(call.field("labels"))
    return {}


@handles("listAllNotifications")
def list_notifications(fake: FakePeriskope, call: Request) -> JSON:
    return page(call, "notifictions", fake.notifications.values())  # sic: the API's spelling


@handles("getNotificationsInAChat")
def chat_notifications(fake: FakePeriskope, call: Request) -> JSON:
    chat = _chat(fake, call)
    return page(call, "notifictions", (n for n in fake.notifications.values() if n["chat_id"] == chat["chat_id"]))


@handles("markRead")
def mark_read(fake: FakePeriskope, call: Request) -> JSON:
    _chat(fake, call)["unread_count"] = {}
    return {}


# -- contacts ------------------------------------------------------------------------------------------------------


def _contact(fake: FakePeriskope, call: Request) -> JSON:
    contact_id = chat_jid(call.params["contact_id"])
    if contact_id not in fake.contacts:
        raise Reply(404, "NOT_FOUND", f"Contact {contact_id} not found")
    return fake.contacts[contact_id]


@handles("createContact")
def create_contact(fake: FakePeriskope, call: Request) -> JSON:
    return fake.add_contact(
        call.field("contact_id"), name=call.field("contact_name"), is_internal=bool(call.field("is_internal")),
        labels=labels(call.field("labels")),
    )  # fmt: skip


@handles("getContacts")
def list_contacts(fake: FakePeriskope, call: Request) -> JSON:
    return page(call, "contacts", fake.contacts.values())


@handles("getContactById")
def get_contact(fake: FakePeriskope, call: Request) -> JSON:
    return _contact(fake, call)


@handles("updateContact")
def update_contact(fake: FakePeriskope, call: Request) -> JSON:
    contact = _contact(fake, call)
    if call.field("contact_name") is not None:
        contact["contact_name"] = call.field("contact_name")
    if call.field("is_internal") is not None:
        contact["is_internal"] = bool(call.field("is_internal"))
    if call.field("labels") is not None:
        contact["labels"] = labels(call.field("labels"))
    contact["updated_at"] = now()
    return contact


@handles("updateContactLabels")
def contact_labels(fake: FakePeriskope, call: Request) -> JSON:
    for contact_id in call.field("contact_ids") or []:
        fake.add_contact(contact_id)["labels"] = labels(call.field("labels"))
    return {}


# -- notes ---------------------------------------------------------------------------------------------------------


@handles("createNote")
def create_note(fake: FakePeriskope, call: Request) -> JSON:
    chat = fake.add_chat(str(call.field("chat_id")))
    note = fake.store_message(chat["chat_id"], call.field("message"), from_me=True, ack=ACK_SENT,
                              media=call.field("media"), note=True)  # fmt: skip
    return {"success": True, "message": "Note created successfully", "data": note}


@handles("getNotes")
def list_notes(fake: FakePeriskope, call: Request) -> JSON:
    return page(call, "notes", fake.notes.values())


@handles("getNotesByChat")
def chat_notes(fake: FakePeriskope, call: Request) -> JSON:
    chat_id = chat_jid(call.params["chat_id"])
    return page(call, "notes", (n for n in fake.notes.values() if n["chat_id"] == chat_id))


@handles("getNoteById")
def get_note(fake: FakePeriskope, call: Request) -> JSON:
    note = fake.notes.get(call.params["note_id"])
    if note is None:
        raise Reply(404, "NOT_FOUND", f"Note {call.params['note_id']} not found")
    return note


# -- tickets -------------------------------------------------------------------------------------------------------


def _ticket(fake: FakePeriskope, call: Request) -> JSON:
    ticket = fake.tickets.get(call.params["ticket_id"])
    if ticket is None:
        raise Reply(404, "NOT_FOUND", f"Ticket {call.params['ticket_id']} not found")
    return ticket


_TICKET_FIELDS = ("subject", "status", "priority", "assignee", "due_date", "quoted_message_id")


@handles("createTicket")
def create_ticket(fake: FakePeriskope, call: Request) -> JSON:
    chat = fake.add_chat(str(call.field("chat_id")))
    ticket_id = "ticket-" + secrets.token_hex(8)
    details: JSON = {"ticket_id": ticket_id, "org_id": fake.org_id, "status": "open", "priority": 0,
                     "created_at": now(), "raised_by": fake.phone_jid, "is_deleted": False}  # fmt: skip
    details.update({key: call.field(key) for key in _TICKET_FIELDS if call.field(key) is not None})
    details["ticket_labels"] = ",".join(labels(call.field("labels")))
    chat_info = {key: chat[key] for key in ("chat_id", "chat_type", "chat_name", "org_id", "org_phone")}
    ticket: JSON = {"ticket": details, "chat": chat_info, "message": None, "attached_messages": []}
    fake.tickets[ticket_id] = ticket
    fake.emit("ticket.created", ticket)
    return ticket


@handles("getTickets")
def list_tickets(fake: FakePeriskope, call: Request) -> JSON:
    return page(call, "tickets", fake.tickets.values())


@handles("getTicketById")
def get_ticket(fake: FakePeriskope, call: Request) -> JSON:
    return _ticket(fake, call)


@handles("updateTicket")
def update_ticket(fake: FakePeriskope, call: Request) -> JSON:
    ticket = _ticket(fake, call)
    details = ticket["ticket"]
    previous = {key: details.get(key) for key in _TICKET_FIELDS if call.field(key) is not None}
    details.update({key: call.field(key) for key in previous})
    if call.field("labels") is not None:
        details["ticket_labels"] = ",".join(labels(call.field("labels")))
    if details.get("status") == "closed" and not details.get("closed_at"):
        details["closed_at"] = now()
    fake.emit("ticket.updated", ticket, {"ticket": previous})
    return ticket
