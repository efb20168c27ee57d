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
    str_list,
    to_json,
    wrong_type,
)

from ..models.phone_state import PhoneState

if TYPE_CHECKING:
    from ..models.phone_label_ids import PhoneLabelIds
    from ..models.phone_queues import PhoneQueues


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "phone_id": "phone_id",
    "org_id": "org_id",
    "org_phone": "org_phone",
    "phone_name": "phone_name",
    "phone_image": "phone_image",
    "qr_code": "qr_code",
    "wa_state": "wa_state",
    "is_ready": "is_ready",
    "is_browser_open": "is_browser_open",
    "wa_version": "wa_version",
    "first_connected_at": "first_connected_at",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "label_ids": "label_ids",
    "labels": "labels",
    "last_disconnect": "last_disconnect",
    "library": "library",
    "phone_state": "phone_state",
    "queue_status": "queue_status",
    "server_image": "server_image",
    "server_ip": "server_ip",
    "server_name": "server_name",
    "server_zone": "server_zone",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Phone:
    """An organisation phone as stored (what creating a phone returns)."""

    phone_id: str | None = None
    org_id: str | None = None
    org_phone: str | None = None
    phone_name: str | None = None
    phone_image: str | None = None
    qr_code: str | None = None
    wa_state: PhoneState | None = None
    is_ready: bool | None = None
    is_browser_open: bool | None = None
    wa_version: str | None = None
    first_connected_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    label_ids: PhoneLabelIds | None = None
    labels: list[str] | None = None
    last_disconnect: Any | None = None
    """ Why the phone last disconnected (server internal, untyped). """
    library: str | None = None
    phone_state: Any | None = None
    """ The phone's sync state (server internal, untyped). """
    queue_status: PhoneQueues | None = None
    server_image: str | None = None
    server_ip: str | None = None
    server_name: str | None = None
    server_zone: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        phone_id = self.phone_id
        if phone_id is not None:
            field_dict["phone_id"] = phone_id
        elif "phone_id" not in absent:
            field_dict["phone_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        org_phone = self.org_phone
        if org_phone is not None:
            field_dict["org_phone"] = org_phone
        elif "org_phone" not in absent:
            field_dict["org_phone"] = None
        phone_name = self.phone_name
        if phone_name is not None:
            field_dict["phone_name"] = phone_name
        elif "phone_name" not in absent:
            field_dict["phone_name"] = None
        phone_image = self.phone_image
        if phone_image is not None:
            field_dict["phone_image"] = phone_image
        elif "phone_image" not in absent:
            field_dict["phone_image"] = None
        qr_code = self.qr_code
        if qr_code is not None:
            field_dict["qr_code"] = qr_code
        elif "qr_code" not in absent:
            field_dict["qr_code"] = None
        wa_state = self.wa_state
        if wa_state is not None:
            field_dict["wa_state"] = wa_state.value
        elif "wa_state" not in absent:
            field_dict["wa_state"] = None
        is_ready = self.is_ready
        if is_ready is not None:
            field_dict["is_ready"] = is_ready
        elif "is_ready" not in absent:
            field_dict["is_ready"] = None
        is_browser_open = self.is_browser_open
        if is_browser_open is not None:
            field_dict["is_browser_open"] = is_browser_open
        elif "is_browser_open" not in absent:
            field_dict["is_browser_open"] = None
        wa_version = self.wa_version
        if wa_version is not None:
            field_dict["wa_version"] = wa_version
        elif "wa_version" not in absent:
            field_dict["wa_version"] = None
        first_connected_at = self.first_connected_at
        if first_connected_at is not None:
            field_dict["first_connected_at"] = first_connected_at.isoformat()
        elif "first_connected_at" not in absent:
            field_dict["first_connected_at"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" not in absent:
            field_dict["updated_at"] = None
        label_ids = self.label_ids
        if label_ids is not None:
            field_dict["label_ids"] = label_ids.to_dict()
        elif "label_ids" not in absent:
            field_dict["label_ids"] = None
        labels = self.labels
        if labels is not None:
            field_dict["labels"] = labels
        elif "labels" not in absent:
            field_dict["labels"] = None
        last_disconnect = self.last_disconnect
        if last_disconnect is not None:
            field_dict["last_disconnect"] = last_disconnect
        elif "last_disconnect" not in absent:
            field_dict["last_disconnect"] = None
        library = self.library
        if library is not None:
            field_dict["library"] = library
        elif "library" not in absent:
            field_dict["library"] = None
        phone_state = self.phone_state
        if phone_state is not None:
            field_dict["phone_state"] = phone_state
        elif "phone_state" not in absent:
            field_dict["phone_state"] = None
        queue_status = self.queue_status
        if queue_status is not None:
            field_dict["queue_status"] = queue_status.to_dict()
        elif "queue_status" not in absent:
            field_dict["queue_status"] = None
        server_image = self.server_image
        if server_image is not None:
            field_dict["server_image"] = server_image
        elif "server_image" not in absent:
            field_dict["server_image"] = None
        server_ip = self.server_ip
        if server_ip is not None:
            field_dict["server_ip"] = server_ip
        elif "server_ip" not in absent:
            field_dict["server_ip"] = None
        server_name = self.server_name
        if server_name is not None:
            field_dict["server_name"] = server_name
        elif "server_name" not in absent:
            field_dict["server_name"] = None
        server_zone = self.server_zone
        if server_zone is not None:
            field_dict["server_zone"] = server_zone
        elif "server_zone" not in absent:
            field_dict["server_zone"] = None
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
            raise exc.within_model("Phone") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Phone", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Phone")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        phone_id = get("phone_id")
        if phone_id is not None:
            if not isinstance(phone_id, str):
                raise wrong_type("phone_id", phone_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        org_phone = get("org_phone")
        if org_phone is not None:
            if not isinstance(org_phone, str):
                raise wrong_type("org_phone", org_phone, "str")

        phone_name = get("phone_name")
        if phone_name is not None:
            if not isinstance(phone_name, str):
                raise wrong_type("phone_name", phone_name, "str")

        phone_image = get("phone_image")
        if phone_image is not None:
            if not isinstance(phone_image, str):
                raise wrong_type("phone_image", phone_image, "str")

        qr_code = get("qr_code")
        if qr_code is not None:
            if not isinstance(qr_code, str):
                raise wrong_type("qr_code", qr_code, "str")

        wa_state = get("wa_state")
        if wa_state is not None:
            try:
                wa_state = PhoneState.decode(wa_state)
            except (TypeError, ValueError):
                raise bad_value("wa_state", wa_state, "PhoneState") from None

        is_ready = get("is_ready")
        if is_ready is not None:
            if is_ready.__class__ is not bool:
                raise wrong_type("is_ready", is_ready, "bool")

        is_browser_open = get("is_browser_open")
        if is_browser_open is not None:
            if is_browser_open.__class__ is not bool:
                raise wrong_type("is_browser_open", is_browser_open, "bool")

        wa_version = get("wa_version")
        if wa_version is not None:
            if not isinstance(wa_version, str):
                raise wrong_type("wa_version", wa_version, "str")

        first_connected_at = get("first_connected_at")
        if first_connected_at is not None:
            try:
                first_connected_at = parse_timestamp(first_connected_at)
            except (TypeError, ValueError):
                raise bad_value("first_connected_at", first_connected_at, "a timestamp") from None

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        updated_at = get("updated_at")
        if updated_at is not None:
            try:
                updated_at = parse_timestamp(updated_at)
            except (TypeError, ValueError):
                raise bad_value("updated_at", updated_at, "a timestamp") from None

        label_ids = get("label_ids")
        if label_ids is not None:
            try:
                label_ids = PhoneLabelIds._from_dict(label_ids)
            except DecodePathError as exc:
                raise exc.at("label_ids") from None

        labels = get("labels")
        if labels is not None:
            labels = str_list(labels, "labels")

        last_disconnect = get("last_disconnect")
        library = get("library")
        if library is not None:
            if not isinstance(library, str):
                raise wrong_type("library", library, "str")

        phone_state = get("phone_state")
        queue_status = get("queue_status")
        if queue_status is not None:
            try:
                queue_status = PhoneQueues._from_dict(queue_status)
            except DecodePathError as exc:
                raise exc.at("queue_status") from None

        server_image = get("server_image")
        if server_image is not None:
            if not isinstance(server_image, str):
                raise wrong_type("server_image", server_image, "str")

        server_ip = get("server_ip")
        if server_ip is not None:
            if not isinstance(server_ip, str):
                raise wrong_type("server_ip", server_ip, "str")

        server_name = get("server_name")
        if server_name is not None:
            if not isinstance(server_name, str):
                raise wrong_type("server_name", server_name, "str")

        server_zone = get("server_zone")
        if server_zone is not None:
            if not isinstance(server_zone, str):
                raise wrong_type("server_zone", server_zone, "str")

        phone = cls(
            phone_id,
            org_id,
            org_phone,
            phone_name,
            phone_image,
            qr_code,
            wa_state,
            is_ready,
            is_browser_open,
            wa_version,
            first_connected_at,
            created_at,
            updated_at,
            label_ids,
            labels,
            last_disconnect,
            library,
            phone_state,
            queue_status,
            server_image,
            server_ip,
            server_name,
            server_zone,
        )
        phone._absent = absent_keys(_WIRE_KEYS, d)
        phone.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return phone

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


from ..models.phone_label_ids import PhoneLabelIds  # noqa: E402
from ..models.phone_queues import PhoneQueues  # noqa: E402
