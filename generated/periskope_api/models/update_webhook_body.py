# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_body_integration_metadata import UpdateWebhookBodyIntegrationMetadata


T = TypeVar("T", bound="UpdateWebhookBody")


_WIRE_KEYS = frozenset(
    (
        "hookUrl",
        "integrationName",
        "integrationMetadata",
        "integrationType",
        "type",
        "isSubscribed",
        "name",
    )
)


@_attrs_define
class UpdateWebhookBody:
    hook_url: str | Unset = UNSET
    integration_name: str | Unset = UNSET
    integration_metadata: UpdateWebhookBodyIntegrationMetadata | Unset = UNSET
    integration_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook_url = self.hook_url

        integration_name = self.integration_name

        integration_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_metadata, Unset):
            integration_metadata = self.integration_metadata.to_dict()

        integration_type = self.integration_type

        type_ = self.type_

        is_subscribed = self.is_subscribed

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hook_url is not UNSET:
            field_dict["hookUrl"] = hook_url
        if integration_name is not UNSET:
            field_dict["integrationName"] = integration_name
        if integration_metadata is not UNSET:
            field_dict["integrationMetadata"] = integration_metadata
        if integration_type is not UNSET:
            field_dict["integrationType"] = integration_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_subscribed is not UNSET:
            field_dict["isSubscribed"] = is_subscribed
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"UpdateWebhookBody: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("UpdateWebhookBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateWebhookBody", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        hook_url = get("hookUrl", UNSET)

        integration_name = get("integrationName", UNSET)

        _integration_metadata = get("integrationMetadata", UNSET)
        integration_metadata: UpdateWebhookBodyIntegrationMetadata | Unset
        if isinstance(_integration_metadata, Unset):
            integration_metadata = UNSET
        else:
            integration_metadata = UpdateWebhookBodyIntegrationMetadata.from_dict(_integration_metadata)

        integration_type = get("integrationType", UNSET)

        type_ = get("type", UNSET)

        is_subscribed = get("isSubscribed", UNSET)

        name = get("name", UNSET)

        update_webhook_body = cls(
            hook_url,
            integration_name,
            integration_metadata,
            integration_type,
            type_,
            is_subscribed,
            name,
        )

        update_webhook_body.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return update_webhook_body

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


from ..models.update_webhook_body_integration_metadata import UpdateWebhookBodyIntegrationMetadata  # noqa: E402
