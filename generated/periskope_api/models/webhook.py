# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

from ..models.integration_type import IntegrationType
from ..models.webhook_event import WebhookEvent

if TYPE_CHECKING:
    from ..models.webhook_metadata import WebhookMetadata


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "id": "id",
    "org_id": "org_id",
    "hook_url": "hook_url",
    "integration_name": "integration_name",
    "integration_type": "integration_type",
    "type": "type_",
    "integration_id": "integration_id",
    "integration_metadata": "integration_metadata",
    "is_subscribed": "is_subscribed",
    "subscribed_at": "subscribed_at",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Webhook:
    """A webhook subscription, one row per event."""

    id: str | None = None
    org_id: str | None = None
    hook_url: str | None = None
    integration_name: WebhookEvent | None = None
    integration_type: str | None = None
    type_: IntegrationType | None = None
    integration_id: str | None = None
    integration_metadata: WebhookMetadata | None = None
    is_subscribed: bool | None = None
    subscribed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        hook_url = self.hook_url
        if hook_url is not None:
            field_dict["hook_url"] = hook_url
        elif "hook_url" not in absent:
            field_dict["hook_url"] = None
        integration_name = self.integration_name
        if integration_name is not None:
            field_dict["integration_name"] = integration_name.value
        elif "integration_name" not in absent:
            field_dict["integration_name"] = None
        integration_type = self.integration_type
        if integration_type is not None:
            field_dict["integration_type"] = integration_type
        elif "integration_type" not in absent:
            field_dict["integration_type"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        integration_id = self.integration_id
        if integration_id is not None:
            field_dict["integration_id"] = integration_id
        elif "integration_id" not in absent:
            field_dict["integration_id"] = None
        integration_metadata = self.integration_metadata
        if integration_metadata is not None:
            field_dict["integration_metadata"] = integration_metadata.to_dict()
        elif "integration_metadata" not in absent:
            field_dict["integration_metadata"] = None
        is_subscribed = self.is_subscribed
        if is_subscribed is not None:
            field_dict["is_subscribed"] = is_subscribed
        elif "is_subscribed" not in absent:
            field_dict["is_subscribed"] = None
        subscribed_at = self.subscribed_at
        if subscribed_at is not None:
            field_dict["subscribed_at"] = subscribed_at.isoformat()
        elif "subscribed_at" not in absent:
            field_dict["subscribed_at"] = None
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
            raise exc.within_model("Webhook") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Webhook", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Webhook")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        id = get("id")
        if id is not None:
            if not isinstance(id, str):
                raise wrong_type("id", id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        hook_url = get("hook_url")
        if hook_url is not None:
            if not isinstance(hook_url, str):
                raise wrong_type("hook_url", hook_url, "str")

        integration_name = get("integration_name")
        if integration_name is not None:
            try:
                integration_name = WebhookEvent.decode(integration_name)
            except (TypeError, ValueError):
                raise bad_value("integration_name", integration_name, "WebhookEvent") from None

        integration_type = get("integration_type")
        if integration_type is not None:
            if not isinstance(integration_type, str):
                raise wrong_type("integration_type", integration_type, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = IntegrationType.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "IntegrationType") from None

        integration_id = get("integration_id")
        if integration_id is not None:
            if not isinstance(integration_id, str):
                raise wrong_type("integration_id", integration_id, "str")

        integration_metadata = get("integration_metadata")
        if integration_metadata is not None:
            try:
                integration_metadata = WebhookMetadata._from_dict(integration_metadata)
            except DecodePathError as exc:
                raise exc.at("integration_metadata") from None

        is_subscribed = get("is_subscribed")
        if is_subscribed is not None:
            if is_subscribed.__class__ is not bool:
                raise wrong_type("is_subscribed", is_subscribed, "bool")

        subscribed_at = get("subscribed_at")
        if subscribed_at is not None:
            try:
                subscribed_at = parse_timestamp(subscribed_at)
            except (TypeError, ValueError):
                raise bad_value("subscribed_at", subscribed_at, "a timestamp") from None

        webhook = cls(
            id,
            org_id,
            hook_url,
            integration_name,
            integration_type,
            type_,
            integration_id,
            integration_metadata,
            is_subscribed,
            subscribed_at,
        )
        webhook._absent = absent_keys(_WIRE_KEYS, d)
        webhook.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return webhook

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


from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
