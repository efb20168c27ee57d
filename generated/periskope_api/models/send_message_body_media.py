# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

from ..models.send_message_body_media_type import SendMessageBodyMediaType
from ..types import UNSET, Unset

# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "type": "type_",
    "filename": "filename",
    "mimetype": "mimetype",
    "url": "url",
    "filedata": "filedata",
}
_WIRE_KEYS = frozenset(_FIELDS)


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
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        type_ = self.type_
        field_dict["type"] = type_.value
        filename = self.filename
        field_dict["filename"] = filename
        mimetype = self.mimetype
        field_dict["mimetype"] = mimetype
        url = self.url
        if not isinstance(url, Unset):
            field_dict["url"] = url
        filedata = self.filedata
        if not isinstance(filedata, Unset):
            field_dict["filedata"] = filedata
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
            raise exc.within_model("SendMessageBodyMedia") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("SendMessageBodyMedia", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "SendMessageBodyMedia")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        if "type" not in d:
            raise DecodePathError("type", "missing required key")
        type_ = d["type"]
        try:
            type_ = SendMessageBodyMediaType.decode(type_)
        except (TypeError, ValueError):
            raise bad_value("type", type_, "SendMessageBodyMediaType") from None

        if "filename" not in d:
            raise DecodePathError("filename", "missing required key")
        filename = d["filename"]
        if not isinstance(filename, str):
            raise wrong_type("filename", filename, "str")

        if "mimetype" not in d:
            raise DecodePathError("mimetype", "missing required key")
        mimetype = d["mimetype"]
        if not isinstance(mimetype, str):
            raise wrong_type("mimetype", mimetype, "str")

        url = get("url", UNSET)
        if url is not UNSET:
            if not isinstance(url, str):
                raise wrong_type("url", url, "str")

        filedata = get("filedata", UNSET)
        if filedata is not UNSET:
            if not isinstance(filedata, str):
                raise wrong_type("filedata", filedata, "str")

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
