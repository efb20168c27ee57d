# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.tickets"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any, Unpack

from periskope._call import Call
from periskope._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    given_enum,
    items,
    path_id,
    raw_response,
    window,
)
from periskope._response import decoder

from ..api.ticket import create_ticket, get_ticket_by_id, get_tickets, update_ticket
from ..models import CreateTicketBody, Ticket, TicketInfo, TicketList, TicketStatus, UpdateTicketBody
from ..types import Unset


def _create_ticket(
    chat_id: str,
    subject: str,
    assignee: str | None,
    quoted_message_id: str | None,
    due_date: str | None,
    priority: int | None,
    labels: str | None,
    status: TicketStatus | str | None,
) -> Call[TicketInfo]:
    kwargs = create_ticket.request_kwargs(
        body=CreateTicketBody(
            chat_id=path_id("chat_id", chat_id),
            subject=subject,
            assignee=given(assignee),
            quoted_message_id=given(quoted_message_id),
            due_date=given(due_date),
            priority=given(priority),
            labels=given(labels),
            status=given_enum(TicketStatus, status),
        )
    )
    return Call(kwargs, decoder(create_ticket.parse_response, TicketInfo), idempotent=False)


def _get_ticket_by_id(ticket_id: str) -> Call[TicketInfo]:
    kwargs = get_ticket_by_id.request_kwargs(path_id("ticket_id", ticket_id))
    return Call(kwargs, decoder(get_ticket_by_id.parse_response, TicketInfo), idempotent=True)


def _get_tickets() -> Callable[[Window], Call[TicketList]]:
    def build(at: Window) -> Call[TicketList]:
        kwargs = get_tickets.request_kwargs(offset=at.offset_param, limit=given(at.limit))
        return Call(kwargs, decoder(get_tickets.parse_response, TicketList), idempotent=True)

    return build


def _get_tickets_items(envelope: TicketList) -> tuple[Sequence[Ticket], int | Unset | None]:
    return items(envelope.tickets), envelope.count


def _update_ticket(
    ticket_id: str,
    assignee: str | None,
    due_date: Any | None,
    labels: str | None,
    priority: str | None,
    subject: str | None,
    status: TicketStatus | str | None,
) -> Call[TicketInfo]:
    kwargs = update_ticket.request_kwargs(
        path_id("ticket_id", ticket_id),
        body=UpdateTicketBody(
            assignee=given(assignee),
            due_date=given(due_date),
            labels=given(labels),
            priority=given(priority),
            subject=given(subject),
            status=given_enum(TicketStatus, status),
        ),
    )
    return Call(kwargs, decoder(update_ticket.parse_response, TicketInfo), idempotent=True)


class Tickets(SyncResource):
    """client.tickets"""

    def create_ticket(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        labels: str | None = None,
        status: TicketStatus | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Create Ticket"""
        return self._request(
            _create_ticket(chat_id, subject, assignee, quoted_message_id, due_date, priority, labels, status), request
        )

    def get_ticket_by_id(
        self,
        ticket_id: str,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Get Ticket By ID"""
        return self._request(_get_ticket_by_id(ticket_id), request)

    def get_tickets(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Ticket]:
        """Get Tickets"""
        build = _get_tickets()
        return self._list(build, _get_tickets_items, window(offset, limit, max_items), request)

    def update_ticket(
        self,
        ticket_id: str,
        *,
        assignee: str | None = None,
        due_date: Any | None = None,
        labels: str | None = None,
        priority: str | None = None,
        subject: str | None = None,
        status: TicketStatus | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Update Ticket"""
        return self._request(_update_ticket(ticket_id, assignee, due_date, labels, priority, subject, status), request)

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        return TicketsWithRawResponse(self)


class TicketsWithRawResponse:
    """`client.tickets.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Tickets) -> None:
        self.create_ticket = raw_response(resource.create_ticket)
        self.get_ticket_by_id = raw_response(resource.get_ticket_by_id)
        self.get_tickets = raw_response(resource.get_tickets)
        self.update_ticket = raw_response(resource.update_ticket)


class AsyncTickets(AsyncResource):
    """client.tickets"""

    async def create_ticket(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | None = None,
        priority: int | None = None,
        labels: str | None = None,
        status: TicketStatus | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Create Ticket"""
        return await self._request(
            _create_ticket(chat_id, subject, assignee, quoted_message_id, due_date, priority, labels, status), request
        )

    async def get_ticket_by_id(
        self,
        ticket_id: str,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Get Ticket By ID"""
        return await self._request(_get_ticket_by_id(ticket_id), request)

    def get_tickets(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Ticket]:
        """Get Tickets"""
        build = _get_tickets()
        return self._list(build, _get_tickets_items, window(offset, limit, max_items), request)

    async def update_ticket(
        self,
        ticket_id: str,
        *,
        assignee: str | None = None,
        due_date: Any | None = None,
        labels: str | None = None,
        priority: str | None = None,
        subject: str | None = None,
        status: TicketStatus | str | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Update Ticket"""
        return await self._request(
            _update_ticket(ticket_id, assignee, due_date, labels, priority, subject, status), request
        )

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        return AsyncTicketsWithRawResponse(self)


class AsyncTicketsWithRawResponse:
    """`client.tickets.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncTickets) -> None:
        self.create_ticket = async_raw_response(resource.create_ticket)
        self.get_ticket_by_id = async_raw_response(resource.get_ticket_by_id)
        self.get_tickets = async_raw_pager(resource.get_tickets)
        self.update_ticket = async_raw_response(resource.update_ticket)
