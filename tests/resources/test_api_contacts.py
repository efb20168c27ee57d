"""client.contacts: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import Recorder, call, collect, json_response, keys, resource, sent

from periskope.models import (
    Contact,
    ContactColor,
)

CHAT = "919537851844@c.us"

CONTACT = "919537851844"


CONTACT_BY_ID: dict[str, Any] = {
    "chat_ids": [
        "120363231636311517@g.us", "120363298090795525@g.us", "120363300395249001@g.us", "120363329861739657@g.us",
        "120363331984403446@g.us", "120363346994879209@g.us", "120363348209472631@g.us", "120363352652386702@g.us",
        "120363363215130488@g.us", "120363367240230358@g.us", "120363370646127343@g.us", "120363371655584481@g.us",
        "120363372525172897@g.us", "120363373761356282@g.us", "120363378751945209@g.us", "120363387379991154@g.us",
        "120363387670530253@g.us", "120363388696354849@g.us", "120363389171465741@g.us", "120363391093262494@g.us",
        "120363392706769636@g.us", "919537851844@c.us",
    ],
    "contact_color": "#FA6533",
    "contact_id": "919537851844@c.us",
    "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737445692504",
    "contact_name": "BK Local1",
    "contact_type": "user",
    "is_imported": None,
    "is_internal": False,
    "is_my_contact": None,
    "is_wa_contact": False,
    "label_ids": {"label-ukjqhqngnakncalm": True, "label-wwfrdqogccexahnv": True},
    "labels": ["label1", "label2"],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "updated_at": "2025-01-22T05:41:15.303874+00:00",
}  # fmt: skip


# Get Contacts: the page's excerpt breaks off inside the third contact; the first two are whole.
LISTED_CONTACTS: list[dict[str, Any]] = [
    {
        "contact_color": "#7D9EF1",
        "contact_id": "919289665999@c.us",
        "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919289665999%40c.us.jpg?timestamp=1737373011790",
        "contact_name": "Periskope Sales",
        "contact_type": "business",
        "is_imported": None,
        "is_internal": None,
        "is_my_contact": None,
        "is_wa_contact": True,
        "label_ids": {},
        "labels": [],
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "updated_at": "2025-01-20T11:36:51.793829+00:00",
    },
    {
        "contact_color": "#DC2626",
        "contact_id": "919537851844@c.us",
        "contact_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919537851844%40c.us.jpg?timestamp=1737141387093",
        "contact_name": "Bk",
        "contact_type": "user",
        "is_imported": None,
        "is_internal": None,
        "is_my_contact": None,
        "is_wa_contact": False,
        "label_ids": {"label-ukjqhqngnakncalm": True, "label-wwfrdqogccexahnv": True},
        "labels": ["label1", "label2"],
        "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
        "updated_at": "2025-01-20T08:52:04.760153+00:00",
    },
]


LISTS = [
    ("contacts", "contacts", "/v1/contacts", lambda i: {"contact_id": f"9190000{i:05d}@c.us"}, "contact_id"),
    ("tickets", "tickets", "/v1/tickets", lambda i: {"ticket_id": f"T-{i}"}, "ticket_id"),
    ("notes", "notes", "/v1/note", lambda i: {"message_id": f"n-{i}", "org_id": "o", "org_phone": "p",
                                              "chat_id": CHAT, "message_type": "chat", "media": None}, "message_id"),
    ("reactions", "reactions", "/v1/reactions", lambda i: {"reaction_id": f"r-{i}"}, "reaction_id"),
]  # fmt: skip


async def test_contact_operations_pass_the_mock(mock_client: Any) -> None:
    contacts = resource(mock_client, "contacts")
    page = await call(contacts.list(limit=5))
    assert all(isinstance(contact, Contact) for contact in page.items)
    got = await call(contacts.get(CONTACT))
    assert isinstance(got, Contact) and got.contact_name == "BK Local1"
    assert isinstance(await call(contacts.update(CONTACT, contact_name="BK", labels=["a", "b"])), Contact)
    assert await call(contacts.update_labels(contact_ids=[CHAT], labels="vip")) is None
    assert isinstance(await call(contacts.create(contact_id=CONTACT, contact_name="New", is_internal=True)), Contact)


async def test_contact_requests(make_client: Any) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, str, dict[str, str], Any], int, Any]] = [
        ("list", (), {"offset": 10, "limit": 5},
         ("GET", "/v1/contacts", {"offset": "10", "limit": "5"}, None), 200, {"contacts": []}),
        ("get", (CONTACT,), {}, ("GET", f"/v1/contacts/{CONTACT}", {}, None), 200, CONTACT_BY_ID),
        ("update", (CONTACT,), {"contact_name": "BK Local1", "is_internal": False, "labels": ["label1", "label2"]},
         ("PATCH", f"/v1/contacts/{CONTACT}", {},
          {"contact_name": "BK Local1", "is_internal": False, "labels": "label1,label2"}), 200, CONTACT_BY_ID),
        ("update_labels", (), {"contact_ids": [CHAT], "labels": "high, low"},
         ("PATCH", "/v1/contacts/labels", {}, {"labels": "high, low", "contact_ids": [CHAT]}), 204, None),
        ("create", (), {"contact_id": CONTACT, "contact_name": "Test New Contact", "labels": ("Test",)},
         ("POST", "/v1/contacts/create", {},
          {"contact_id": CONTACT, "contact_name": "Test New Contact", "labels": "Test"}), 200, CONTACT_BY_ID),
    ]  # fmt: skip
    for name, args, kwargs, expected, status, answer in cases:
        response = json_response(status, answer) if answer is not None else httpx.Response(status)
        recorder = Recorder(response)
        await call(getattr(resource(make_client(recorder), "contacts"), name)(*args, **kwargs))
        assert sent(recorder) == expected, name


def test_contact_examples_decode() -> None:
    contact = Contact.from_dict(CONTACT_BY_ID)
    assert contact.contact_color is ContactColor.HEX_FA6533
    assert contact.chat_ids is not None and len(contact.chat_ids) == 22 and contact.chat_ids[-1] == CHAT
    assert contact.label_ids is not None and contact.label_ids.additional_keys == [
        "label-ukjqhqngnakncalm", "label-wwfrdqogccexahnv",
    ]  # fmt: skip
    assert (contact.labels, contact.is_internal, contact.is_imported) == (["label1", "label2"], False, None)
    assert contact.updated_at == datetime(2025, 1, 22, 5, 41, 15, 303874, tzinfo=UTC)
    assert keys(contact.to_dict()) == keys(CONTACT_BY_ID)
    listed = [Contact.from_dict(item) for item in LISTED_CONTACTS]
    assert [(c.contact_type, c.is_wa_contact) for c in listed] == [("business", True), ("user", False)]
    assert [keys(c.to_dict()) for c in listed] == [keys(item) for item in LISTED_CONTACTS]


@pytest.mark.parametrize(("name", "key", "path", "item", "field"), LISTS, ids=[case[0] for case in LISTS])
async def test_lists_walk_every_page(make_client: Any, name: str, key: str, path: str, item: Any, field: str) -> None:
    total = 7

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params["limit"])
        chunk = [item(i) for i in range(offset, min(offset + limit, total))]
        return json_response(200, {key: chunk, "count": total, "from": offset + 1, "to": offset + len(chunk)})

    recorder = Recorder(handler)
    first = await call(resource(make_client(recorder), name).list(limit=3))
    assert [getattr(x, field) for x in await collect(first)] == [item(i)[field] for i in range(total)]
    assert [r.url.path for r in recorder.requests] == [path] * 3
    assert [r.url.params.get("offset") for r in recorder.requests] == [None, "3", "6"]


async def test_max_items_caps_a_contact_iteration(make_client: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return json_response(200, {"contacts": [{"contact_id": str(i)} for i in range(offset, offset + 10)]})

    recorder = Recorder(handler)
    first = await call(resource(make_client(recorder), "contacts").list(limit=10, max_items=15))
    assert len(await collect(first)) == 15
    assert len(recorder.requests) == 2
