# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.notes: private notes (visible to the team on Periskope, never sent on WhatsApp)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    envelope_items,
    nested,
    non_empty_str,
    omit_if_none,
    optional_iso_time,
    optional_model,
    raw_response,
    window,
)
from periskope._response import decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import CreateNoteBodyMedia, Message, NoteCreated, NoteList


def _create_note(
    chat_id: str, message: str | None, media: CreateNoteBodyMedia | Mapping[str, Any] | None, reply_to: str | None
) -> Call[NoteCreated]:
    from ..api.note import create_note
    from ..models import CreateNoteBody, CreateNoteBodyMedia, NoteCreated

    kwargs = create_note.request_kwargs(
        body=nested(
            CreateNoteBody,
            chat_id=non_empty_str("chat_id", chat_id),
            message=omit_if_none(message),
            media=optional_model(CreateNoteBodyMedia.from_dict, media),
            reply_to=omit_if_none(reply_to),
        )
    )
    return Call(kwargs, decoder(create_note.parse_response, NoteCreated), idempotent=False)


def _get_note_by_id(note_id: str) -> Call[Message]:
    from ..api.note import get_note_by_id
    from ..models import Message

    kwargs = get_note_by_id.request_kwargs(non_empty_str("note_id", note_id))
    return Call(kwargs, decoder(get_note_by_id.parse_response, Message), idempotent=True)


def _get_notes(start_time: str | date | None, end_time: str | date | None) -> Callable[[Window], Call[NoteList]]:
    from ..api.note import get_notes
    from ..models import NoteList

    def build(at: Window) -> Call[NoteList]:
        kwargs = get_notes.request_kwargs(
            offset=at.offset_param,
            limit=omit_if_none(at.limit),
            start_time=optional_iso_time(start_time),
            end_time=optional_iso_time(end_time),
        )
        return Call(kwargs, decoder(get_notes.parse_response, NoteList), idempotent=True)

    return build


def _get_notes_items(envelope: NoteList) -> tuple[Sequence[Message], int | Unset | None]:
    return envelope_items(envelope.notes), envelope.count


class Notes(SyncResource):
    """client.notes: private notes (visible to the team on Periskope, never sent on WhatsApp)."""

    def create(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: CreateNoteBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> NoteCreated:
        """Post a private note in a chat; `@<member email>` in the text makes a task for that member. `media` is
        `{type, filename, mimetype, url or filedata}`. The note is `.data`."""
        return self._request(_create_note(chat_id, message, media, reply_to), request)

    def get(
        self,
        note_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """A private note, by its message_id."""
        return self._request(_get_note_by_id(note_id), request)

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
        """Private notes of every chat; iterating goes through every page. For one chat, chats.list_notes."""
        build = _get_notes(start_time, end_time)
        return self._list(build, _get_notes_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        return NotesWithRawResponse(self)


class NotesWithRawResponse:
    """`client.notes.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Notes) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)


class AsyncNotes(AsyncResource):
    """client.notes: private notes (visible to the team on Periskope, never sent on WhatsApp)."""

    async def create(
        self,
        *,
        chat_id: str,
        message: str | None = None,
        media: CreateNoteBodyMedia | Mapping[str, Any] | None = None,
        reply_to: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> NoteCreated:
        """Post a private note in a chat; `@<member email>` in the text makes a task for that member. `media` is
        `{type, filename, mimetype, url or filedata}`. The note is `.data`."""
        return await self._request(_create_note(chat_id, message, media, reply_to), request)

    async def get(
        self,
        note_id: str,
        **request: Unpack[RequestOptions],
    ) -> Message:
        """A private note, by its message_id."""
        return await self._request(_get_note_by_id(note_id), request)

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
        """Private notes of every chat; iterating goes through every page. For one chat, chats.list_notes."""
        build = _get_notes(start_time, end_time)
        return self._list(build, _get_notes_items, window(offset, limit, max_items), request)

    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        return AsyncNotesWithRawResponse(self)


class AsyncNotesWithRawResponse:
    """`client.notes.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncNotes) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
