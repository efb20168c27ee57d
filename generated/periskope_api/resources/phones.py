# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.phones"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from periskope._call import Call
from periskope._resource_base import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    nested,
    omit_if_none,
    optional_comma_list,
    raw_response,
    require_any,
)
from periskope._response import body_bytes, decoder, list_decoder, no_content

# A resource's models and request builders load on its first call of each method, not when the resource loads: the
# models here are for the annotations only.
if TYPE_CHECKING:
    from ..models import Phone, PhoneInfo


def _create_phone() -> Call[Phone]:
    from ..api.phone import create_phone
    from ..models import Phone

    kwargs = create_phone.request_kwargs()
    return Call(kwargs, decoder(create_phone.parse_response, Phone), idempotent=False)


def _delete_phone() -> Call[None]:
    from ..api.phone import delete_phone

    kwargs = delete_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _get_phone() -> Call[PhoneInfo]:
    from ..api.phone import get_phone
    from ..models import PhoneInfo

    kwargs = get_phone.request_kwargs()
    return Call(kwargs, decoder(get_phone.parse_response, PhoneInfo), idempotent=True)


def _get_all_phones() -> Call[list[PhoneInfo]]:
    from ..api.phone import get_all_phones

    kwargs = get_all_phones.request_kwargs()
    return Call(kwargs, list_decoder(get_all_phones.parse_response), idempotent=True)


def _get_qr() -> Call[bytes]:
    from ..api.phone import get_qr

    kwargs = get_qr.request_kwargs()
    return Call(kwargs, body_bytes, idempotent=True)


def _reset_phone() -> Call[None]:
    from ..api.phone import reset_phone

    kwargs = reset_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _restart_phone() -> Call[None]:
    from ..api.phone import restart_phone

    kwargs = restart_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _resync_phone() -> Call[None]:
    from ..api.phone import resync_phone

    kwargs = resync_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _update_phone(
    phone_name: str | None, phone_image: str | None, labels: str | Sequence[str] | None
) -> Call[PhoneInfo]:
    from ..api.phone import update_phone
    from ..models import PhoneInfo, UpdatePhoneBody

    require_any("phones.update", phone_name=phone_name, phone_image=phone_image, labels=labels)
    kwargs = update_phone.request_kwargs(
        body=nested(
            UpdatePhoneBody,
            phone_name=omit_if_none(phone_name),
            phone_image=omit_if_none(phone_image),
            labels=optional_comma_list(labels),
        )
    )
    return Call(kwargs, decoder(update_phone.parse_response, PhoneInfo), idempotent=True)


class Phones(SyncResource):
    """client.phones"""

    def create(
        self,
        **request: Unpack[RequestOptions],
    ) -> Phone:
        """Add a new phone to the organisation; scan its QR (`phone=<phone_id>` on `qr()`) to connect it."""
        return self._request(_create_phone(), request)

    def delete(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove the phone from the organisation."""
        return self._request(_delete_phone(), request)

    def get(
        self,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """The phone this client acts on (its `phone`, or `phone=` for this call): state, name, labels."""
        return self._request(_get_phone(), request)

    def list(
        self,
        **request: Unpack[RequestOptions],
    ) -> list[PhoneInfo]:
        """Every phone of the organisation (one response, not paginated)."""
        return self._request(_get_all_phones(), request)

    def qr(
        self,
        **request: Unpack[RequestOptions],
    ) -> bytes:
        """The QR code to scan, as the bytes of the image the API sends. Only while the phone is DISCONNECTED;
        `reset()` gives a fresh one."""
        return self._request(_get_qr(), request)

    def reset(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Log the phone out and back to the QR state: it must be scanned again."""
        return self._request(_reset_phone(), request)

    def restart(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Restart the phone's session on the server (when `is_browser_open` is false)."""
        return self._request(_restart_phone(), request)

    def resync(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Resync the phone's chats and messages with WhatsApp from scratch."""
        return self._request(_resync_phone(), request)

    def update(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Set the WhatsApp name (not on WA Business app phones), the image, or the labels (missing ones are
        created); at least one."""
        return self._request(_update_phone(phone_name, phone_image, labels), request)

    @cached_property
    def with_raw_response(self) -> PhonesWithRawResponse:
        return PhonesWithRawResponse(self)


class PhonesWithRawResponse:
    """`client.phones.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Phones) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.qr = raw_response(resource.qr)
        self.reset = raw_response(resource.reset)
        self.restart = raw_response(resource.restart)
        self.resync = raw_response(resource.resync)
        self.update = raw_response(resource.update)


class AsyncPhones(AsyncResource):
    """client.phones"""

    async def create(
        self,
        **request: Unpack[RequestOptions],
    ) -> Phone:
        """Add a new phone to the organisation; scan its QR (`phone=<phone_id>` on `qr()`) to connect it."""
        return await self._request(_create_phone(), request)

    async def delete(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Remove the phone from the organisation."""
        return await self._request(_delete_phone(), request)

    async def get(
        self,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """The phone this client acts on (its `phone`, or `phone=` for this call): state, name, labels."""
        return await self._request(_get_phone(), request)

    async def list(
        self,
        **request: Unpack[RequestOptions],
    ) -> list[PhoneInfo]:
        """Every phone of the organisation (one response, not paginated)."""
        return await self._request(_get_all_phones(), request)

    async def qr(
        self,
        **request: Unpack[RequestOptions],
    ) -> bytes:
        """The QR code to scan, as the bytes of the image the API sends. Only while the phone is DISCONNECTED;
        `reset()` gives a fresh one."""
        return await self._request(_get_qr(), request)

    async def reset(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Log the phone out and back to the QR state: it must be scanned again."""
        return await self._request(_reset_phone(), request)

    async def restart(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Restart the phone's session on the server (when `is_browser_open` is false)."""
        return await self._request(_restart_phone(), request)

    async def resync(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Resync the phone's chats and messages with WhatsApp from scratch."""
        return await self._request(_resync_phone(), request)

    async def update(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: str | Sequence[str] | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Set the WhatsApp name (not on WA Business app phones), the image, or the labels (missing ones are
        created); at least one."""
        return await self._request(_update_phone(phone_name, phone_image, labels), request)

    @cached_property
    def with_raw_response(self) -> AsyncPhonesWithRawResponse:
        return AsyncPhonesWithRawResponse(self)


class AsyncPhonesWithRawResponse:
    """`client.phones.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncPhones) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_response(resource.list)
        self.qr = async_raw_response(resource.qr)
        self.reset = async_raw_response(resource.reset)
        self.restart = async_raw_response(resource.restart)
        self.resync = async_raw_response(resource.resync)
        self.update = async_raw_response(resource.update)
