"""client.phones: the phone in `x-phone` (info, QR, name and labels, reset/restart/resync), and the org's phones."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Unpack

import httpx

from periskope_api.api.phone import (
    create_phone,
    delete_phone,
    get_all_phones,
    get_phone,
    get_qr,
    reset_phone,
    restart_phone,
    resync_phone,
    update_phone,
)
from periskope_api.models import Phone, PhoneInfo, UpdatePhoneBody

from .._call import Call
from .._errors import PeriskopeError
from .._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    optional_comma_list,
    raw_response,
)
from .._response import decoder, no_content

Labels = str | Sequence[str]
PhoneInfos = list[PhoneInfo]  # (`list` is a method name in the classes below)

_decode_phone = decoder(get_phone.parse_response, PhoneInfo)
_decode_updated_phone = decoder(update_phone.parse_response, PhoneInfo)
_decode_created_phone = decoder(create_phone.parse_response, Phone)
_decode_phones = decoder(get_all_phones.parse_response, list)


def _phone_list(response: httpx.Response) -> PhoneInfos:
    return list(_decode_phones(response))


def _qr_image(response: httpx.Response) -> bytes:
    """The body as sent: the docs call it an image of the QR code (the SDK's typing says a Buffer), so it is not
    decoded as JSON. `with_raw_response.qr()` gives the content type."""
    return response.content


def _get() -> Call[PhoneInfo]:
    return Call(get_phone.request_kwargs(), _decode_phone, idempotent=True)


def _list() -> Call[PhoneInfos]:
    return Call(get_all_phones.request_kwargs(), _phone_list, idempotent=True)


def _qr() -> Call[bytes]:
    return Call(get_qr.request_kwargs(), _qr_image, idempotent=True)


def _update(phone_name: str | None, phone_image: str | None, labels: Labels | None) -> Call[PhoneInfo]:
    if phone_name is None and phone_image is None and labels is None:
        raise PeriskopeError("phones.update needs at least one of phone_name, phone_image, labels")
    body = UpdatePhoneBody(
        phone_name=given(phone_name), phone_image=given(phone_image), labels=optional_comma_list(labels)
    )
    return Call(update_phone.request_kwargs(body=body), _decode_updated_phone, idempotent=True)


# Resetting, restarting or resyncing twice interrupts the first run, and creating twice makes two phones: none of
# these is retried once it may have reached the server. A second delete would answer 404 to a delete that worked.
def _reset() -> Call[None]:
    return Call(reset_phone.request_kwargs(), no_content, idempotent=False)


def _restart() -> Call[None]:
    return Call(restart_phone.request_kwargs(), no_content, idempotent=False)


def _resync() -> Call[None]:
    return Call(resync_phone.request_kwargs(), no_content, idempotent=False)


def _create() -> Call[Phone]:
    return Call(create_phone.request_kwargs(), _decode_created_phone, idempotent=False)


def _delete() -> Call[None]:
    return Call(delete_phone.request_kwargs(), no_content, idempotent=False)


class Phones(SyncResource):
    def get(self, **request: Unpack[RequestOptions]) -> PhoneInfo:
        """The phone this client acts on (its `phone`, or `phone=` for this call): state, name, labels."""
        return self._request(_get(), request)

    def list(self, **request: Unpack[RequestOptions]) -> PhoneInfos:
        """Every phone of the organisation (one response, not paginated)."""
        return self._request(_list(), request)

    def qr(self, **request: Unpack[RequestOptions]) -> bytes:
        """The QR code to scan, as the bytes of the image the API sends. Only while the phone is DISCONNECTED;
        `reset()` gives a fresh one."""
        return self._request(_qr(), request)

    def update(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Set the WhatsApp name (not on WA Business app phones), the image, or the labels (missing ones are
        created); at least one."""
        return self._request(_update(phone_name, phone_image, labels), request)

    def reset(self, **request: Unpack[RequestOptions]) -> None:
        """Log the phone out and back to the QR state: it must be scanned again."""
        return self._request(_reset(), request)

    def restart(self, **request: Unpack[RequestOptions]) -> None:
        """Restart the phone's session on the server (when `is_browser_open` is false)."""
        return self._request(_restart(), request)

    def resync(self, **request: Unpack[RequestOptions]) -> None:
        """Resync the phone's chats and messages with WhatsApp from scratch."""
        return self._request(_resync(), request)

    def create(self, **request: Unpack[RequestOptions]) -> Phone:
        """Add a new phone to the organisation; scan its QR (`phone=<phone_id>` on `qr()`) to connect it."""
        return self._request(_create(), request)

    def delete(self, **request: Unpack[RequestOptions]) -> None:
        """Remove the phone from the organisation."""
        return self._request(_delete(), request)

    @cached_property
    def with_raw_response(self) -> PhonesWithRawResponse:
        return PhonesWithRawResponse(self)


class PhonesWithRawResponse:
    def __init__(self, phones: Phones) -> None:
        self.get = raw_response(phones.get)
        self.list = raw_response(phones.list)
        self.qr = raw_response(phones.qr)
        self.update = raw_response(phones.update)
        self.reset = raw_response(phones.reset)
        self.restart = raw_response(phones.restart)
        self.resync = raw_response(phones.resync)
        self.create = raw_response(phones.create)
        self.delete = raw_response(phones.delete)


class AsyncPhones(AsyncResource):
    async def get(self, **request: Unpack[RequestOptions]) -> PhoneInfo:
        """The phone this client acts on; see Phones.get."""
        return await self._request(_get(), request)

    async def list(self, **request: Unpack[RequestOptions]) -> PhoneInfos:
        """Every phone of the organisation (one response, not paginated)."""
        return await self._request(_list(), request)

    async def qr(self, **request: Unpack[RequestOptions]) -> bytes:
        """The QR code image's bytes; see Phones.qr."""
        return await self._request(_qr(), request)

    async def update(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: Labels | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Set the name, image or labels of the phone; see Phones.update."""
        return await self._request(_update(phone_name, phone_image, labels), request)

    async def reset(self, **request: Unpack[RequestOptions]) -> None:
        """Log the phone out and back to the QR state."""
        return await self._request(_reset(), request)

    async def restart(self, **request: Unpack[RequestOptions]) -> None:
        """Restart the phone's session on the server."""
        return await self._request(_restart(), request)

    async def resync(self, **request: Unpack[RequestOptions]) -> None:
        """Resync the phone with WhatsApp from scratch."""
        return await self._request(_resync(), request)

    async def create(self, **request: Unpack[RequestOptions]) -> Phone:
        """Add a new phone to the organisation."""
        return await self._request(_create(), request)

    async def delete(self, **request: Unpack[RequestOptions]) -> None:
        """Remove the phone from the organisation."""
        return await self._request(_delete(), request)

    @cached_property
    def with_raw_response(self) -> AsyncPhonesWithRawResponse:
        return AsyncPhonesWithRawResponse(self)


class AsyncPhonesWithRawResponse:
    def __init__(self, phones: AsyncPhones) -> None:
        self.get = async_raw_response(phones.get)
        self.list = async_raw_response(phones.list)
        self.qr = async_raw_response(phones.qr)
        self.update = async_raw_response(phones.update)
        self.reset = async_raw_response(phones.reset)
        self.restart = async_raw_response(phones.restart)
        self.resync = async_raw_response(phones.resync)
        self.create = async_raw_response(phones.create)
        self.delete = async_raw_response(phones.delete)
