"""Every response example in upstream's docs pages that is valid JSON decodes into its model without loss.

The pages are excerpts of docs.periskope.app, copied from shared/periskope-docs/raw into tests/fixtures/docs. Some
examples there are broken JSON (missing commas, comments) or cut off; for those, the complete objects inside them
are what is checked. An object is matched to the model of its page whose wire keys cover most of its keys.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT

from periskope import models

DOCS = ROOT / "tests" / "fixtures" / "docs"
PAGES: dict[str, tuple[str, ...]] = {
    "api-reference__chat__create-group.md": ("Chat",),
    "api-reference__chat__list-all-chats.md": ("Chat", "ChatList"),
    "api-reference__chat__get-chat-audit-logs.md": ("ChatAuditLogList",),
    "api-reference__chat__update-chat-ai-settings.md": ("ChatAiSettings",),
    "api-reference__chat__update-group-settings.md": ("Chat",),
    "api-reference__chat__list-all-messages.md": ("Message", "MessageList", "DeliveryInfo", "MessageKey"),
    "api-reference__contacts__get-contact-by-id.md": ("Contact",),
    "api-reference__contacts__get-contacts.md": ("Contact", "ContactList"),
    "api-reference__message__get-message.md": ("Message", "DeliveryInfo", "MessageKey"),
    "api-reference__message__list-queue-jobs.md": ("MessageQueueJob",),
    "api-reference__message__queue-health.md": ("QueueHealth",),
    "api-reference__message__send-message.md": ("SendResult",),
    "api-reference__notes__create-private-notes.md": ("NoteCreated",),
    "api-reference__objects__the-contact-object.md": ("Contact",),
    "api-reference__objects__the-message-object.md": ("Message", "MessageKey", "Media"),
    "api-reference__objects__the-phone-object.md": ("PhoneInfo",),
    "api-reference__objects__the-task-object.mdsrc.md": ("Task",),
    "api-reference__phones__get-all-phones.md": ("PhoneInfo",),
    "api-reference__phones__get-phone.md": ("PhoneInfo",),
    "api-reference__phones__update-phone.md": ("PhoneInfo",),
    "api-reference__queues__fetch-queue-jobs.md": ("QueueJob",),
    "api-reference__queues__get-queue-status.md": ("QueueStatus",),
    "api-reference__scheduled-messages__delete-scheduled-message.md": ("DeletedScheduledMessage",),
    "api-reference__scheduled-messages__get-scheduled-message.md": ("ScheduledMessage",),
    "api-reference__scheduled-messages__list-scheduled-message-occurrences.md": ("ScheduledOccurrenceList",),
    "api-reference__scheduled-messages__list-scheduled-messages.md": ("ScheduledMessageList",),
    "api-reference__scheduled-messages__schedule-message.md": ("ScheduledMessage",),
    "api-reference__scheduled-messages__update-scheduled-message.md": ("ScheduledMessage",),
    "api-reference__tasks__create-task.md": ("Task",),
    "api-reference__tasks__get-tasks.md": ("TaskList",),
    "api-reference__tickets__get-tickets.md": ("TicketList",),
    "api-reference__tickets__get-ticket-by-id.md": ("ChatInfo", "TicketInfo"),
    "api-reference__webhooks__create-webhook.md": ("Webhook",),
}


def json_objects(text: str) -> Iterator[dict[str, Any]]:
    """Every JSON object in `text` that parses, outermost first (a broken outer object yields its complete parts)."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start >= 0:
        try:
            found, end = decoder.raw_decode(text, start)
        except ValueError:
            end = start + 1
        else:
            if isinstance(found, dict):
                yield found
        start = text.find("{", end)


def wire_keys(model: type) -> frozenset[str]:
    keys: frozenset[str] = sys.modules[model.__module__]._WIRE_KEYS
    return keys


def best_model(example: dict[str, Any], names: tuple[str, ...]) -> type | None:
    """The model of the page that declares most of the example's keys, if one declares at least 60% of them."""
    scored = [(len(example.keys() & wire_keys(getattr(models, name))), name) for name in names]
    covered, name = max(scored)
    return getattr(models, name) if len(example) >= 2 and covered >= 0.6 * len(example) else None


def lossless(original: Any, encoded: Any) -> bool:
    """Every key of the original is in the re-encoded form, at every depth (values may be normalised)."""
    if isinstance(original, dict):
        return isinstance(encoded, dict) and all(k in encoded and lossless(v, encoded[k]) for k, v in original.items())
    if isinstance(original, list):
        return isinstance(encoded, list) and len(original) == len(encoded)
    return True


@pytest.mark.parametrize("page", sorted(PAGES))
def test_documented_examples_decode_without_loss(page: str) -> None:
    decoded = 0
    for example in json_objects((DOCS / page).read_text(encoding="utf-8")):
        model = best_model(example, PAGES[page])
        if model is None:
            continue
        instance = model.from_dict(example)
        assert lossless(example, instance.to_dict()), (page, model.__name__)
        decoded += 1
    assert decoded, f"no example of {PAGES[page]} found in {page}"


def test_the_fixtures_are_upstream_copies() -> None:
    assert sorted(path.name for path in DOCS.iterdir()) == sorted(PAGES)
    for path in DOCS.iterdir():
        assert path.read_text(encoding="utf-8").startswith("# Source URL: https://docs.periskope.app/"), path.name


@pytest.mark.parametrize("broken", ['{"a": 1 "b": 2}', "no json here"])
def test_broken_json_yields_nothing_whole(broken: str) -> None:
    assert list(json_objects(broken)) == []
