"""client.contacts: list, read, create and update contacts and their labels."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

from periskope_api.api.contact import (
    create_contact,
    get_contact_by_id,
    get_contacts,
    update_contact,
    update_contact_labels,
)
from periskope_api.models import Contact, ContactList, CreateContactBody, UpdateContactBody, UpdateContactLabelsBody
from periskope_api.types import Unset

from .._call import Call
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    comma_list,
    given,
    items,
    optional_comma_list,
    path_id,
    raw_response,
    window,
)
from .._response import decoder, no_content

Labels = str | Sequence[str]

_decode_contacts = decoder(get_contacts.parse_response, ContactList)
_decode_contact = decoder(get_contact_by_id.parse_response, Contact)
_decode_updated = decoder(update_contact.parse_response, Contact)
_decode_created = decoder(create_contact.parse_response, Contact)


def _list(at: Window) -> Call[ContactList]:
    kwargs = get_contacts.request_kwargs(offset=at.offset_param, limit=given(at.limit))
    return Call(kwargs, _decode_contacts, idempotent=True)


def _contact_items(envelope: ContactList) -> tuple[Sequence[Contact], int | Unset | None]:
    return items(envelope.contacts), envelope.count


def _get(contact_id: str) -> Call[Contact]:
    return Call(get_contact_by_id.request_kwargs(path_id("contact_id", contact_id)), _decode_contact, idempotent=True)


def _update(
    contact_id: str, contact_name: str | None, is_internal: bool | None, labels: Labels | None
) -> Call[Contact]:
    body = UpdateContactBody(
        contact_name=given(contact_name), is_internal=given(is_internal), labels=optional_comma_list(labels)
    )
    kwargs = update_contact.request_kwargs(path_id("contact_id", contact_id), body=body)
    return Call(kwargs, _decode_updated, idempotent=True)


def _update_labels(contact_ids: Sequence[str], labels: Labels) -> Call[None]:
    body = UpdateContactLabelsBody(labels=comma_list(labels), contact_ids=list(contact_ids))
    return Call(update_contact_labels.request_kwargs(body=body), no_content, idempotent=True)


def _create(contact_id: str, contact_name: str, is_internal: bool | None, labels: Labels | None) -> Call[Contact]:
    body = CreateContactBody(
        contact_id=path_id("contact_id", contact_id),
        contact_name=contact_name,
        is_internal=given(is_internal),
        labels=optional_comma_list(labels),
    )
    # Not repeated: a second create of the same contact fails and would hide the success.
    return Call(create_contact.request_kwargs(body=body), _decode_created, idempotent=False)


class Contacts(SyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Contact]:
        """Contacts, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        return self._list(_list, _contact_items, window(offset, limit, max_items), request)

    def get(self, contact_id: str, **request: Unpack[RequestOptions]) -> Contact:
        """A contact (`919537851844`), with `chat_ids`: its 1-1 chat and the groups in common."""
        return self._request(_get(contact_id), request)

    def update(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Rename a contact (on Periskope only), mark it internal (its messages are not flagged), or replace its
        labels; give at least one."""
        return self._request(_update(contact_id, contact_name, is_internal, labels), request)

    def update_labels(self, *, contact_ids: Sequence[str], labels: Labels, **request: Unpack[RequestOptions]) -> None:
        """Replace the labels of several contacts (missing labels are created)."""
        return self._request(_update_labels(contact_ids, labels), request)

    def create(
        self,
        *,
        contact_id: str,
        contact_name: str,
        is_internal: bool | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create a contact: `contact_id` is country code + number (`919537851844`)."""
        return self._request(_create(contact_id, contact_name, is_internal, labels), request)

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        return ContactsWithRawResponse(self)


class ContactsWithRawResponse:
    def __init__(self, contacts: Contacts) -> None:
        self.list = raw_response(contacts.list)
        self.get = raw_response(contacts.get)
        self.update = raw_response(contacts.update)
        self.update_labels = raw_response(contacts.update_labels)
        self.create = raw_response(contacts.create)


class AsyncContacts(AsyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Contact]:
        """Contacts: `await` for the first page, or `async for` over every contact."""
        return self._list(_list, _contact_items, window(offset, limit, max_items), request)

    async def get(self, contact_id: str, **request: Unpack[RequestOptions]) -> Contact:
        """A contact (`919537851844`), with `chat_ids`: its 1-1 chat and the groups in common."""
        return await self._request(_get(contact_id), request)

    async def update(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Rename a contact, mark it internal, or replace its labels; see Contacts.update."""
        return await self._request(_update(contact_id, contact_name, is_internal, labels), request)

    async def update_labels(
        self, *, contact_ids: Sequence[str], labels: Labels, **request: Unpack[RequestOptions]
    ) -> None:
        """Replace the labels of several contacts (missing labels are created)."""
        return await self._request(_update_labels(contact_ids, labels), request)

    async def create(
        self,
        *,
        contact_id: str,
        contact_name: str,
        is_internal: bool | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create a contact: `contact_id` is country code + number (`919537851844`)."""
        return await self._request(_create(contact_id, contact_name, is_internal, labels), request)

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        return AsyncContactsWithRawResponse(self)


class AsyncContactsWithRawResponse:
    def __init__(self, contacts: AsyncContacts) -> None:
        self.list = async_raw_pager(contacts.list)
        self.get = async_raw_response(contacts.get)
        self.update = async_raw_response(contacts.update)
        self.update_labels = async_raw_response(contacts.update_labels)
        self.create = async_raw_response(contacts.create)
