# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.contacts"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    comma_list,
    envelope_items,
    nested,
    non_empty_str,
    omit_if_none,
    optional_comma_list,
    raw_response,
    window,
)
from periskope._response import decoder, no_content

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import Contact, ContactList


def _create_contact(
    contact_id: str, contact_name: str, is_internal: bool | None, labels: str | Sequence[str] | None
) -> Call[Contact]:
    from ..api.contact import create_contact
    from ..models import Contact, CreateContactBody

    kwargs = create_contact.request_kwargs(
        body=nested(
            CreateContactBody,
            contact_name=contact_name,
            contact_id=non_empty_str("contact_id", contact_id),
            is_internal=omit_if_none(is_internal),
            labels=optional_comma_list(labels),
        )
    )
    return Call(kwargs, decoder(create_contact.parse_response, Contact), idempotent=False)


def _get_contact_by_id(contact_id: str) -> Call[Contact]:
    from ..api.contact import get_contact_by_id
    from ..models import Contact

    kwargs = get_contact_by_id.request_kwargs(non_empty_str("contact_id", contact_id))
    return Call(kwargs, decoder(get_contact_by_id.parse_response, Contact), idempotent=True)


def _get_contacts() -> Callable[[Window], Call[ContactList]]:
    from ..api.contact import get_contacts
    from ..models import ContactList

    def build(at: Window) -> Call[ContactList]:
        kwargs = get_contacts.request_kwargs(offset=at.offset_param, limit=omit_if_none(at.limit))
        return Call(kwargs, decoder(get_contacts.parse_response, ContactList), idempotent=True)

    return build


def _get_contacts_items(envelope: ContactList) -> tuple[Sequence[Contact], int | Unset | None]:
    return envelope_items(envelope.contacts), envelope.count


def _update_contact(
    contact_id: str, contact_name: str | None, is_internal: bool | None, labels: str | Sequence[str] | None
) -> Call[Contact]:
    from ..api.contact import update_contact
    from ..models import Contact, UpdateContactBody

    kwargs = update_contact.request_kwargs(
        non_empty_str("contact_id", contact_id),
        body=nested(
            UpdateContactBody,
            contact_name=omit_if_none(contact_name),
            is_internal=omit_if_none(is_internal),
            labels=optional_comma_list(labels),
        ),
    )
    return Call(kwargs, decoder(update_contact.parse_response, Contact), idempotent=True)


def _update_contact_labels(contact_ids: Sequence[str], labels: str | Sequence[str]) -> Call[None]:
    from ..api.contact import update_contact_labels
    from ..models import UpdateContactLabelsBody

    kwargs = update_contact_labels.request_kwargs(
        body=nested(UpdateContactLabelsBody, labels=comma_list(labels), contact_ids=list(contact_ids))
    )
    return Call(kwargs, no_content, idempotent=True)


class Contacts(SyncResource):
    """client.contacts"""

    def create(
        self,
        *,
        contact_id: str,
        contact_name: str,
        is_internal: bool | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create a contact: `contact_id` is country code + number (`919537851844`)."""
        return self._request(_create_contact(contact_id, contact_name, is_internal, labels), request)

    def get(
        self,
        contact_id: str,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """A contact (`919537851844`), with `chat_ids`: its 1-1 chat and the groups in common."""
        return self._request(_get_contact_by_id(contact_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Contact]:
        """Contacts, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        build = _get_contacts()
        return self._list(build, _get_contacts_items, window(offset, limit, max_items), request)

    def update(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Rename a contact (on Periskope only), mark it internal (its messages are not flagged), or replace its
        labels; give at least one."""
        return self._request(_update_contact(contact_id, contact_name, is_internal, labels), request)

    def update_labels(
        self,
        *,
        contact_ids: Sequence[str],
        labels: str | Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Replace the labels of several contacts (missing labels are created)."""
        return self._request(_update_contact_labels(contact_ids, labels), request)

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        return ContactsWithRawResponse(self)


class ContactsWithRawResponse:
    """`client.contacts.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Contacts) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.update_labels = raw_response(resource.update_labels)


class AsyncContacts(AsyncResource):
    """client.contacts"""

    async def create(
        self,
        *,
        contact_id: str,
        contact_name: str,
        is_internal: bool | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Create a contact: `contact_id` is country code + number (`919537851844`)."""
        return await self._request(_create_contact(contact_id, contact_name, is_internal, labels), request)

    async def get(
        self,
        contact_id: str,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """A contact (`919537851844`), with `chat_ids`: its 1-1 chat and the groups in common."""
        return await self._request(_get_contact_by_id(contact_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Contact]:
        """Contacts, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        build = _get_contacts()
        return self._list(build, _get_contacts_items, window(offset, limit, max_items), request)

    async def update(
        self,
        contact_id: str,
        *,
        contact_name: str | None = None,
        is_internal: bool | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> Contact:
        """Rename a contact (on Periskope only), mark it internal (its messages are not flagged), or replace its
        labels; give at least one."""
        return await self._request(_update_contact(contact_id, contact_name, is_internal, labels), request)

    async def update_labels(
        self,
        *,
        contact_ids: Sequence[str],
        labels: str | Sequence[str],
        **request: Unpack[RequestOptions],
    ) -> None:
        """Replace the labels of several contacts (missing labels are created)."""
        return await self._request(_update_contact_labels(contact_ids, labels), request)

    @cached_property
    def with_raw_response(self) -> AsyncContactsWithRawResponse:
        return AsyncContactsWithRawResponse(self)


class AsyncContactsWithRawResponse:
    """`client.contacts.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncContacts) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.update_labels = async_raw_response(resource.update_labels)
