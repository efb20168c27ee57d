# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.integration_type import IntegrationType
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_metadata import WebhookMetadata


T = TypeVar("T", bound="Webhook")


_WIRE_KEYS = frozenset(
    (
        "id",
        "org_id",
        "hook_url",
        "integration_name",
        "integration_type",
        "type",
        "integration_id",
        "integration_metadata",
        "is_subscribed",
        "subscribed_at",
    )
)


@_attrs_define
class Webhook:
    """A webhook subscription, one row per event."""

    id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    hook_url: str | Unset = UNSET
    integration_name: None | Unset | WebhookEvent = UNSET
    integration_type: str | Unset = UNSET
    type_: IntegrationType | None | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    integration_metadata: None | Unset | WebhookMetadata = UNSET
    is_subscribed: bool | Unset = UNSET
    subscribed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        hook_url = self.hook_url

        integration_name: None | str | Unset
        if isinstance(self.integration_name, Unset):
            integration_name = UNSET
        elif isinstance(self.integration_name, WebhookEvent):
            integration_name = self.integration_name.value
        else:
            integration_name = self.integration_name

        integration_type = self.integration_type

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, IntegrationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        integration_metadata: dict[str, Any] | None | Unset
        if isinstance(self.integration_metadata, Unset):
            integration_metadata = UNSET
        elif isinstance(self.integration_metadata, WebhookMetadata):
            integration_metadata = self.integration_metadata.to_dict()
        else:
            integration_metadata = self.integration_metadata

        is_subscribed = self.is_subscribed

        subscribed_at: None | str | Unset
        if isinstance(self.subscribed_at, Unset):
            subscribed_at = UNSET
        elif isinstance(self.subscribed_at, datetime.datetime):
            subscribed_at = self.subscribed_at.isoformat()
        else:
            subscribed_at = self.subscribed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if hook_url is not UNSET:
            field_dict["hook_url"] = hook_url
        if integration_name is not UNSET:
            field_dict["integration_name"] = integration_name
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_metadata is not UNSET:
            field_dict["integration_metadata"] = integration_metadata
        if is_subscribed is not UNSET:
            field_dict["is_subscribed"] = is_subscribed
        if subscribed_at is not UNSET:
            field_dict["subscribed_at"] = subscribed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Webhook: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Webhook") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Webhook", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        id = get("id", UNSET)

        org_id = get("org_id", UNSET)

        hook_url = get("hook_url", UNSET)

        _integration_name = get("integration_name", UNSET)
        integration_name: None | Unset | WebhookEvent
        if _integration_name is None or _integration_name is UNSET:
            integration_name = _integration_name
        else:
            if not (isinstance(_integration_name, str)):
                raise TypeError(f"integration_name: unexpected {type(_integration_name).__name__}")
            integration_name_type_1 = WebhookEvent.decode(_integration_name)

            integration_name = integration_name_type_1

        integration_type = get("integration_type", UNSET)

        _type_ = get("type", UNSET)
        type_: IntegrationType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = IntegrationType.decode(_type_)

            type_ = type_type_1

        integration_id = get("integration_id", UNSET)

        _integration_metadata = get("integration_metadata", UNSET)
        integration_metadata: None | Unset | WebhookMetadata
        if _integration_metadata is None or _integration_metadata is UNSET:
            integration_metadata = _integration_metadata
        else:
            if not (isinstance(_integration_metadata, dict)):
                raise TypeError(f"integration_metadata: unexpected {type(_integration_metadata).__name__}")
            integration_metadata_type_1 = WebhookMetadata.from_dict(_integration_metadata)

            integration_metadata = integration_metadata_type_1

        is_subscribed = get("is_subscribed", UNSET)

        _subscribed_at = get("subscribed_at", UNSET)
        subscribed_at: datetime.datetime | None | Unset
        if _subscribed_at is None or _subscribed_at is UNSET:
            subscribed_at = _subscribed_at
        else:
            if not (isinstance(_subscribed_at, (str, int, float))):
                raise TypeError(f"subscribed_at: unexpected {type(_subscribed_at).__name__}")
            subscribed_at_type_0 = parse_timestamp(_subscribed_at)

            subscribed_at = subscribed_at_type_0

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

        webhook.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
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


from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
