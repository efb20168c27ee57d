# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.contact_contact_color import ContactContactColor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat import Chat


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    business_profile: Any | Unset = UNSET
    contact_color: ContactContactColor | Unset = UNSET
    contact_id: str | Unset = UNSET
    contact_image: None | str | Unset = UNSET
    contact_lid: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_type: None | str | Unset = UNSET
    id: Any | Unset = UNSET
    is_blocked: bool | None | Unset = UNSET
    is_business: bool | None | Unset = UNSET
    is_enterprise: bool | None | Unset = UNSET
    is_group: bool | None | Unset = UNSET
    is_imported: bool | None | Unset = UNSET
    is_internal: bool | None | Unset = UNSET
    is_me: bool | None | Unset = UNSET
    is_my_contact: bool | None | Unset = UNSET
    is_user: bool | None | Unset = UNSET
    is_wa_contact: bool | None | Unset = UNSET
    label_ids: Any | Unset = UNSET
    name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    org_id: str | Unset = UNSET
    periskope_name: None | str | Unset = UNSET
    pushname: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    verified_level: float | None | Unset = UNSET
    verified_name: None | str | Unset = UNSET
    chats: list[Chat] | None | Unset = UNSET
    chat_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_profile = self.business_profile

        contact_color: str | Unset = UNSET
        if not isinstance(self.contact_color, Unset):
            contact_color = self.contact_color.value

        contact_id = self.contact_id

        contact_image: None | str | Unset
        if isinstance(self.contact_image, Unset):
            contact_image = UNSET
        else:
            contact_image = self.contact_image

        contact_lid: None | str | Unset
        if isinstance(self.contact_lid, Unset):
            contact_lid = UNSET
        else:
            contact_lid = self.contact_lid

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

        id = self.id

        is_blocked: bool | None | Unset
        if isinstance(self.is_blocked, Unset):
            is_blocked = UNSET
        else:
            is_blocked = self.is_blocked

        is_business: bool | None | Unset
        if isinstance(self.is_business, Unset):
            is_business = UNSET
        else:
            is_business = self.is_business

        is_enterprise: bool | None | Unset
        if isinstance(self.is_enterprise, Unset):
            is_enterprise = UNSET
        else:
            is_enterprise = self.is_enterprise

        is_group: bool | None | Unset
        if isinstance(self.is_group, Unset):
            is_group = UNSET
        else:
            is_group = self.is_group

        is_imported: bool | None | Unset
        if isinstance(self.is_imported, Unset):
            is_imported = UNSET
        else:
            is_imported = self.is_imported

        is_internal: bool | None | Unset
        if isinstance(self.is_internal, Unset):
            is_internal = UNSET
        else:
            is_internal = self.is_internal

        is_me: bool | None | Unset
        if isinstance(self.is_me, Unset):
            is_me = UNSET
        else:
            is_me = self.is_me

        is_my_contact: bool | None | Unset
        if isinstance(self.is_my_contact, Unset):
            is_my_contact = UNSET
        else:
            is_my_contact = self.is_my_contact

        is_user: bool | None | Unset
        if isinstance(self.is_user, Unset):
            is_user = UNSET
        else:
            is_user = self.is_user

        is_wa_contact: bool | None | Unset
        if isinstance(self.is_wa_contact, Unset):
            is_wa_contact = UNSET
        else:
            is_wa_contact = self.is_wa_contact

        label_ids = self.label_ids

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        org_id = self.org_id

        periskope_name: None | str | Unset
        if isinstance(self.periskope_name, Unset):
            periskope_name = UNSET
        else:
            periskope_name = self.periskope_name

        pushname: None | str | Unset
        if isinstance(self.pushname, Unset):
            pushname = UNSET
        else:
            pushname = self.pushname

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        verified_level: float | None | Unset
        if isinstance(self.verified_level, Unset):
            verified_level = UNSET
        else:
            verified_level = self.verified_level

        verified_name: None | str | Unset
        if isinstance(self.verified_name, Unset):
            verified_name = UNSET
        else:
            verified_name = self.verified_name

        chats: list[dict[str, Any]] | None | Unset
        if isinstance(self.chats, Unset):
            chats = UNSET
        elif isinstance(self.chats, list):
            chats = []
            for chats_type_0_item_data in self.chats:
                chats_type_0_item = chats_type_0_item_data.to_dict()
                chats.append(chats_type_0_item)

        else:
            chats = self.chats

        chat_ids: list[str] | Unset = UNSET
        if not isinstance(self.chat_ids, Unset):
            chat_ids = self.chat_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_profile is not UNSET:
            field_dict["business_profile"] = business_profile
        if contact_color is not UNSET:
            field_dict["contact_color"] = contact_color
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_image is not UNSET:
            field_dict["contact_image"] = contact_image
        if contact_lid is not UNSET:
            field_dict["contact_lid"] = contact_lid
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if id is not UNSET:
            field_dict["id"] = id
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if is_business is not UNSET:
            field_dict["is_business"] = is_business
        if is_enterprise is not UNSET:
            field_dict["is_enterprise"] = is_enterprise
        if is_group is not UNSET:
            field_dict["is_group"] = is_group
        if is_imported is not UNSET:
            field_dict["is_imported"] = is_imported
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal
        if is_me is not UNSET:
            field_dict["is_me"] = is_me
        if is_my_contact is not UNSET:
            field_dict["is_my_contact"] = is_my_contact
        if is_user is not UNSET:
            field_dict["is_user"] = is_user
        if is_wa_contact is not UNSET:
            field_dict["is_wa_contact"] = is_wa_contact
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if periskope_name is not UNSET:
            field_dict["periskope_name"] = periskope_name
        if pushname is not UNSET:
            field_dict["pushname"] = pushname
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if verified_level is not UNSET:
            field_dict["verified_level"] = verified_level
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if chats is not UNSET:
            field_dict["chats"] = chats
        if chat_ids is not UNSET:
            field_dict["chat_ids"] = chat_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise DecodeError(f"Contact: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Contact") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise decode_error("Contact", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat import Chat  # noqa: PLC0415

        d = dict(src_dict)
        business_profile = d.pop("business_profile", UNSET)

        _contact_color = d.pop("contact_color", UNSET)
        contact_color: ContactContactColor | Unset
        if isinstance(_contact_color, Unset):
            contact_color = UNSET
        else:
            contact_color = ContactContactColor(_contact_color)

        contact_id = d.pop("contact_id", UNSET)

        def _parse_contact_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_image = _parse_contact_image(d.pop("contact_image", UNSET))

        def _parse_contact_lid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_lid = _parse_contact_lid(d.pop("contact_lid", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_contact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact_type", UNSET))

        id = d.pop("id", UNSET)

        def _parse_is_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_blocked = _parse_is_blocked(d.pop("is_blocked", UNSET))

        def _parse_is_business(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_business = _parse_is_business(d.pop("is_business", UNSET))

        def _parse_is_enterprise(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enterprise = _parse_is_enterprise(d.pop("is_enterprise", UNSET))

        def _parse_is_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_group = _parse_is_group(d.pop("is_group", UNSET))

        def _parse_is_imported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_imported = _parse_is_imported(d.pop("is_imported", UNSET))

        def _parse_is_internal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_internal = _parse_is_internal(d.pop("is_internal", UNSET))

        def _parse_is_me(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_me = _parse_is_me(d.pop("is_me", UNSET))

        def _parse_is_my_contact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_my_contact = _parse_is_my_contact(d.pop("is_my_contact", UNSET))

        def _parse_is_user(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_user = _parse_is_user(d.pop("is_user", UNSET))

        def _parse_is_wa_contact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_wa_contact = _parse_is_wa_contact(d.pop("is_wa_contact", UNSET))

        label_ids = d.pop("label_ids", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        org_id = d.pop("org_id", UNSET)

        def _parse_periskope_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        periskope_name = _parse_periskope_name(d.pop("periskope_name", UNSET))

        def _parse_pushname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pushname = _parse_pushname(d.pop("pushname", UNSET))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_verified_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        verified_level = _parse_verified_level(d.pop("verified_level", UNSET))

        def _parse_verified_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_name = _parse_verified_name(d.pop("verified_name", UNSET))

        def _parse_chats(data: object) -> list[Chat] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, list)):
                raise TypeError(f"chats: unexpected {type(data).__name__}")
            chats_type_0 = []
            _chats_type_0 = data
            for chats_type_0_item_data in _chats_type_0:
                chats_type_0_item = Chat.from_dict(chats_type_0_item_data)

                chats_type_0.append(chats_type_0_item)

            return chats_type_0

        chats = _parse_chats(d.pop("chats", UNSET))

        chat_ids = cast(list[str], d.pop("chat_ids", UNSET))

        contact = cls(
            business_profile=business_profile,
            contact_color=contact_color,
            contact_id=contact_id,
            contact_image=contact_image,
            contact_lid=contact_lid,
            contact_name=contact_name,
            contact_type=contact_type,
            id=id,
            is_blocked=is_blocked,
            is_business=is_business,
            is_enterprise=is_enterprise,
            is_group=is_group,
            is_imported=is_imported,
            is_internal=is_internal,
            is_me=is_me,
            is_my_contact=is_my_contact,
            is_user=is_user,
            is_wa_contact=is_wa_contact,
            label_ids=label_ids,
            name=name,
            number=number,
            org_id=org_id,
            periskope_name=periskope_name,
            pushname=pushname,
            short_name=short_name,
            updated_at=updated_at,
            verified_level=verified_level,
            verified_name=verified_name,
            chats=chats,
            chat_ids=chat_ids,
        )

        contact.additional_properties = d
        return contact

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
