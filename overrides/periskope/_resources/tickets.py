"""client.tickets: list, read, raise and update tickets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cached_property
from typing import Unpack

from periskope_api.api.ticket import create_ticket, get_ticket_by_id, get_tickets, update_ticket
from periskope_api.models import (
    CreateTicketBody,
    Ticket,
    TicketInfo,
    TicketList,
    TicketPriority,
    TicketStatus,
    UpdateTicketBody,
)
from periskope_api.types import UNSET, Unset

from .._call import Call
from .._errors import PeriskopeError
from .._pagination import AsyncPager, SyncPage, Window, async_raw_pager
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    items,
    optional_comma_list,
    path_id,
    raw_response,
    when,
    window,
)
from .._response import decoder

Labels = str | Sequence[str]
Priority = TicketPriority | int
Status = TicketStatus | str

_decode_tickets = decoder(get_tickets.parse_response, TicketList)
_decode_ticket = decoder(get_ticket_by_id.parse_response, TicketInfo)
_decode_created = decoder(create_ticket.parse_response, TicketInfo)
_decode_updated = decoder(update_ticket.parse_response, TicketInfo)


def _priority(value: Priority | None) -> int | Unset:
    """1 low .. 4 urgent (the API refuses 0 on create and update)."""
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise PeriskopeError(f"priority must be 1 (low) to 4 (urgent), got {value!r}")
    return int(value)


def _status(value: Status | None) -> TicketStatus | Unset:
    return UNSET if value is None else TicketStatus(value)


def _list(at: Window) -> Call[TicketList]:
    kwargs = get_tickets.request_kwargs(offset=at.offset_param, limit=given(at.limit))
    return Call(kwargs, _decode_tickets, idempotent=True)


def _ticket_items(envelope: TicketList) -> tuple[Sequence[Ticket], int | Unset | None]:
    return items(envelope.tickets), envelope.count


def _get(ticket_id: str) -> Call[TicketInfo]:
    return Call(get_ticket_by_id.request_kwargs(path_id("ticket_id", ticket_id)), _decode_ticket, idempotent=True)


def _create(
    chat_id: str, subject: str, assignee: str | None, quoted_message_id: str | None, due_date: str | date | None,
    priority: Priority | None, status: Status | None, labels: Labels | None,
) -> Call[TicketInfo]:  # fmt: skip
    body = CreateTicketBody(
        chat_id=path_id("chat_id", chat_id),
        subject=subject,
        assignee=given(assignee),
        quoted_message_id=given(quoted_message_id),
        due_date=when(due_date),
        priority=_priority(priority),
        status=_status(status),
        labels=optional_comma_list(labels),
    )
    # Sending twice would raise two tickets.
    return Call(create_ticket.request_kwargs(body=body), _decode_created, idempotent=False)


def _update(
    ticket_id: str, subject: str | None, status: Status | None, priority: Priority | None, assignee: str | None,
    labels: Labels | None, due_date: str | date | None,
) -> Call[TicketInfo]:  # fmt: skip
    number = _priority(priority)
    body = UpdateTicketBody(
        subject=given(subject),
        status=_status(status),
        priority=UNSET if isinstance(number, Unset) else str(number),  # a string in this body: "1" .. "4"
        assignee=given(assignee),
        labels=optional_comma_list(labels),
        due_date=when(due_date),
    )
    kwargs = update_ticket.request_kwargs(path_id("ticket_id", ticket_id), body=body)
    return Call(kwargs, _decode_updated, idempotent=True)


class Tickets(SyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Ticket]:
        """Tickets, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        return self._list(_list, _ticket_items, window(offset, limit, max_items), request)

    def get(self, ticket_id: str, **request: Unpack[RequestOptions]) -> TicketInfo:
        """A ticket (`BKT-001`) with its chat, the message it was raised from and its attached messages."""
        return self._request(_get(ticket_id), request)

    def create(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | date | None = None,
        priority: Priority | None = None,
        status: Status | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Raise a ticket on a chat. `assignee` is a member email, `priority` 1 (low, the default) to 4 (urgent),
        `status` open (the default), inprogress, closed or archived. Never retried once it may have reached the
        server."""
        call = _create(chat_id, subject, assignee, quoted_message_id, due_date, priority, status, labels)
        return self._request(call, request)

    def update(
        self,
        ticket_id: str,
        *,
        subject: str | None = None,
        status: Status | None = None,
        priority: Priority | None = None,
        assignee: str | None = None,
        labels: Labels | None = None,
        due_date: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Change a ticket's subject, status, priority (1-4), assignee (member email), labels (replaced) or due
        date. To clear the due date, pass `extra_body={"due_date": None}`."""
        call = _update(ticket_id, subject, status, priority, assignee, labels, due_date)
        return self._request(call, request)

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        return TicketsWithRawResponse(self)


class TicketsWithRawResponse:
    def __init__(self, tickets: Tickets) -> None:
        self.list = raw_response(tickets.list)
        self.get = raw_response(tickets.get)
        self.create = raw_response(tickets.create)
        self.update = raw_response(tickets.update)


class AsyncTickets(AsyncResource):
    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Ticket]:
        """Tickets: `await` for the first page, or `async for` over every ticket."""
        return self._list(_list, _ticket_items, window(offset, limit, max_items), request)

    async def get(self, ticket_id: str, **request: Unpack[RequestOptions]) -> TicketInfo:
        """A ticket (`BKT-001`) with its chat, the message it was raised from and its attached messages."""
        return await self._request(_get(ticket_id), request)

    async def create(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | date | None = None,
        priority: Priority | None = None,
        status: Status | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Raise a ticket on a chat; see Tickets.create."""
        call = _create(chat_id, subject, assignee, quoted_message_id, due_date, priority, status, labels)
        return await self._request(call, request)

    async def update(
        self,
        ticket_id: str,
        *,
        subject: str | None = None,
        status: Status | None = None,
        priority: Priority | None = None,
        assignee: str | None = None,
        labels: Labels | None = None,
        due_date: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Change a ticket; see Tickets.update."""
        call = _update(ticket_id, subject, status, priority, assignee, labels, due_date)
        return await self._request(call, request)

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        return AsyncTicketsWithRawResponse(self)


class AsyncTicketsWithRawResponse:
    def __init__(self, tickets: AsyncTickets) -> None:
        self.list = async_raw_pager(tickets.list)
        self.get = async_raw_response(tickets.get)
        self.create = async_raw_response(tickets.create)
        self.update = async_raw_response(tickets.update)
