# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""The resources of Periskope and AsyncPeriskope, each module imported the first time it is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from periskope._resource_base import Lazy

if TYPE_CHECKING:
    from .chats import AsyncChats, Chats
    from .contacts import AsyncContacts, Contacts
    from .groups import AsyncGroups, Groups
    from .knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .members import AsyncMembers, Members
    from .messages import AsyncMessages, Messages
    from .notes import AsyncNotes, Notes
    from .phones import AsyncPhones, Phones
    from .queue import AsyncQueue, Queue
    from .reactions import AsyncReactions, Reactions
    from .scheduled_messages import AsyncScheduledMessages, ScheduledMessages
    from .tasks import AsyncTasks, Tasks
    from .tickets import AsyncTickets, Tickets
    from .webhooks import AsyncWebhooks, Webhooks


class SyncClientNamespaces:
    """The namespaces of Periskope."""

    chats: Lazy[Chats] = Lazy("periskope_api.resources.chats", "Chats")
    contacts: Lazy[Contacts] = Lazy("periskope_api.resources.contacts", "Contacts")
    groups: Lazy[Groups] = Lazy("periskope_api.resources.groups", "Groups")
    knowledge_base: Lazy[KnowledgeBase] = Lazy("periskope_api.resources.knowledge_base", "KnowledgeBase")
    members: Lazy[Members] = Lazy("periskope_api.resources.members", "Members")
    messages: Lazy[Messages] = Lazy("periskope_api.resources.messages", "Messages")
    notes: Lazy[Notes] = Lazy("periskope_api.resources.notes", "Notes")
    phones: Lazy[Phones] = Lazy("periskope_api.resources.phones", "Phones")
    queue: Lazy[Queue] = Lazy("periskope_api.resources.queue", "Queue")
    reactions: Lazy[Reactions] = Lazy("periskope_api.resources.reactions", "Reactions")
    scheduled_messages: Lazy[ScheduledMessages] = Lazy(
        "periskope_api.resources.scheduled_messages", "ScheduledMessages"
    )
    tasks: Lazy[Tasks] = Lazy("periskope_api.resources.tasks", "Tasks")
    tickets: Lazy[Tickets] = Lazy("periskope_api.resources.tickets", "Tickets")
    webhooks: Lazy[Webhooks] = Lazy("periskope_api.resources.webhooks", "Webhooks")


class AsyncClientNamespaces:
    """The namespaces of AsyncPeriskope."""

    chats: Lazy[AsyncChats] = Lazy("periskope_api.resources.chats", "AsyncChats")
    contacts: Lazy[AsyncContacts] = Lazy("periskope_api.resources.contacts", "AsyncContacts")
    groups: Lazy[AsyncGroups] = Lazy("periskope_api.resources.groups", "AsyncGroups")
    knowledge_base: Lazy[AsyncKnowledgeBase] = Lazy("periskope_api.resources.knowledge_base", "AsyncKnowledgeBase")
    members: Lazy[AsyncMembers] = Lazy("periskope_api.resources.members", "AsyncMembers")
    messages: Lazy[AsyncMessages] = Lazy("periskope_api.resources.messages", "AsyncMessages")
    notes: Lazy[AsyncNotes] = Lazy("periskope_api.resources.notes", "AsyncNotes")
    phones: Lazy[AsyncPhones] = Lazy("periskope_api.resources.phones", "AsyncPhones")
    queue: Lazy[AsyncQueue] = Lazy("periskope_api.resources.queue", "AsyncQueue")
    reactions: Lazy[AsyncReactions] = Lazy("periskope_api.resources.reactions", "AsyncReactions")
    scheduled_messages: Lazy[AsyncScheduledMessages] = Lazy(
        "periskope_api.resources.scheduled_messages", "AsyncScheduledMessages"
    )
    tasks: Lazy[AsyncTasks] = Lazy("periskope_api.resources.tasks", "AsyncTasks")
    tickets: Lazy[AsyncTickets] = Lazy("periskope_api.resources.tickets", "AsyncTickets")
    webhooks: Lazy[AsyncWebhooks] = Lazy("periskope_api.resources.webhooks", "AsyncWebhooks")
