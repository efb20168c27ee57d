# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_float,
    decode_error,
    from_json,
    model_repr,
    to_json,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.media_dimensions import MediaDimensions


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "path": "path",
    "mimetype": "mimetype",
    "filename": "filename",
    "size": "size",
    "thumbnail": "thumbnail",
    "filedata": "filedata",
    "compress": "compress",
    "dimensions": "dimensions",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Media:
    """An attachment. Every key is optional."""

    path: str | None = None
    mimetype: str | None = None
    filename: str | None = None
    size: float | None = None
    thumbnail: str | None = None
    filedata: str | None = None
    """ base64 content, when sent inline. """
    compress: bool | None = None
    dimensions: MediaDimensions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        path = self.path
        if path is not None:
            field_dict["path"] = path
        elif "path" not in absent:
            field_dict["path"] = None
        mimetype = self.mimetype
        if mimetype is not None:
            field_dict["mimetype"] = mimetype
        elif "mimetype" not in absent:
            field_dict["mimetype"] = None
        filename = self.filename
        if filename is not None:
            field_dict["filename"] = filename
        elif "filename" not in absent:
            field_dict["filename"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif "size" not in absent:
            field_dict["size"] = None
        thumbnail = self.thumbnail
        if thumbnail is not None:
            field_dict["thumbnail"] = thumbnail
        elif "thumbnail" not in absent:
            field_dict["thumbnail"] = None
        filedata = self.filedata
        if filedata is not None:
            field_dict["filedata"] = filedata
        elif "filedata" not in absent:
            field_dict["filedata"] = None
        compress = self.compress
        if compress is not None:
            field_dict["compress"] = compress
        elif "compress" not in absent:
            field_dict["compress"] = None
        dimensions = self.dimensions
        if dimensions is not None:
            field_dict["dimensions"] = dimensions.to_dict()
        elif "dimensions" not in absent:
            field_dict["dimensions"] = None
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
            raise exc.within_model("Media") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Media", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Media")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        path = get("path")
        if path is not None:
            if not isinstance(path, str):
                raise wrong_type("path", path, "str")

        mimetype = get("mimetype")
        if mimetype is not None:
            if not isinstance(mimetype, str):
                raise wrong_type("mimetype", mimetype, "str")

        filename = get("filename")
        if filename is not None:
            if not isinstance(filename, str):
                raise wrong_type("filename", filename, "str")

        size = get("size")
        if size is not None:
            if size.__class__ is not float and size.__class__ is not int:
                size = as_float(size, "size")

        thumbnail = get("thumbnail")
        if thumbnail is not None:
            if not isinstance(thumbnail, str):
                raise wrong_type("thumbnail", thumbnail, "str")

        filedata = get("filedata")
        if filedata is not None:
            if not isinstance(filedata, str):
                raise wrong_type("filedata", filedata, "str")

        compress = get("compress")
        if compress is not None:
            if compress.__class__ is not bool:
                raise wrong_type("compress", compress, "bool")

        dimensions = get("dimensions")
        if dimensions is not None:
            try:
                dimensions = MediaDimensions._from_dict(dimensions)
            except DecodePathError as exc:
                raise exc.at("dimensions") from None

        media = cls(
            path,
            mimetype,
            filename,
            size,
            thumbnail,
            filedata,
            compress,
            dimensions,
        )
        media._absent = absent_keys(_WIRE_KEYS, d)
        media.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return media

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


from ..models.media_dimensions import MediaDimensions  # noqa: E402
