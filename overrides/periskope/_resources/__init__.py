"""One module per API resource: thin, typed methods over the generated operations. Each is imported the first time
it is used, so that `import periskope` does not load the whole API."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Generic, TypeVar, overload

if TYPE_CHECKING:
    from periskope_api.resources.chats import AsyncChats, Chats
    from periskope_api.resources.contacts import AsyncContacts, Contacts
    from periskope_api.resources.groups import AsyncGroups, Groups
    from periskope_api.resources.notes import AsyncNotes, Notes
    from periskope_api.resources.phones import AsyncPhones, Phones
    from periskope_api.resources.reactions import AsyncReactions, Reactions
    from periskope_api.resources.scheduled_messages import AsyncScheduledMessages, ScheduledMessages
    from periskope_api.resources.tasks import AsyncTasks, Tasks
    from periskope_api.resources.tickets import AsyncTickets, Tickets

    from .knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .members import AsyncMembers, Members
    from .messages import AsyncMessages, Messages
    from .queue import AsyncQueue, Queue
    from .webhooks import AsyncWebhooks, Webhooks

R = TypeVar("R")


class _Resource(Generic[R]):
    """`client.<name>`: the resource class `cls_name` of `module`, made once per client on first use."""

    def __init__(self, module: str, cls_name: str) -> None:
        self._module = module
        self._cls_name = cls_name
        self._attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name

    @overload
    def __get__(self, client: None, owner: type) -> _Resource[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> R | _Resource[R]:
        if client is None:
            return self
        cls = getattr(importlib.import_module(self._module, __name__), self._cls_name)
        resource: R = cls(client)
        vars(client)[self._attr] = resource  # later lookups find the instance attribute first
        return resource


class _Resources:
    def _forget_resources(self) -> None:
        """Drop the resources made so far (a copy made by with_options makes its own)."""
        for cls in type(self).__mro__:
            for name, value in vars(cls).items():
                if isinstance(value, _Resource):
                    vars(self).pop(name, None)


class SyncResources(_Resources):
    """The namespaces of Periskope."""

    messages: _Resource[Messages] = _Resource("periskope._resources.messages", "Messages")
    chats: _Resource[Chats] = _Resource("periskope_api.resources.chats", "Chats")
    groups: _Resource[Groups] = _Resource("periskope_api.resources.groups", "Groups")
    contacts: _Resource[Contacts] = _Resource("periskope_api.resources.contacts", "Contacts")
    tickets: _Resource[Tickets] = _Resource("periskope_api.resources.tickets", "Tickets")
    notes: _Resource[Notes] = _Resource("periskope_api.resources.notes", "Notes")
    reactions: _Resource[Reactions] = _Resource("periskope_api.resources.reactions", "Reactions")
    phones: _Resource[Phones] = _Resource("periskope_api.resources.phones", "Phones")
    queue: _Resource[Queue] = _Resource("periskope._resources.queue", "Queue")
    knowledge_base: _Resource[KnowledgeBase] = _Resource(".knowledge_base", "KnowledgeBase")
    webhooks: _Resource[Webhooks] = _Resource(".webhooks", "Webhooks")
    members: _Resource[Members] = _Resource(".members", "Members")
    scheduled_messages: _Resource[ScheduledMessages] = _Resource(
        "periskope_api.resources.scheduled_messages", "ScheduledMessages"
    )
    tasks: _Resource[Tasks] = _Resource("periskope_api.resources.tasks", "Tasks")


class AsyncResources(_Resources):
    """The namespaces of AsyncPeriskope."""

    messages: _Resource[AsyncMessages] = _Resource("periskope._resources.messages", "AsyncMessages")
    chats: _Resource[AsyncChats] = _Resource("periskope_api.resources.chats", "AsyncChats")
    groups: _Resource[AsyncGroups] = _Resource("periskope_api.resources.groups", "AsyncGroups")
    contacts: _Resource[AsyncContacts] = _Resource("periskope_api.resources.contacts", "AsyncContacts")
    tickets: _Resource[AsyncTickets] = _Resource("periskope_api.resources.tickets", "AsyncTickets")
    notes: _Resource[AsyncNotes] = _Resource("periskope_api.resources.notes", "AsyncNotes")
    reactions: _Resource[AsyncReactions] = _Resource("periskope_api.resources.reactions", "AsyncReactions")
    phones: _Resource[AsyncPhones] = _Resource("periskope_api.resources.phones", "AsyncPhones")
    queue: _Resource[AsyncQueue] = _Resource("periskope._resources.queue", "AsyncQueue")
    knowledge_base: _Resource[AsyncKnowledgeBase] = _Resource(".knowledge_base", "AsyncKnowledgeBase")
    webhooks: _Resource[AsyncWebhooks] = _Resource(".webhooks", "AsyncWebhooks")
    members: _Resource[AsyncMembers] = _Resource(".members", "AsyncMembers")
    scheduled_messages: _Resource[AsyncScheduledMessages] = _Resource(
        "periskope_api.resources.scheduled_messages", "AsyncScheduledMessages"
    )
    tasks: _Resource[AsyncTasks] = _Resource("periskope_api.resources.tasks", "AsyncTasks")


__all__ = ["AsyncResources", "SyncResources"]
