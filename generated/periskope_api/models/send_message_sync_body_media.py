# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.send_message_sync_body_media_type import SendMessageSyncBodyMediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageSyncBodyMedia")


_WIRE_KEYS = frozenset(
    (
        "type",
        "url",
        "filedata",
        "filename",
        "mimetype",
    )
)


@_attrs_define
class SendMessageSyncBodyMedia:
    """The attachment: `url` or base64 `filedata` (inferred from /message/send)."""

    type_: SendMessageSyncBodyMediaType | Unset = UNSET
    url: str | Unset = UNSET
    filedata: str | Unset = UNSET
    filename: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        filedata = self.filedata

        filename = self.filename

        mimetype = self.mimetype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if filedata is not UNSET:
            field_dict["filedata"] = filedata
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SendMessageSyncBodyMedia: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SendMessageSyncBodyMedia") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageSyncBodyMedia", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        _type_ = get("type", UNSET)
        type_: SendMessageSyncBodyMediaType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SendMessageSyncBodyMediaType.decode(_type_)

        url = get("url", UNSET)

        filedata = get("filedata", UNSET)

        filename = get("filename", UNSET)

        mimetype = get("mimetype", UNSET)

        send_message_sync_body_media = cls(
            type_,
            url,
            filedata,
            filename,
            mimetype,
        )

        send_message_sync_body_media.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_sync_body_media

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
