# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneInfo")


@_attrs_define
class PhoneInfo:
    label_ids: Any | Unset = UNSET
    org_id: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    first_connected_at: None | str | Unset = UNSET
    is_ready: bool | None | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    phone_id: str | Unset = UNSET
    phone_image: None | str | Unset = UNSET
    phone_name: None | str | Unset = UNSET
    qr_code: None | str | Unset = UNSET
    wa_state: None | str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_ids = self.label_ids

        org_id = self.org_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        created_at = self.created_at

        first_connected_at: None | str | Unset
        if isinstance(self.first_connected_at, Unset):
            first_connected_at = UNSET
        else:
            first_connected_at = self.first_connected_at

        is_ready: bool | None | Unset
        if isinstance(self.is_ready, Unset):
            is_ready = UNSET
        else:
            is_ready = self.is_ready

        org_phone: None | str | Unset
        if isinstance(self.org_phone, Unset):
            org_phone = UNSET
        else:
            org_phone = self.org_phone

        phone_id = self.phone_id

        phone_image: None | str | Unset
        if isinstance(self.phone_image, Unset):
            phone_image = UNSET
        else:
            phone_image = self.phone_image

        phone_name: None | str | Unset
        if isinstance(self.phone_name, Unset):
            phone_name = UNSET
        else:
            phone_name = self.phone_name

        qr_code: None | str | Unset
        if isinstance(self.qr_code, Unset):
            qr_code = UNSET
        else:
            qr_code = self.qr_code

        wa_state: None | str | Unset
        if isinstance(self.wa_state, Unset):
            wa_state = UNSET
        else:
            wa_state = self.wa_state

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if first_connected_at is not UNSET:
            field_dict["first_connected_at"] = first_connected_at
        if is_ready is not UNSET:
            field_dict["is_ready"] = is_ready
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if phone_id is not UNSET:
            field_dict["phone_id"] = phone_id
        if phone_image is not UNSET:
            field_dict["phone_image"] = phone_image
        if phone_name is not UNSET:
            field_dict["phone_name"] = phone_name
        if qr_code is not UNSET:
            field_dict["qr_code"] = qr_code
        if wa_state is not UNSET:
            field_dict["wa_state"] = wa_state
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"PhoneInfo: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("PhoneInfo") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("PhoneInfo", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label_ids = d.pop("label_ids", UNSET)

        org_id = d.pop("org_id", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        created_at = d.pop("created_at", UNSET)

        def _parse_first_connected_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_connected_at = _parse_first_connected_at(d.pop("first_connected_at", UNSET))

        def _parse_is_ready(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_ready = _parse_is_ready(d.pop("is_ready", UNSET))

        def _parse_org_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_phone = _parse_org_phone(d.pop("org_phone", UNSET))

        phone_id = d.pop("phone_id", UNSET)

        def _parse_phone_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_image = _parse_phone_image(d.pop("phone_image", UNSET))

        def _parse_phone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_name = _parse_phone_name(d.pop("phone_name", UNSET))

        def _parse_qr_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qr_code = _parse_qr_code(d.pop("qr_code", UNSET))

        def _parse_wa_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wa_state = _parse_wa_state(d.pop("wa_state", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        phone_info = cls(
            label_ids=label_ids,
            org_id=org_id,
            updated_at=updated_at,
            created_at=created_at,
            first_connected_at=first_connected_at,
            is_ready=is_ready,
            org_phone=org_phone,
            phone_id=phone_id,
            phone_image=phone_image,
            phone_name=phone_name,
            qr_code=qr_code,
            wa_state=wa_state,
            labels=labels,
        )

        phone_info.additional_properties = d
        return phone_info

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
