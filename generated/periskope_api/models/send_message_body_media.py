# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..models.send_message_body_media_type import SendMessageBodyMediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageBodyMedia")


_WIRE_KEYS = frozenset(
    (
        "type",
        "filename",
        "mimetype",
        "url",
        "filedata",
    )
)


@_attrs_define
class SendMessageBodyMedia:
    """Media object containing file information and content

    Note: You must specify either `filedata` or `url`

    """

    type_: SendMessageBodyMediaType
    """ The type of media being sent """
    filename: str
    """ The filename of the media """
    mimetype: str
    """ The MIME type of the media file """
    url: str | Unset = UNSET
    """ Public URL that hosts the content to be sent """
    filedata: str | Unset = UNSET
    """ Raw bytes of the file, represented in base64 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        filename = self.filename

        mimetype = self.mimetype

        url = self.url

        filedata = self.filedata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "filename": filename,
                "mimetype": mimetype,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if filedata is not UNSET:
            field_dict["filedata"] = filedata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"SendMessageBodyMedia: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("SendMessageBodyMedia") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageBodyMedia", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        type_ = SendMessageBodyMediaType.decode(d["type"])

        filename = d["filename"]

        mimetype = d["mimetype"]

        url = get("url", UNSET)

        filedata = get("filedata", UNSET)

        send_message_body_media = cls(
            type_,
            filename,
            mimetype,
            url,
            filedata,
        )

        send_message_body_media.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return send_message_body_media

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
