"""One module per API resource: thin, typed methods over the generated operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chats import AsyncChats, Chats
from .messages import AsyncMessages, Messages

if TYPE_CHECKING:
    from .._client import AsyncPeriskope, Periskope


class SyncResources:
    """The namespaces of Periskope: client.messages, client.chats, ..."""

    def __init__(self, client: Periskope) -> None:
        self.messages = Messages(client)
        self.chats = Chats(client)


class AsyncResources:
    """The namespaces of AsyncPeriskope."""

    def __init__(self, client: AsyncPeriskope) -> None:
        self.messages = AsyncMessages(client)
        self.chats = AsyncChats(client)
