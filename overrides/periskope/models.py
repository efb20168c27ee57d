"""Every model of the API (generated from the spec): `from periskope.models import Message`. Imported on first use."""

from typing import TYPE_CHECKING, Any

import periskope_api.models as _generated
from periskope_api.models import __all__ as __all__  # noqa: PLC0414 - re-exported

if TYPE_CHECKING:
    from periskope_api.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)
