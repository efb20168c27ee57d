# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_dimensions import MediaDimensions


T = TypeVar("T", bound="Media")


_WIRE_KEYS = frozenset(
    (
        "path",
        "mimetype",
        "filename",
        "size",
        "thumbnail",
        "filedata",
        "compress",
        "dimensions",
    )
)


@_attrs_define
class Media:
    """An attachment. Every key is optional."""

    path: None | str | Unset = UNSET
    mimetype: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    size: float | None | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    filedata: None | str | Unset = UNSET
    """ base64 content, when sent inline. """
    compress: bool | None | Unset = UNSET
    dimensions: MediaDimensions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        mimetype: None | str | Unset
        if isinstance(self.mimetype, Unset):
            mimetype = UNSET
        else:
            mimetype = self.mimetype

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        size: float | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        filedata: None | str | Unset
        if isinstance(self.filedata, Unset):
            filedata = UNSET
        else:
            filedata = self.filedata

        compress: bool | None | Unset
        if isinstance(self.compress, Unset):
            compress = UNSET
        else:
            compress = self.compress

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, MediaDimensions):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if filename is not UNSET:
            field_dict["filename"] = filename
        if size is not UNSET:
            field_dict["size"] = size
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if filedata is not UNSET:
            field_dict["filedata"] = filedata
        if compress is not UNSET:
            field_dict["compress"] = compress
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Media: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Media") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Media", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        path = get("path", UNSET)

        mimetype = get("mimetype", UNSET)

        filename = get("filename", UNSET)

        size = get("size", UNSET)

        thumbnail = get("thumbnail", UNSET)

        filedata = get("filedata", UNSET)

        compress = get("compress", UNSET)

        _dimensions = get("dimensions", UNSET)
        dimensions: MediaDimensions | None | Unset
        if _dimensions is None or _dimensions is UNSET:
            dimensions = _dimensions
        else:
            if not (isinstance(_dimensions, dict)):
                raise TypeError(f"dimensions: unexpected {type(_dimensions).__name__}")
            dimensions_type_1 = MediaDimensions.from_dict(_dimensions)

            dimensions = dimensions_type_1

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

        media.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return media

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
