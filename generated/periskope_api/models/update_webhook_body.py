# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_body_integration_metadata import UpdateWebhookBodyIntegrationMetadata


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "hookUrl": "hook_url",
    "integrationName": "integration_name",
    "integrationMetadata": "integration_metadata",
    "integrationType": "integration_type",
    "type": "type_",
    "isSubscribed": "is_subscribed",
    "name": "name",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        hook_url = self.hook_url
        if not isinstance(hook_url, Unset):
            field_dict["hookUrl"] = hook_url
        integration_name = self.integration_name
        if not isinstance(integration_name, Unset):
            field_dict["integrationName"] = integration_name
        integration_metadata = self.integration_metadata
        if not isinstance(integration_metadata, Unset):
            field_dict["integrationMetadata"] = integration_metadata.to_dict()
        integration_type = self.integration_type
        if not isinstance(integration_type, Unset):
            field_dict["integrationType"] = integration_type
        type_ = self.type_
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        is_subscribed = self.is_subscribed
        if not isinstance(is_subscribed, Unset):
            field_dict["isSubscribed"] = is_subscribed
        name = self.name
        if not isinstance(name, Unset):
            field_dict["name"] = name
        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a compact JSON string."""
        return to_json(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object; a value that does not fit its declared type raises DecodeError naming the path."""
        try:
            return cls._from_dict(src_dict)
        except DecodePathError as exc:
            raise exc.within_model("UpdateWebhookBody") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("UpdateWebhookBody", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "UpdateWebhookBody")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        hook_url = get("hookUrl", UNSET)
        if hook_url is not UNSET:
            if not isinstance(hook_url, str):
                raise wrong_type("hookUrl", hook_url, "str")

        integration_name = get("integrationName", UNSET)
        if integration_name is not UNSET:
            if not isinstance(integration_name, str):
                raise wrong_type("integrationName", integration_name, "str")

        integration_metadata = get("integrationMetadata", UNSET)
        if integration_metadata is not UNSET:
            try:
                integration_metadata = UpdateWebhookBodyIntegrationMetadata._from_dict(integration_metadata)
            except DecodePathError as exc:
                raise exc.at("integrationMetadata") from None

        integration_type = get("integrationType", UNSET)
        if integration_type is not UNSET:
            if not isinstance(integration_type, str):
                raise wrong_type("integrationType", integration_type, "str")

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if not isinstance(type_, str):
                raise wrong_type("type", type_, "str")

        is_subscribed = get("isSubscribed", UNSET)
        if is_subscribed is not UNSET:
            if is_subscribed.__class__ is not bool:
                raise wrong_type("isSubscribed", is_subscribed, "bool")

        name = get("name", UNSET)
        if name is not UNSET:
            if not isinstance(name, str):
                raise wrong_type("name", name, "str")

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

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

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
