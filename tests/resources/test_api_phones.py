"""client.phones: its requests, its errors, its documented examples decoded."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import Recorder, body_of, call, json_response, resource
from resources.samples import CREATE_WEBHOOK, FAQ, QUEUE_STATUS

import periskope
from periskope.models import (
    Phone,
    PhoneInfo,
    PhoneState,
)

GET_PHONE = {  # phones/get-phone
    "created_at": "2024-12-15T11:47:26.668505+00:00",
    "first_connected_at": "2024-12-15T11:47:49.649+00:00",
    "is_ready": True,
    "label_ids": {"label-bflirzqiodgianfh": True, "label-rbdshklasmlbfczf": True},
    "labels": ["test1", "test2"],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "[email protected]",
    "phone_id": "phone-bqzvyibhmwkaergr",
    "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215",
    "phone_name": "Support",
    "qr_code": None,
    "updated_at": "2025-01-20T07:51:48.209+00:00",
    "wa_state": "CONNECTED",
}


ALL_PHONES_FIRST = {  # phones/get-all-phones (the stored copy is cut off after this first item)
    "created_at": "2024-12-31T17:51:15.977006+00:00",
    "first_connected_at": "2025-01-16T18:31:43.921+00:00",
    "is_ready": True,
    "label_ids": {},
    "labels": [],
    "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
    "org_phone": "919971844008@c.us",
    "phone_id": "phone-njjnpbeheymosvlo",
    "phone_image": "https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919971844008%40c.us.jpg?timestamp=1737098940409",
    "phone_name": "Periskope",
    "qr_code": None,
    "updated_at": "2025-01-17T08:44:02.6+00:00",
    "wa_state": "CONNECTED",
}


UPDATE_PHONE = {**GET_PHONE, "org_phone": "918527184400@c.us", "updated_at": "2025-01-20T11:48:40.055+00:00"}


NO_BODY_CALLS = [
    ("phones", "get", (), "GET", "/v1/phones", GET_PHONE),
    ("phones", "list", (), "GET", "/v1/phones/all", [ALL_PHONES_FIRST]),
    ("phones", "reset", (), "POST", "/v1/phones/reset", None),
    ("phones", "restart", (), "POST", "/v1/phones/restart", None),
    ("phones", "resync", (), "POST", "/v1/phones/resync", None),
    ("phones", "create", (), "POST", "/v1/phones/create", {"phone_id": "phone-new"}),
    ("phones", "delete", (), "DELETE", "/v1/phones/delete", None),
    ("queue", "status", (), "GET", "/v1/queue", QUEUE_STATUS),
    ("knowledge_base", "get_faq", ("ctx/1",), "GET", "/v1/knowledge-base/faq/ctx%2F1", FAQ),
    ("knowledge_base", "get_document", ("doc-1",), "GET", "/v1/knowledge-base/document/doc-1", [FAQ]),
    ("knowledge_base", "delete_faq", ("ctx-1",), "DELETE", "/v1/knowledge-base/faq/ctx-1", {"context_id": "ctx-1"}),
    ("knowledge_base", "delete_document", ("d",), "DELETE", "/v1/knowledge-base/document/d", {"document_id": "d"}),
    ("webhooks", "get", ("wh-1",), "GET", "/v1/webhooks/wh-1", CREATE_WEBHOOK),
    ("webhooks", "delete", ("wh-1",), "DELETE", "/v1/webhooks/wh-1", None),
    ("members", "delete", ("a@example.com",), "DELETE", "/v1/members/a%40example.com", None),
]


async def test_phone_operations_pass_the_mock(mock_client: Any) -> None:
    phones = resource(mock_client, "phones")
    phone = await call(phones.get())
    assert isinstance(phone, PhoneInfo)
    assert phone.phone_id == "phone-bqzvyibhmwkaergr"  # the documented example, served by the mock
    all_phones = await call(phones.list())
    assert [p.phone_id for p in all_phones] == ["phone-njjnpbeheymosvlo"]
    qr = await call(phones.qr())
    assert isinstance(qr, bytes)
    assert qr  # the mock sends a JSON string; kept as the bytes it sent
    updated = await call(phones.update(phone_name="Support", labels=["test1", "test2"]))
    assert isinstance(updated, PhoneInfo)
    assert updated.labels == ["test1", "test2"]
    assert isinstance(await call(phones.create()), Phone)
    for action in (phones.reset, phones.restart, phones.resync, phones.delete):
        assert await call(action()) is None


@pytest.mark.parametrize(("name", "method", "args", "verb", "path", "answer"), NO_BODY_CALLS)
async def test_operations_without_a_body_hit_their_path(
    make_client: Any, name: str, method: str, args: tuple[str, ...], verb: str, path: str, answer: object
) -> None:
    recorder = Recorder(httpx.Response(204) if answer is None else json_response(200, answer))
    await call(getattr(resource(make_client(recorder), name), method)(*args))
    (request,) = recorder.requests
    assert (request.method, request.url.raw_path.decode()) == (verb, path)
    assert request.content == b""
    assert request.headers["x-phone"] == "919876543210"


async def test_phone_update_joins_labels(make_client: Any) -> None:
    recorder = Recorder(json_response(200, UPDATE_PHONE))
    phones = resource(make_client(recorder), "phones")
    phone = await call(phones.update(phone_name="Support", phone_image="https://x/p.png", labels=["test1", "test2"]))
    (request,) = recorder.requests
    assert (request.method, request.url.path) == ("PATCH", "/v1/phones/update")
    assert body_of(request) == {"phone_name": "Support", "phone_image": "https://x/p.png", "labels": "test1,test2"}
    assert phone.org_phone == "918527184400@c.us"


async def test_phone_update_needs_a_field(make_client: Any) -> None:
    recorder = Recorder(json_response(200, UPDATE_PHONE))
    with pytest.raises(periskope.PeriskopeError, match="at least one"):
        await call(resource(make_client(recorder), "phones").update())
    assert recorder.requests == []


async def test_qr_is_the_raw_image(make_client: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    recorder = Recorder(httpx.Response(200, content=png, headers={"content-type": "image/png"}))
    phones = resource(make_client(recorder), "phones")
    assert await call(phones.qr()) == png
    raw = await call(phones.with_raw_response.qr())
    assert raw.headers["content-type"] == "image/png"
    assert raw.parse() == png
    assert [(r.method, r.url.path) for r in recorder.requests] == [("GET", "/v1/phones/qr")] * 2


@pytest.mark.parametrize("example", [GET_PHONE, ALL_PHONES_FIRST, UPDATE_PHONE], ids=["get", "all", "update"])
def test_phone_examples_decode(example: dict[str, Any]) -> None:
    phone = PhoneInfo.from_dict(example)
    assert phone.phone_id == example["phone_id"]
    assert phone.wa_state == PhoneState.CONNECTED
    assert phone.is_ready is True
    assert phone.qr_code is None
    assert phone.labels == example["labels"]
    assert phone.created_at.tzinfo is not None
    assert phone.label_ids.to_dict() == example["label_ids"]
    assert set(phone.to_dict()) == set(example)


def test_phone_info_keeps_unknown_states_and_the_docs_extra_fields() -> None:
    phone = PhoneInfo.from_dict({**GET_PHONE, "wa_state": "PAIRING", "is_browser_open": False, "wa_version": "2.3"})
    assert phone.wa_state == "PAIRING"
    assert phone.is_browser_open is False
    assert phone.to_dict()["wa_state"] == "PAIRING"


def test_created_phone_decodes_its_queues() -> None:
    row = {**GET_PHONE, "is_browser_open": True, "queue_status": {"messages": QUEUE_STATUS}, "server_zone": None}
    phone = Phone.from_dict(row)
    assert phone.queue_status["messages"].completed == 16
    assert phone.server_zone is None
    assert set(phone.to_dict()) == set(row)
