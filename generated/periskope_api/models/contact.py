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
    as_int,
    bad_value,
    decode_error,
    decode_list,
    from_json,
    model_repr,
    parse_timestamp,
    str_list,
    to_json,
    wrong_type,
)

from ..models.contact_color import ContactColor

if TYPE_CHECKING:
    from ..models.boolean_map import BooleanMap
    from ..models.chat import Chat


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "contact_id": "contact_id",
    "org_id": "org_id",
    "contact_name": "contact_name",
    "contact_image": "contact_image",
    "contact_lid": "contact_lid",
    "contact_type": "contact_type",
    "contact_color": "contact_color",
    "name": "name",
    "pushname": "pushname",
    "short_name": "short_name",
    "periskope_name": "periskope_name",
    "verified_name": "verified_name",
    "verified_level": "verified_level",
    "number": "number",
    "is_blocked": "is_blocked",
    "is_business": "is_business",
    "is_enterprise": "is_enterprise",
    "is_group": "is_group",
    "is_imported": "is_imported",
    "is_internal": "is_internal",
    "is_me": "is_me",
    "is_my_contact": "is_my_contact",
    "is_user": "is_user",
    "is_wa_contact": "is_wa_contact",
    "business_profile": "business_profile",
    "label_ids": "label_ids",
    "labels": "labels",
    "updated_at": "updated_at",
    "id": "id",
    "chats": "chats",
    "chat_ids": "chat_ids",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Contact:
    """A WhatsApp contact (the contact object)."""

    contact_id: str | None = None
    org_id: str | None = None
    contact_name: str | None = None
    contact_image: str | None = None
    contact_lid: str | None = None
    """ WhatsApp's LID for the contact. """
    contact_type: str | None = None
    contact_color: ContactColor | None = None
    name: str | None = None
    pushname: str | None = None
    short_name: str | None = None
    periskope_name: str | None = None
    verified_name: str | None = None
    verified_level: int | None = None
    number: str | None = None
    is_blocked: bool | None = None
    is_business: bool | None = None
    is_enterprise: bool | None = None
    is_group: bool | None = None
    is_imported: bool | None = None
    is_internal: bool | None = None
    """ Messages from internal contacts are not flagged. """
    is_me: bool | None = None
    is_my_contact: bool | None = None
    is_user: bool | None = None
    is_wa_contact: bool | None = None
    business_profile: Any | None = None
    label_ids: BooleanMap | None = None
    labels: list[str] | None = None
    """ Label names. """
    updated_at: datetime.datetime | None = None
    id: Any | None = None
    """ WhatsApp's id object for the contact. """
    chats: list[Chat] | None = None
    chat_ids: list[str] | None = None
    """ The 1-1 chat and the groups in common. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        contact_id = self.contact_id
        if contact_id is not None:
            field_dict["contact_id"] = contact_id
        elif "contact_id" not in absent:
            field_dict["contact_id"] = None
        org_id = self.org_id
        if org_id is not None:
            field_dict["org_id"] = org_id
        elif "org_id" not in absent:
            field_dict["org_id"] = None
        contact_name = self.contact_name
        if contact_name is not None:
            field_dict["contact_name"] = contact_name
        elif "contact_name" not in absent:
            field_dict["contact_name"] = None
        contact_image = self.contact_image
        if contact_image is not None:
            field_dict["contact_image"] = contact_image
        elif "contact_image" not in absent:
            field_dict["contact_image"] = None
        contact_lid = self.contact_lid
        if contact_lid is not None:
            field_dict["contact_lid"] = contact_lid
        elif "contact_lid" not in absent:
            field_dict["contact_lid"] = None
        contact_type = self.contact_type
        if contact_type is not None:
            field_dict["contact_type"] = contact_type
        elif "contact_type" not in absent:
            field_dict["contact_type"] = None
        contact_color = self.contact_color
        if contact_color is not None:
            field_dict["contact_color"] = contact_color.value
        elif "contact_color" not in absent:
            field_dict["contact_color"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif "name" not in absent:
            field_dict["name"] = None
        pushname = self.pushname
        if pushname is not None:
            field_dict["pushname"] = pushname
        elif "pushname" not in absent:
            field_dict["pushname"] = None
        short_name = self.short_name
        if short_name is not None:
            field_dict["short_name"] = short_name
        elif "short_name" not in absent:
            field_dict["short_name"] = None
        periskope_name = self.periskope_name
        if periskope_name is not None:
            field_dict["periskope_name"] = periskope_name
        elif "periskope_name" not in absent:
            field_dict["periskope_name"] = None
        verified_name = self.verified_name
        if verified_name is not None:
            field_dict["verified_name"] = verified_name
        elif "verified_name" not in absent:
            field_dict["verified_name"] = None
        verified_level = self.verified_level
        if verified_level is not None:
            field_dict["verified_level"] = verified_level
        elif "verified_level" not in absent:
            field_dict["verified_level"] = None
        number = self.number
        if number is not None:
            field_dict["number"] = number
        elif "number" not in absent:
            field_dict["number"] = None
        is_blocked = self.is_blocked
        if is_blocked is not None:
            field_dict["is_blocked"] = is_blocked
        elif "is_blocked" not in absent:
            field_dict["is_blocked"] = None
        is_business = self.is_business
        if is_business is not None:
            field_dict["is_business"] = is_business
        elif "is_business" not in absent:
            field_dict["is_business"] = None
        is_enterprise = self.is_enterprise
        if is_enterprise is not None:
            field_dict["is_enterprise"] = is_enterprise
        elif "is_enterprise" not in absent:
            field_dict["is_enterprise"] = None
        is_group = self.is_group
        if is_group is not None:
            field_dict["is_group"] = is_group
        elif "is_group" not in absent:
            field_dict["is_group"] = None
        is_imported = self.is_imported
        if is_imported is not None:
            field_dict["is_imported"] = is_imported
        elif "is_imported" not in absent:
            field_dict["is_imported"] = None
        is_internal = self.is_internal
        if is_internal is not None:
            field_dict["is_internal"] = is_internal
        elif "is_internal" not in absent:
            field_dict["is_internal"] = None
        is_me = self.is_me
        if is_me is not None:
            field_dict["is_me"] = is_me
        elif "is_me" not in absent:
            field_dict["is_me"] = None
        is_my_contact = self.is_my_contact
        if is_my_contact is not None:
            field_dict["is_my_contact"] = is_my_contact
        elif "is_my_contact" not in absent:
            field_dict["is_my_contact"] = None
        is_user = self.is_user
        if is_user is not None:
            field_dict["is_user"] = is_user
        elif "is_user" not in absent:
            field_dict["is_user"] = None
        is_wa_contact = self.is_wa_contact
        if is_wa_contact is not None:
            field_dict["is_wa_contact"] = is_wa_contact
        elif "is_wa_contact" not in absent:
            field_dict["is_wa_contact"] = None
        business_profile = self.business_profile
        if business_profile is not None:
            field_dict["business_profile"] = business_profile
        elif "business_profile" not in absent:
            field_dict["business_profile"] = None
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
        updated_at = self.updated_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at.isoformat()
        elif "updated_at" not in absent:
            field_dict["updated_at"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif "id" not in absent:
            field_dict["id"] = None
        chats = self.chats
        if chats is not None:
            field_dict["chats"] = [item.to_dict() for item in chats]
        elif "chats" not in absent:
            field_dict["chats"] = None
        chat_ids = self.chat_ids
        if chat_ids is not None:
            field_dict["chat_ids"] = chat_ids
        elif "chat_ids" not in absent:
            field_dict["chat_ids"] = None
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
            raise exc.within_model("Contact") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Contact", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Contact")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        contact_id = get("contact_id")
        if contact_id is not None:
            if not isinstance(contact_id, str):
                raise wrong_type("contact_id", contact_id, "str")

        org_id = get("org_id")
        if org_id is not None:
            if not isinstance(org_id, str):
                raise wrong_type("org_id", org_id, "str")

        contact_name = get("contact_name")
        if contact_name is not None:
            if not isinstance(contact_name, str):
                raise wrong_type("contact_name", contact_name, "str")

        contact_image = get("contact_image")
        if contact_image is not None:
            if not isinstance(contact_image, str):
                raise wrong_type("contact_image", contact_image, "str")

        contact_lid = get("contact_lid")
        if contact_lid is not None:
            if not isinstance(contact_lid, str):
                raise wrong_type("contact_lid", contact_lid, "str")

        contact_type = get("contact_type")
        if contact_type is not None:
            if not isinstance(contact_type, str):
                raise wrong_type("contact_type", contact_type, "str")

        contact_color = get("contact_color")
        if contact_color is not None:
            try:
                contact_color = ContactColor.decode(contact_color)
            except (TypeError, ValueError):
                raise bad_value("contact_color", contact_color, "ContactColor") from None

        name = get("name")
        if name is not None:
            if not isinstance(name, str):
                raise wrong_type("name", name, "str")

        pushname = get("pushname")
        if pushname is not None:
            if not isinstance(pushname, str):
                raise wrong_type("pushname", pushname, "str")

        short_name = get("short_name")
        if short_name is not None:
            if not isinstance(short_name, str):
                raise wrong_type("short_name", short_name, "str")

        periskope_name = get("periskope_name")
        if periskope_name is not None:
            if not isinstance(periskope_name, str):
                raise wrong_type("periskope_name", periskope_name, "str")

        verified_name = get("verified_name")
        if verified_name is not None:
            if not isinstance(verified_name, str):
                raise wrong_type("verified_name", verified_name, "str")

        verified_level = get("verified_level")
        if verified_level is not None:
            if verified_level.__class__ is not int:
                verified_level = as_int(verified_level, "verified_level")

        number = get("number")
        if number is not None:
            if not isinstance(number, str):
                raise wrong_type("number", number, "str")

        is_blocked = get("is_blocked")
        if is_blocked is not None:
            if is_blocked.__class__ is not bool:
                raise wrong_type("is_blocked", is_blocked, "bool")

        is_business = get("is_business")
        if is_business is not None:
            if is_business.__class__ is not bool:
                raise wrong_type("is_business", is_business, "bool")

        is_enterprise = get("is_enterprise")
        if is_enterprise is not None:
            if is_enterprise.__class__ is not bool:
                raise wrong_type("is_enterprise", is_enterprise, "bool")

        is_group = get("is_group")
        if is_group is not None:
            if is_group.__class__ is not bool:
                raise wrong_type("is_group", is_group, "bool")

        is_imported = get("is_imported")
        if is_imported is not None:
            if is_imported.__class__ is not bool:
                raise wrong_type("is_imported", is_imported, "bool")

        is_internal = get("is_internal")
        if is_internal is not None:
            if is_internal.__class__ is not bool:
                raise wrong_type("is_internal", is_internal, "bool")

        is_me = get("is_me")
        if is_me is not None:
            if is_me.__class__ is not bool:
                raise wrong_type("is_me", is_me, "bool")

        is_my_contact = get("is_my_contact")
        if is_my_contact is not None:
            if is_my_contact.__class__ is not bool:
                raise wrong_type("is_my_contact", is_my_contact, "bool")

        is_user = get("is_user")
        if is_user is not None:
            if is_user.__class__ is not bool:
                raise wrong_type("is_user", is_user, "bool")

        is_wa_contact = get("is_wa_contact")
        if is_wa_contact is not None:
            if is_wa_contact.__class__ is not bool:
                raise wrong_type("is_wa_contact", is_wa_contact, "bool")

        business_profile = get("business_profile")
        label_ids = get("label_ids")
        if label_ids is not None:
            try:
                label_ids = BooleanMap._from_dict(label_ids)
            except DecodePathError as exc:
                raise exc.at("label_ids") from None

        labels = get("labels")
        if labels is not None:
            labels = str_list(labels, "labels")

        updated_at = get("updated_at")
        if updated_at is not None:
            try:
                updated_at = parse_timestamp(updated_at)
            except (TypeError, ValueError):
                raise bad_value("updated_at", updated_at, "a timestamp") from None

        id = get("id")
        chats = get("chats")
        if chats is not None:
            chats = decode_list(chats, "chats", Chat._from_dict)

        chat_ids = get("chat_ids")
        if chat_ids is not None:
            chat_ids = str_list(chat_ids, "chat_ids")

        contact = cls(
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
            chats,
            chat_ids,
        )
        contact._absent = absent_keys(_WIRE_KEYS, d)
        contact.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return contact

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


from ..models.boolean_map import BooleanMap  # noqa: E402
from ..models.chat import Chat  # noqa: E402
