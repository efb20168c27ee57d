"""client.notes: private notes (visible to the team on Periskope, never sent on WhatsApp)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import Any, Unpack

from periskope_api.api.note import create_note, get_note_by_id, get_notes
from periskope_api.models import CreateNoteBody, CreateNoteBodyMedia, Message, NoteCreated, NoteList
from periskope_api.types import Unset

from .._call import Call
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    items,
    model,
    path_id,
    raw_response,
    when,
    window,
)
from .._response import decoder

Media = CreateNoteBodyMedia | Mapping[str, Any]

_decode_created = decoder(create_note.parse_response, NoteCreated)
_decode_notes = decoder(get_notes.parse_response, NoteList)
_decode_note = decoder(get_note_by_id.parse_response, Message)


def _create(chat_id: str, message: str | None, media: Media | None, reply_to: str | None) -> Call[NoteCreated]:
    body = CreateNoteBody(
        chat_id=path_id("chat_id", chat_id),
        message=given(message),
        media=model(CreateNoteBodyMedia.from_dict, media),
        reply_to=given(reply_to),
    )
    # Sending twice would post the note twice (and create any task its @mentions make twice).
    return Call(create_note.request_kwargs(body=body), _decode_created, idempotent=False)


def _notes(start_time: str | date | None, end_time: str | date | None) -> Callable[[Window], Call[NoteList]]:
    def build(at: Window) -> Call[NoteList]:
        kwargs = get_notes.request_kwargs(
            offset=at.offset_param, limit=given(at.limit), start_time=when(start_time),
            end_time=when(end_time),
        )  # fmt: skip
        return Call(kwargs, _decode_notes, idempotent=True)

    return build


def note_items(envelope: NoteList) -> tuple[Sequence[Message], int | Unset | None]:
    return items(envelope.notes), envelope.count


def _get(note_id: str) -> Call[Message]:
    return Call(get_note_by_id.request_kwargs(path_id("note_id", note_id)), _decode_note, idempotent=True)


class Notes(SyncResource):
    def create(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> NoteCreated:
        """Post a private note in a chat; `@<member email>` in the text makes a task for that member. `media` is
        `{type, filename, mimetype, url or filedata}`. The note is `.data`."""
        return self._request(_create(chat_id, message, media, reply_to), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Message]:
        """Private notes of every chat; iterating goes through every page. For one chat: chats.list_notes."""
        return self._list(_notes(start_time, end_time), note_items, window(offset, limit, max_items), request)

    def get(self, note_id: str, **request: Unpack[RequestOptions]) -> Message:
        """A private note, by its message_id."""
        return self._request(_get(note_id), request)

    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        return NotesWithRawResponse(self)


class NotesWithRawResponse:
    def __init__(self, notes: Notes) -> None:
        self.create = raw_response(notes.create)
        self.list = raw_response(notes.list)
        self.get = raw_response(notes.get)


class AsyncNotes(AsyncResource):
    async def create(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: Media | None = None,
        reply_to: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> NoteCreated:
        """Post a private note in a chat; see Notes.create."""
        return await self._request(_create(chat_id, message, media, reply_to), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        start_time: str | date | None = None,
        end_time: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Message]:
        """Private notes of every chat: `await` for the first page, or `async for` over every note."""
        return self._list(_notes(start_time, end_time), note_items, window(offset, limit, max_items), request)

    async def get(self, note_id: str, **request: Unpack[RequestOptions]) -> Message:
        """A private note, by its message_id."""
        return await self._request(_get(note_id), request)

    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        return AsyncNotesWithRawResponse(self)


class AsyncNotesWithRawResponse:
    def __init__(self, notes: AsyncNotes) -> None:
        self.create = async_raw_response(notes.create)
        self.list = async_raw_pager(notes.list)
        self.get = async_raw_response(notes.get)
