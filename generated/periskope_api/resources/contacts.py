# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.contacts"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    items,
    path_id,
    raw_response,
    window,
)
from periskope._response import decoder, no_content

from ..api.contact import create_contact, get_contact_by_id, get_contacts, update_contact, update_contact_labels
from ..models import Contact, ContactList, CreateContactBody, UpdateContactBody, UpdateContactLabelsBody
from ..types import Unset


def _create_contact(contact_name: str, contact_id: str, is_internal: bool | None, labels: str | None) -> Call[Contact]:
    kwargs = create_contact.request_kwargs(
        body=CreateContactBody(
            contact_name=contact_name,
            contact_id=path_id("contact_id", contact_id),
            is_internal=given(is_internal),
            labels=given(labels),
        )
    )
    return Call(kwargs, decoder(create_contact.parse_response, Contact), idempotent=False)


def _get_contact_by_id(contact_id: str) -> Call[Contact]:
    kwargs = get_contact_by_id.request_kwargs(path_id("contact_id", contact_id))
    return Call(kwargs, decoder(get_contact_by_id.parse_response, Contact), idempotent=True)


def _get_contacts() -> Callable[[Window], Call[ContactList]]:
    def build(at: Window) -> Call[ContactList]:
        kwargs = get_contacts.request_kwargs(offset=at.offset_param, limit=given(at.limit))
        return Call(kwargs, decoder(get_contacts.parse_response, ContactList), idempotent=True)

    return build


def _get_contacts_items(envelope: ContactList) -> tuple[Sequence[Contact], int | Unset | None]:
    return items(envelope.contacts), envelope.count


def _update_contact(
    contact_id: str, contact_name: str | None, is_internal: bool | None, labels: str | None
) -> Call[Contact]:
    kwargs = update_contact.request_kwargs(
        path_id("contact_id", contact_id),
        body=UpdateContactBody(contact_name=given(contact_name), is_internal=given(is_internal), labels=given(labels)),
    )
    return Call(kwargs, decoder(update_contact.parse_response, Contact), idempotent=True)


def _update_contact_labels(labels: str, contact_ids: Sequence[str]) -> Call[None]:
    kwargs = update_contact_labels.request_kwargs(
        body=UpdateContactLabelsBody(labels=labels, contact_ids=list(contact_ids))
    )
    return Call(kwargs, no_content, idempotent=True)


class Contacts(SyncResource):
    """client.contacts"""

    def create_contact(
        self,
        *,
        contact_name: str,
        contact_id: str,
        is_internal: bool | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create Contact"""
        return self._request(_create_contact(contact_name, contact_id, is_internal, labels), request)

    def get_contact_by_id(
        self,
        contact_id: str,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Get Contact By ID"""
        return self._request(_get_contact_by_id(contact_id), request)

    def get_contacts(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Contact]:
        """Get Contacts"""
        build = _get_contacts()
        return self._list(build, _get_contacts_items, window(offset, limit, max_items), request)

    def update_contact(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Update Contact"""
        return self._request(_update_contact(contact_id, contact_name, is_internal, labels), request)

    def update_contact_labels(
        self,
        *,
        labels: str,
        contact_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Update Contact Labels"""
        return self._request(_update_contact_labels(labels, contact_ids), request)

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        return ContactsWithRawResponse(self)


class ContactsWithRawResponse:
    """`client.contacts.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Contacts) -> None:
        self.create_contact = raw_response(resource.create_contact)
        self.get_contact_by_id = raw_response(resource.get_contact_by_id)
        self.get_contacts = raw_response(resource.get_contacts)
        self.update_contact = raw_response(resource.update_contact)
        self.update_contact_labels = raw_response(resource.update_contact_labels)


class AsyncContacts(AsyncResource):
    """client.contacts"""

    async def create_contact(
        self,
        *,
        contact_name: str,
        contact_id: str,
        is_internal: bool | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create Contact"""
        return await self._request(_create_contact(contact_name, contact_id, is_internal, labels), request)

    async def get_contact_by_id(
        self,
        contact_id: str,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Get Contact By ID"""
        return await self._request(_get_contact_by_id(contact_id), request)

    def get_contacts(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Contact]:
        """Get Contacts"""
        build = _get_contacts()
        return self._list(build, _get_contacts_items, window(offset, limit, max_items), request)

    async def update_contact(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Update Contact"""
        return await self._request(_update_contact(contact_id, contact_name, is_internal, labels), request)

    async def update_contact_labels(
        self,
        *,
        labels: str,
        contact_ids: Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Update Contact Labels"""
        return await self._request(_update_contact_labels(labels, contact_ids), request)

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        return AsyncContactsWithRawResponse(self)


class AsyncContactsWithRawResponse:
    """`client.contacts.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncContacts) -> None:
        self.create_contact = async_raw_response(resource.create_contact)
        self.get_contact_by_id = async_raw_response(resource.get_contact_by_id)
        self.get_contacts = async_raw_pager(resource.get_contacts)
        self.update_contact = async_raw_response(resource.update_contact)
        self.update_contact_labels = async_raw_response(resource.update_contact_labels)
