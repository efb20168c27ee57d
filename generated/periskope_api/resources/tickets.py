# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.tickets"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

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
    optional_comma_list,
    optional_enum,
    optional_iso_time,
    raw_response,
    ticket_priority,
    ticket_priority_text,
    window,
)
from periskope._response import decoder

from ..types import Unset

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import (
        Ticket,
        TicketInfo,
        TicketList,
        TicketPriority,
        TicketStatus,
    )


def _create_ticket(
    chat_id: str,
    subject: str,
    assignee: str | None,
    quoted_message_id: str | None,
    due_date: str | date | None,
    priority: TicketPriority | int | None,
    status: TicketStatus | str | None,
    labels: str | Sequence[str] | None,
) -> Call[TicketInfo]:
    from ..api.ticket import create_ticket
    from ..models import CreateTicketBody, TicketInfo, TicketStatus

    kwargs = create_ticket.request_kwargs(
        body=nested(
            CreateTicketBody,
            chat_id=non_empty_str("chat_id", chat_id),
            subject=subject,
            assignee=omit_if_none(assignee),
            quoted_message_id=omit_if_none(quoted_message_id),
            due_date=optional_iso_time(due_date),
            priority=ticket_priority(priority),
            labels=optional_comma_list(labels),
            status=optional_enum(TicketStatus, status),
        )
    )
    return Call(kwargs, decoder(create_ticket.parse_response, TicketInfo), idempotent=False)


def _get_ticket_by_id(ticket_id: str) -> Call[TicketInfo]:
    from ..api.ticket import get_ticket_by_id
    from ..models import TicketInfo

    kwargs = get_ticket_by_id.request_kwargs(non_empty_str("ticket_id", ticket_id))
    return Call(kwargs, decoder(get_ticket_by_id.parse_response, TicketInfo), idempotent=True)


def _get_tickets() -> Callable[[Window], Call[TicketList]]:
    from ..api.ticket import get_tickets
    from ..models import TicketList

    def build(at: Window) -> Call[TicketList]:
        kwargs = get_tickets.request_kwargs(offset=at.offset_param, limit=omit_if_none(at.limit))
        return Call(kwargs, decoder(get_tickets.parse_response, TicketList), idempotent=True)

    return build


def _get_tickets_items(envelope: TicketList) -> tuple[Sequence[Ticket], int | Unset | None]:
    return envelope_items(envelope.tickets), envelope.count


def _update_ticket(
    ticket_id: str,
    subject: str | None,
    status: TicketStatus | str | None,
    priority: TicketPriority | int | None,
    assignee: str | None,
    labels: str | Sequence[str] | None,
    due_date: str | date | None,
) -> Call[TicketInfo]:
    from ..api.ticket import update_ticket
    from ..models import TicketInfo, TicketStatus, UpdateTicketBody

    kwargs = update_ticket.request_kwargs(
        non_empty_str("ticket_id", ticket_id),
        body=nested(
            UpdateTicketBody,
            assignee=omit_if_none(assignee),
            due_date=optional_iso_time(due_date),
            labels=optional_comma_list(labels),
            priority=ticket_priority_text(priority),
            subject=omit_if_none(subject),
            status=optional_enum(TicketStatus, status),
        ),
    )
    return Call(kwargs, decoder(update_ticket.parse_response, TicketInfo), idempotent=True)


class Tickets(SyncResource):
    """client.tickets"""

    def create(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | date | None = None,
        priority: TicketPriority | int | None = None,
        status: TicketStatus | str | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Raise a ticket on a chat. `assignee` is a member email, `priority` 1 (low, the default) to 4 (urgent),
        `status` open (default), inprogress or closed, `due_date` ISO 8601; `labels` are created if new on the
        server."""
        return self._request(
            _create_ticket(chat_id, subject, assignee, quoted_message_id, due_date, priority, status, labels), request
        )

    def get(
        self,
        ticket_id: str,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """A ticket (`BKT-001`) with its chat, the message it was raised from and its attached messages."""
        return self._request(_get_ticket_by_id(ticket_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> SyncPage[Ticket]:
        """Tickets, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        build = _get_tickets()
        return self._list(build, _get_tickets_items, window(offset, limit, max_items), request)

    def update(
        self,
        ticket_id: str,
        *,
        subject: str | None = None,
        status: TicketStatus | str | None = None,
        priority: TicketPriority | int | None = None,
        assignee: str | None = None,
        labels: str | Sequence[str] | None = None,
        due_date: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Change a ticket's subject, status, priority (1-4), assignee (member email), labels (replaced) or due
        date. To clear the due date, pass `extra_body={"due_date": None}`."""
        return self._request(_update_ticket(ticket_id, subject, status, priority, assignee, labels, due_date), request)

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        return TicketsWithRawResponse(self)


class TicketsWithRawResponse:
    """`client.tickets.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Tickets) -> None:
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncTickets(AsyncResource):
    """client.tickets"""

    async def create(
        self,
        *,
        chat_id: str,
        subject: str,
        assignee: str | None = None,
        quoted_message_id: str | None = None,
        due_date: str | date | None = None,
        priority: TicketPriority | int | None = None,
        status: TicketStatus | str | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Raise a ticket on a chat. `assignee` is a member email, `priority` 1 (low, the default) to 4 (urgent),
        `status` open (default), inprogress or closed, `due_date` ISO 8601; `labels` are created if new on the
        server."""
        return await self._request(
            _create_ticket(chat_id, subject, assignee, quoted_message_id, due_date, priority, status, labels), request
        )

    async def get(
        self,
        ticket_id: str,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """A ticket (`BKT-001`) with its chat, the message it was raised from and its attached messages."""
        return await self._request(_get_ticket_by_id(ticket_id), request)

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        **request: Unpack[RequestOptions],
    ) -> AsyncPager[Ticket]:
        """Tickets, a page of `limit` at a time (at most 2000); iterating goes through every page."""
        build = _get_tickets()
        return self._list(build, _get_tickets_items, window(offset, limit, max_items), request)

    async def update(
        self,
        ticket_id: str,
        *,
        subject: str | None = None,
        status: TicketStatus | str | None = None,
        priority: TicketPriority | int | None = None,
        assignee: str | None = None,
        labels: str | Sequence[str] | None = None,
        due_date: str | date | None = None,
        **request: Unpack[RequestOptions],
    ) -> TicketInfo:
        """Change a ticket's subject, status, priority (1-4), assignee (member email), labels (replaced) or due
        date. To clear the due date, pass `extra_body={"due_date": None}`."""
        return await self._request(
            _update_ticket(ticket_id, subject, status, priority, assignee, labels, due_date), request
        )

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        return AsyncTicketsWithRawResponse(self)


class AsyncTicketsWithRawResponse:
    """`client.tickets.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncTickets) -> None:
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
