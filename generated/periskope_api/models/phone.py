# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.phone_state import PhoneState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_label_ids import PhoneLabelIds
    from ..models.phone_queues import PhoneQueues


T = TypeVar("T", bound="Phone")


_WIRE_KEYS = frozenset(
    (
        "phone_id",
        "org_id",
        "org_phone",
        "phone_name",
        "phone_image",
        "qr_code",
        "wa_state",
        "is_ready",
        "is_browser_open",
        "wa_version",
        "first_connected_at",
        "created_at",
        "updated_at",
        "label_ids",
        "labels",
        "last_disconnect",
        "library",
        "phone_state",
        "queue_status",
        "server_image",
        "server_ip",
        "server_name",
        "server_zone",
    )
)


@_attrs_define
class Phone:
    """An organisation phone as stored (what creating a phone returns)."""

    phone_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    phone_name: None | str | Unset = UNSET
    phone_image: None | str | Unset = UNSET
    qr_code: None | str | Unset = UNSET
    wa_state: None | PhoneState | Unset = UNSET
    is_ready: bool | None | Unset = UNSET
    is_browser_open: bool | None | Unset = UNSET
    wa_version: None | str | Unset = UNSET
    first_connected_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    label_ids: None | PhoneLabelIds | Unset = UNSET
    labels: list[str] | Unset = UNSET
    last_disconnect: Any | Unset = UNSET
    """ Why the phone last disconnected (server internal, untyped). """
    library: None | str | Unset = UNSET
    phone_state: Any | Unset = UNSET
    """ The phone's sync state (server internal, untyped). """
    queue_status: None | PhoneQueues | Unset = UNSET
    server_image: None | str | Unset = UNSET
    server_ip: None | str | Unset = UNSET
    server_name: None | str | Unset = UNSET
    server_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_id = self.phone_id

        org_id = self.org_id

        org_phone: None | str | Unset
        if isinstance(self.org_phone, Unset):
            org_phone = UNSET
        else:
            org_phone = self.org_phone

        phone_name: None | str | Unset
        if isinstance(self.phone_name, Unset):
            phone_name = UNSET
        else:
            phone_name = self.phone_name

        phone_image: None | str | Unset
        if isinstance(self.phone_image, Unset):
            phone_image = UNSET
        else:
            phone_image = self.phone_image

        qr_code: None | str | Unset
        if isinstance(self.qr_code, Unset):
            qr_code = UNSET
        else:
            qr_code = self.qr_code

        wa_state: None | str | Unset
        if isinstance(self.wa_state, Unset):
            wa_state = UNSET
        elif isinstance(self.wa_state, PhoneState):
            wa_state = self.wa_state.value
        else:
            wa_state = self.wa_state

        is_ready: bool | None | Unset
        if isinstance(self.is_ready, Unset):
            is_ready = UNSET
        else:
            is_ready = self.is_ready

        is_browser_open: bool | None | Unset
        if isinstance(self.is_browser_open, Unset):
            is_browser_open = UNSET
        else:
            is_browser_open = self.is_browser_open

        wa_version: None | str | Unset
        if isinstance(self.wa_version, Unset):
            wa_version = UNSET
        else:
            wa_version = self.wa_version

        first_connected_at: None | str | Unset
        if isinstance(self.first_connected_at, Unset):
            first_connected_at = UNSET
        elif isinstance(self.first_connected_at, datetime.datetime):
            first_connected_at = self.first_connected_at.isoformat()
        else:
            first_connected_at = self.first_connected_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        label_ids: dict[str, Any] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, PhoneLabelIds):
            label_ids = self.label_ids.to_dict()
        else:
            label_ids = self.label_ids

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        last_disconnect = self.last_disconnect

        library: None | str | Unset
        if isinstance(self.library, Unset):
            library = UNSET
        else:
            library = self.library

        phone_state = self.phone_state

        queue_status: dict[str, Any] | None | Unset
        if isinstance(self.queue_status, Unset):
            queue_status = UNSET
        elif isinstance(self.queue_status, PhoneQueues):
            queue_status = self.queue_status.to_dict()
        else:
            queue_status = self.queue_status

        server_image: None | str | Unset
        if isinstance(self.server_image, Unset):
            server_image = UNSET
        else:
            server_image = self.server_image

        server_ip: None | str | Unset
        if isinstance(self.server_ip, Unset):
            server_ip = UNSET
        else:
            server_ip = self.server_ip

        server_name: None | str | Unset
        if isinstance(self.server_name, Unset):
            server_name = UNSET
        else:
            server_name = self.server_name

        server_zone: None | str | Unset
        if isinstance(self.server_zone, Unset):
            server_zone = UNSET
        else:
            server_zone = self.server_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if phone_name is not UNSET:
            field_dict["phone_name"] = phone_name
        if phone_image is not UNSET:
            field_dict["phone_image"] = phone_image
        if qr_code is not UNSET:
            field_dict["qr_code"] = qr_code
        if wa_state is not UNSET:
            field_dict["wa_state"] = wa_state
        if is_ready is not UNSET:
            field_dict["is_ready"] = is_ready
        if is_browser_open is not UNSET:
            field_dict["is_browser_open"] = is_browser_open
        if wa_version is not UNSET:
            field_dict["wa_version"] = wa_version
        if first_connected_at is not UNSET:
            field_dict["first_connected_at"] = first_connected_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if last_disconnect is not UNSET:
            field_dict["last_disconnect"] = last_disconnect
        if library is not UNSET:
            field_dict["library"] = library
        if phone_state is not UNSET:
            field_dict["phone_state"] = phone_state
        if queue_status is not UNSET:
            field_dict["queue_status"] = queue_status
        if server_image is not UNSET:
            field_dict["server_image"] = server_image
        if server_ip is not UNSET:
            field_dict["server_ip"] = server_ip
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if server_zone is not UNSET:
            field_dict["server_zone"] = server_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Phone: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Phone") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Phone", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        phone_id = get("phone_id", UNSET)

        org_id = get("org_id", UNSET)

        org_phone = get("org_phone", UNSET)

        phone_name = get("phone_name", UNSET)

        phone_image = get("phone_image", UNSET)

        qr_code = get("qr_code", UNSET)

        _wa_state = get("wa_state", UNSET)
        wa_state: None | PhoneState | Unset
        if _wa_state is None or _wa_state is UNSET:
            wa_state = _wa_state
        else:
            if not (isinstance(_wa_state, str)):
                raise TypeError(f"wa_state: unexpected {type(_wa_state).__name__}")
            wa_state_type_1 = PhoneState.decode(_wa_state)

            wa_state = wa_state_type_1

        is_ready = get("is_ready", UNSET)

        is_browser_open = get("is_browser_open", UNSET)

        wa_version = get("wa_version", UNSET)

        _first_connected_at = get("first_connected_at", UNSET)
        first_connected_at: datetime.datetime | None | Unset
        if _first_connected_at is None or _first_connected_at is UNSET:
            first_connected_at = _first_connected_at
        else:
            if not (isinstance(_first_connected_at, (str, int, float))):
                raise TypeError(f"first_connected_at: unexpected {type(_first_connected_at).__name__}")
            first_connected_at_type_0 = parse_timestamp(_first_connected_at)

            first_connected_at = first_connected_at_type_0

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not (isinstance(_updated_at, (str, int, float))):
                raise TypeError(f"updated_at: unexpected {type(_updated_at).__name__}")
            updated_at_type_0 = parse_timestamp(_updated_at)

            updated_at = updated_at_type_0

        _label_ids = get("label_ids", UNSET)
        label_ids: None | PhoneLabelIds | Unset
        if _label_ids is None or _label_ids is UNSET:
            label_ids = _label_ids
        else:
            if not (isinstance(_label_ids, dict)):
                raise TypeError(f"label_ids: unexpected {type(_label_ids).__name__}")
            label_ids_type_1 = PhoneLabelIds.from_dict(_label_ids)

            label_ids = label_ids_type_1

        labels = cast(list[str], get("labels", UNSET))

        last_disconnect = get("last_disconnect", UNSET)

        library = get("library", UNSET)

        phone_state = get("phone_state", UNSET)

        _queue_status = get("queue_status", UNSET)
        queue_status: None | PhoneQueues | Unset
        if _queue_status is None or _queue_status is UNSET:
            queue_status = _queue_status
        else:
            if not (isinstance(_queue_status, dict)):
                raise TypeError(f"queue_status: unexpected {type(_queue_status).__name__}")
            queue_status_type_1 = PhoneQueues.from_dict(_queue_status)

            queue_status = queue_status_type_1

        server_image = get("server_image", UNSET)

        server_ip = get("server_ip", UNSET)

        server_name = get("server_name", UNSET)

        server_zone = get("server_zone", UNSET)

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

        phone.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return phone

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
