"""Every model of the API (generated from the spec): `from periskope.models import Message`. Imported on first use.

Response fields read `None` both when the key was missing and when it was null; `fields_set(model)` says which keys
the payload had (and `to_dict()` writes back exactly those).
"""

from typing import TYPE_CHECKING, Any, Protocol

import periskope_api.models as _generated
from periskope_api.models import __all__ as _models

if TYPE_CHECKING:
    from periskope_api.models import *  # noqa: F403

__all__ = [*_models, "fields_set"]  # noqa: PLE0604 - the generated package's names, all strings


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def fields_set(model: _Model) -> frozenset[str]:
    """The wire keys `model.to_dict()` writes: the payload's keys (null ones too), unknown ones and any set since."""
    return frozenset(model.to_dict())


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)
