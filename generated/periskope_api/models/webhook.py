# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.webhook_integration_name import WebhookIntegrationName
from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    hook_url: str | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    integration_metadata: Any | Unset = UNSET
    integration_name: WebhookIntegrationName | Unset = UNSET
    integration_type: str | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    org_id: str | Unset = UNSET
    subscribed_at: str | Unset = UNSET
    type_: WebhookType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook_url = self.hook_url

        id = self.id

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        integration_metadata = self.integration_metadata

        integration_name: str | Unset = UNSET
        if not isinstance(self.integration_name, Unset):
            integration_name = self.integration_name.value

        integration_type = self.integration_type

        is_subscribed = self.is_subscribed

        org_id = self.org_id

        subscribed_at = self.subscribed_at

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url
        if id is not UNSET:
            field_dict["id"] = id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_metadata is not UNSET:
            field_dict["integration_metadata"] = integration_metadata
        if integration_name is not UNSET:
            field_dict["integration_name"] = integration_name
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type
        if is_subscribed is not UNSET:
            field_dict["is_subscribed"] = is_subscribed
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if subscribed_at is not UNSET:
            field_dict["subscribed_at"] = subscribed_at
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"Webhook: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Webhook") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("Webhook", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hook_url = d.pop("hook_url", UNSET)

        id = d.pop("id", UNSET)

        def _parse_integration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_id = _parse_integration_id(d.pop("integration_id", UNSET))

        integration_metadata = d.pop("integration_metadata", UNSET)

        _integration_name = d.pop("integration_name", UNSET)
        integration_name: WebhookIntegrationName | Unset
        if isinstance(_integration_name, Unset):
            integration_name = UNSET
        else:
            integration_name = WebhookIntegrationName(_integration_name)

        integration_type = d.pop("integration_type", UNSET)

        is_subscribed = d.pop("is_subscribed", UNSET)

        org_id = d.pop("org_id", UNSET)

        subscribed_at = d.pop("subscribed_at", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: WebhookType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookType(_type_)

        webhook = cls(
            hook_url=hook_url,
            id=id,
            integration_id=integration_id,
            integration_metadata=integration_metadata,
            integration_name=integration_name,
            integration_type=integration_type,
            is_subscribed=is_subscribed,
            org_id=org_id,
            subscribed_at=subscribed_at,
            type_=type_,
        )

        webhook.additional_properties = d
        return webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
