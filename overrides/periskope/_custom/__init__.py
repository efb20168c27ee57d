"""The resources of both clients: the generated ones (periskope_api.resources), and the hand-written subclasses of
the few whose methods are genuinely custom. Each module is imported the first time it is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from periskope_api.resources import AsyncClientNamespaces as _GeneratedAsyncNamespaces
from periskope_api.resources import SyncClientNamespaces as _GeneratedSyncNamespaces

from .._resource_base import Lazy

if TYPE_CHECKING:
    from .knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .messages import AsyncMessages, Messages
    from .queue import AsyncQueue, Queue
    from .webhooks import AsyncWebhooks, Webhooks


class SyncClientNamespaces(_GeneratedSyncNamespaces):
    """The namespaces of Periskope."""

    messages: Lazy[Messages] = Lazy(f"{__name__}.messages", "Messages")
    queue: Lazy[Queue] = Lazy(f"{__name__}.queue", "Queue")
    knowledge_base: Lazy[KnowledgeBase] = Lazy(f"{__name__}.knowledge_base", "KnowledgeBase")
    webhooks: Lazy[Webhooks] = Lazy(f"{__name__}.webhooks", "Webhooks")


class AsyncClientNamespaces(_GeneratedAsyncNamespaces):
    """The namespaces of AsyncPeriskope."""

    messages: Lazy[AsyncMessages] = Lazy(f"{__name__}.messages", "AsyncMessages")
    queue: Lazy[AsyncQueue] = Lazy(f"{__name__}.queue", "AsyncQueue")
    knowledge_base: Lazy[AsyncKnowledgeBase] = Lazy(f"{__name__}.knowledge_base", "AsyncKnowledgeBase")
    webhooks: Lazy[AsyncWebhooks] = Lazy(f"{__name__}.webhooks", "AsyncWebhooks")


__all__ = ["AsyncClientNamespaces", "SyncClientNamespaces"]
