# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.contact_color import ContactColor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_map import BooleanMap


T = TypeVar("T", bound="ChatMember")


_WIRE_KEYS = frozenset(
    (
        "contact_id",
        "org_id",
        "contact_name",
        "contact_image",
        "contact_lid",
        "contact_type",
        "contact_color",
        "name",
        "pushname",
        "short_name",
        "periskope_name",
        "verified_name",
        "verified_level",
        "number",
        "is_blocked",
        "is_business",
        "is_enterprise",
        "is_group",
        "is_imported",
        "is_internal",
        "is_me",
        "is_my_contact",
        "is_user",
        "is_wa_contact",
        "business_profile",
        "label_ids",
        "labels",
        "updated_at",
        "id",
        "chat_id",
        "org_phone",
        "is_admin",
        "is_super_admin",
        "contact_labels",
    )
)


@_attrs_define
class ChatMember:
    """A member of a chat, with the member's contact fields."""

    contact_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_image: None | str | Unset = UNSET
    contact_lid: None | str | Unset = UNSET
    """ WhatsApp's LID for the contact. """
    contact_type: None | str | Unset = UNSET
    contact_color: ContactColor | None | Unset = UNSET
    name: None | str | Unset = UNSET
    pushname: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    periskope_name: None | str | Unset = UNSET
    verified_name: None | str | Unset = UNSET
    verified_level: int | None | Unset = UNSET
    number: None | str | Unset = UNSET
    is_blocked: bool | None | Unset = UNSET
    is_business: bool | None | Unset = UNSET
    is_enterprise: bool | None | Unset = UNSET
    is_group: bool | None | Unset = UNSET
    is_imported: bool | None | Unset = UNSET
    is_internal: bool | None | Unset = UNSET
    """ Messages from internal contacts are not flagged. """
    is_me: bool | None | Unset = UNSET
    is_my_contact: bool | None | Unset = UNSET
    is_user: bool | None | Unset = UNSET
    is_wa_contact: bool | None | Unset = UNSET
    business_profile: Any | Unset = UNSET
    label_ids: BooleanMap | None | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    """ Label names. """
    updated_at: datetime.datetime | None | Unset = UNSET
    id: Any | Unset = UNSET
    """ WhatsApp's id object for the contact. """
    chat_id: str | Unset = UNSET
    org_phone: None | str | Unset = UNSET
    is_admin: bool | None | Unset = UNSET
    is_super_admin: bool | None | Unset = UNSET
    contact_labels: None | str | Unset = UNSET
    """ Label names, comma-separated (ticket payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        org_id = self.org_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

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

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

        contact_color: None | str | Unset
        if isinstance(self.contact_color, Unset):
            contact_color = UNSET
        elif isinstance(self.contact_color, ContactColor):
            contact_color = self.contact_color.value
        else:
            contact_color = self.contact_color

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        periskope_name: None | str | Unset
        if isinstance(self.periskope_name, Unset):
            periskope_name = UNSET
        else:
            periskope_name = self.periskope_name

        verified_name: None | str | Unset
        if isinstance(self.verified_name, Unset):
            verified_name = UNSET
        else:
            verified_name = self.verified_name

        verified_level: int | None | Unset
        if isinstance(self.verified_level, Unset):
            verified_level = UNSET
        else:
            verified_level = self.verified_level

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

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

        business_profile = self.business_profile

        label_ids: dict[str, Any] | None | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, BooleanMap):
            label_ids = self.label_ids.to_dict()
        else:
            label_ids = self.label_ids

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        id = self.id

        chat_id = self.chat_id

        org_phone: None | str | Unset
        if isinstance(self.org_phone, Unset):
            org_phone = UNSET
        else:
            org_phone = self.org_phone

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        is_super_admin: bool | None | Unset
        if isinstance(self.is_super_admin, Unset):
            is_super_admin = UNSET
        else:
            is_super_admin = self.is_super_admin

        contact_labels: None | str | Unset
        if isinstance(self.contact_labels, Unset):
            contact_labels = UNSET
        else:
            contact_labels = self.contact_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_image is not UNSET:
            field_dict["contact_image"] = contact_image
        if contact_lid is not UNSET:
            field_dict["contact_lid"] = contact_lid
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if contact_color is not UNSET:
            field_dict["contact_color"] = contact_color
        if name is not UNSET:
            field_dict["name"] = name
        if pushname is not UNSET:
            field_dict["pushname"] = pushname
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if periskope_name is not UNSET:
            field_dict["periskope_name"] = periskope_name
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if verified_level is not UNSET:
            field_dict["verified_level"] = verified_level
        if number is not UNSET:
            field_dict["number"] = number
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
        if business_profile is not UNSET:
            field_dict["business_profile"] = business_profile
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if id is not UNSET:
            field_dict["id"] = id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if org_phone is not UNSET:
            field_dict["org_phone"] = org_phone
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_super_admin is not UNSET:
            field_dict["is_super_admin"] = is_super_admin
        if contact_labels is not UNSET:
            field_dict["contact_labels"] = contact_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"ChatMember: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("ChatMember") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("ChatMember", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        contact_id = get("contact_id", UNSET)

        org_id = get("org_id", UNSET)

        contact_name = get("contact_name", UNSET)

        contact_image = get("contact_image", UNSET)

        contact_lid = get("contact_lid", UNSET)

        contact_type = get("contact_type", UNSET)

        _contact_color = get("contact_color", UNSET)
        contact_color: ContactColor | None | Unset
        if _contact_color is None or _contact_color is UNSET:
            contact_color = _contact_color
        else:
            if not (isinstance(_contact_color, str)):
                raise TypeError(f"contact_color: unexpected {type(_contact_color).__name__}")
            contact_color_type_1 = ContactColor.decode(_contact_color)

            contact_color = contact_color_type_1

        name = get("name", UNSET)

        pushname = get("pushname", UNSET)

        short_name = get("short_name", UNSET)

        periskope_name = get("periskope_name", UNSET)

        verified_name = get("verified_name", UNSET)

        verified_level = get("verified_level", UNSET)

        number = get("number", UNSET)

        is_blocked = get("is_blocked", UNSET)

        is_business = get("is_business", UNSET)

        is_enterprise = get("is_enterprise", UNSET)

        is_group = get("is_group", UNSET)

        is_imported = get("is_imported", UNSET)

        is_internal = get("is_internal", UNSET)

        is_me = get("is_me", UNSET)

        is_my_contact = get("is_my_contact", UNSET)

        is_user = get("is_user", UNSET)

        is_wa_contact = get("is_wa_contact", UNSET)

        business_profile = get("business_profile", UNSET)

        _label_ids = get("label_ids", UNSET)
        label_ids: BooleanMap | None | Unset
        if _label_ids is None or _label_ids is UNSET:
            label_ids = _label_ids
        else:
            if not (isinstance(_label_ids, dict)):
                raise TypeError(f"label_ids: unexpected {type(_label_ids).__name__}")
            label_ids_type_1 = BooleanMap.from_dict(_label_ids)

            label_ids = label_ids_type_1

        _labels = get("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            if not (isinstance(_labels, list)):
                raise TypeError(f"labels: unexpected {type(_labels).__name__}")
            labels_type_0 = cast(list[str], _labels)

            labels = labels_type_0

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = _updated_at
        else:
            if not (isinstance(_updated_at, (str, int, float))):
                raise TypeError(f"updated_at: unexpected {type(_updated_at).__name__}")
            updated_at_type_0 = parse_timestamp(_updated_at)

            updated_at = updated_at_type_0

        id = get("id", UNSET)

        chat_id = get("chat_id", UNSET)

        org_phone = get("org_phone", UNSET)

        is_admin = get("is_admin", UNSET)

        is_super_admin = get("is_super_admin", UNSET)

        contact_labels = get("contact_labels", UNSET)

        chat_member = cls(
            contact_id,
            org_id,
            contact_name,
            contact_image,
            contact_lid,
            contact_type,
            contact_color,
            name,
            pushname,
            short_name,
            periskope_name,
            verified_name,
            verified_level,
            number,
            is_blocked,
            is_business,
            is_enterprise,
            is_group,
            is_imported,
            is_internal,
            is_me,
            is_my_contact,
            is_user,
            is_wa_contact,
            business_profile,
            label_ids,
            labels,
            updated_at,
            id,
            chat_id,
            org_phone,
            is_admin,
            is_super_admin,
            contact_labels,
        )

        chat_member.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return chat_member

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


from ..models.boolean_map import BooleanMap  # noqa: E402
