# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""client.phones"""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

from periskope._call import Call
from periskope._resource import (
    AsyncResource,
    RequestOptions,
    SyncResource,
    async_raw_response,
    given,
    raw_response,
)
from periskope._response import decoder, list_decoder, no_content

from ..api.phone import (
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
from ..models import Phone, PhoneInfo, UpdatePhoneBody


def _create_phone() -> Call[Phone]:
    kwargs = create_phone.request_kwargs()
    return Call(kwargs, decoder(create_phone.parse_response, Phone), idempotent=False)


def _delete_phone() -> Call[None]:
    kwargs = delete_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _get_all_phones() -> Call[list[PhoneInfo]]:
    kwargs = get_all_phones.request_kwargs()
    return Call(kwargs, list_decoder(get_all_phones.parse_response), idempotent=True)


def _get_phone() -> Call[PhoneInfo]:
    kwargs = get_phone.request_kwargs()
    return Call(kwargs, decoder(get_phone.parse_response, PhoneInfo), idempotent=True)


def _get_qr() -> Call[None]:
    kwargs = get_qr.request_kwargs()
    return Call(kwargs, no_content, idempotent=True)


def _reset_phone() -> Call[None]:
    kwargs = reset_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _restart_phone() -> Call[None]:
    kwargs = restart_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _resync_phone() -> Call[None]:
    kwargs = resync_phone.request_kwargs()
    return Call(kwargs, no_content, idempotent=False)


def _update_phone(phone_name: str | None, phone_image: str | None, labels: str | None) -> Call[PhoneInfo]:
    kwargs = update_phone.request_kwargs(
        body=UpdatePhoneBody(phone_name=given(phone_name), phone_image=given(phone_image), labels=given(labels))
    )
    return Call(kwargs, decoder(update_phone.parse_response, PhoneInfo), idempotent=True)


class Phones(SyncResource):
    """client.phones"""

    def create_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> Phone:
        """Create Phone"""
        return self._request(_create_phone(), request)

    def delete_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:

        return self._request(_delete_phone(), request)

    def get_all_phones(
        self,
        **request: Unpack[RequestOptions],
    ) -> list[PhoneInfo]:
        """Get All Phones"""
        return self._request(_get_all_phones(), request)

    def get_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Get Phone"""
        return self._request(_get_phone(), request)

    def get_qr(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Get QR"""
        return self._request(_get_qr(), request)

    def reset_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Reset Phone"""
        return self._request(_reset_phone(), request)

    def restart_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Restart Phone"""
        return self._request(_restart_phone(), request)

    def resync_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Resync Phone"""
        return self._request(_resync_phone(), request)

    def update_phone(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Update Phone"""
        return self._request(_update_phone(phone_name, phone_image, labels), request)

    @cached_property
    def with_raw_response(self) -> PhonesWithRawResponse:
        return PhonesWithRawResponse(self)


class PhonesWithRawResponse:
    """`client.phones.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: Phones) -> None:
        self.create_phone = raw_response(resource.create_phone)
        self.delete_phone = raw_response(resource.delete_phone)
        self.get_all_phones = raw_response(resource.get_all_phones)
        self.get_phone = raw_response(resource.get_phone)
        self.get_qr = raw_response(resource.get_qr)
        self.reset_phone = raw_response(resource.reset_phone)
        self.restart_phone = raw_response(resource.restart_phone)
        self.resync_phone = raw_response(resource.resync_phone)
        self.update_phone = raw_response(resource.update_phone)


class AsyncPhones(AsyncResource):
    """client.phones"""

    async def create_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> Phone:
        """Create Phone"""
        return await self._request(_create_phone(), request)

    async def delete_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:

        return await self._request(_delete_phone(), request)

    async def get_all_phones(
        self,
        **request: Unpack[RequestOptions],
    ) -> list[PhoneInfo]:
        """Get All Phones"""
        return await self._request(_get_all_phones(), request)

    async def get_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Get Phone"""
        return await self._request(_get_phone(), request)

    async def get_qr(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Get QR"""
        return await self._request(_get_qr(), request)

    async def reset_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Reset Phone"""
        return await self._request(_reset_phone(), request)

    async def restart_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Restart Phone"""
        return await self._request(_restart_phone(), request)

    async def resync_phone(
        self,
        **request: Unpack[RequestOptions],
    ) -> None:
        """Resync Phone"""
        return await self._request(_resync_phone(), request)

    async def update_phone(
        self,
        *,
        phone_name: str | None = None,
        phone_image: str | None = None,
        labels: str | None = None,
        **request: Unpack[RequestOptions],
    ) -> PhoneInfo:
        """Update Phone"""
        return await self._request(_update_phone(phone_name, phone_image, labels), request)

    @cached_property
    def with_raw_response(self) -> AsyncPhonesWithRawResponse:
        return AsyncPhonesWithRawResponse(self)


class AsyncPhonesWithRawResponse:
    """`client.phones.with_raw_response.<method>(...)`: the APIResponse (status, headers; `.parse()`)."""

    def __init__(self, resource: AsyncPhones) -> None:
        self.create_phone = async_raw_response(resource.create_phone)
        self.delete_phone = async_raw_response(resource.delete_phone)
        self.get_all_phones = async_raw_response(resource.get_all_phones)
        self.get_phone = async_raw_response(resource.get_phone)
        self.get_qr = async_raw_response(resource.get_qr)
        self.reset_phone = async_raw_response(resource.reset_phone)
        self.restart_phone = async_raw_response(resource.restart_phone)
        self.resync_phone = async_raw_response(resource.resync_phone)
        self.update_phone = async_raw_response(resource.update_phone)
