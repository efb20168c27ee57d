"""client.notes_reactions: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from conftest import Recorder, call, json_response, keys, resource, sent

from periskope.models import (
    Message,
    NoteCreated,
    Reaction,
)

CHAT = "919537851844@c.us"

NOTE_ID = "true_2634e275-ac58-4c85-892d-83882810fc1c_api"


NOTE_CREATED: dict[str, Any] = {
    "success": True,
    "message": "Note created successfully",
    "data": {
        "message_id": "true_2634e275-ac58-4c85-892d-83882810fc1c_api",
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "ack": "3",
        "body": "Hello World",
        "from_me": True,
        "message_type": "chat",
        "chat_id": "918824248940@c.us",
        "timestamp": "2025-08-18T13:38:37.203+00:00",
        "org_phone": "918824248940@c.us",
        "performed_by": "api",
        "prev_body": None,
        "quoted_message_id": "52643136-1573-4011-ad22-b95ca6ea8e0c",
        "sender_phone": "918824248940@c.us",
        "sent_message_id": "2634e275-ac58-4c85-892d-83882810fc1c",
        "updated_at": "2025-08-18T13:38:37.203+00:00",
        "is_private_note": True,
        "media": {
            "mimetype": "audio/wav",
            "filename": "beep.wav",
            "filedata": "data:audio/wav;base64,UklGRkKAAABXQVZFZm10IBAAAAABAAEAQB8A...",
        },
        "unique_id": "2634e275-ac58-4c85-892d-83882810fc1c",
        "mentioned_ids": [],
        "is_deleted": None,
    },
}


async def test_note_and_reaction_operations_pass_the_mock(mock_client: Any) -> None:
    notes = resource(mock_client, "notes")
    created = await call(notes.create(chat_id=CHAT, message="internal", reply_to="m-1"))
    assert isinstance(created, NoteCreated) and isinstance(created.data, Message)
    page = await call(notes.list(limit=5, start_time="2025-04-25"))
    assert all(isinstance(note, Message) for note in page.items)
    assert isinstance(await call(notes.get(NOTE_ID)), Message)
    reactions = await call(resource(mock_client, "reactions").list(chat_id=CHAT, limit=5))
    assert all(isinstance(reaction, Reaction) for reaction in reactions.items)


async def test_note_and_reaction_requests(make_client: Any) -> None:
    media = {"type": "audio", "mimetype": "audio/wav", "filename": "beep.wav", "filedata": "data:audio/wav;base64,UklG"}
    recorder = Recorder(json_response(200, NOTE_CREATED))
    notes = resource(make_client(recorder), "notes")
    await call(notes.create(chat_id="918824248940@c.us", message="testing", reply_to="52643136", media=media))
    assert sent(recorder) == (
        "POST", "/v1/note/create", {},
        {"chat_id": "918824248940@c.us", "message": "testing", "reply_to": "52643136", "media": media},
    )  # fmt: skip

    recorder = Recorder(json_response(200, {"notes": [], "count": 0}))
    start = datetime(2025, 4, 25, tzinfo=UTC)
    await call(resource(make_client(recorder), "notes").list(limit=3, start_time=start, end_time="2025-04-26"))
    assert sent(recorder) == (
        "GET", "/v1/note", {"limit": "3", "start_time": "2025-04-25T00:00:00+00:00", "end_time": "2025-04-26"}, None
    )  # fmt: skip

    recorder = Recorder(json_response(200, NOTE_CREATED["data"]))
    note = await call(resource(make_client(recorder), "notes").get(NOTE_ID))
    assert sent(recorder) == ("GET", f"/v1/note/{NOTE_ID}", {}, None)
    assert note.is_private_note is True

    recorder = Recorder(json_response(200, {"reactions": [], "count": 0}))
    reactions = resource(make_client(recorder), "reactions")
    await call(reactions.list(chat_id=CHAT, message_id=NOTE_ID, offset=4, limit=2, end_time=date(2025, 1, 2)))
    assert sent(recorder) == (
        "GET", "/v1/reactions",
        {"chat_id": CHAT, "message_id": NOTE_ID, "offset": "4", "limit": "2", "end_time": "2025-01-02"}, None,
    )  # fmt: skip


def test_note_example_decodes() -> None:
    created = NoteCreated.from_dict(NOTE_CREATED)
    assert created.success is True and isinstance(created.data, Message)
    assert created.data.is_private_note is True and created.data.performed_by == "api"
    assert created.data.media is not None and created.data.media.filename == "beep.wav"
    assert keys(created.to_dict()) == keys(NOTE_CREATED)
