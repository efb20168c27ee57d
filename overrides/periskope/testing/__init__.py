"""Testing kit: FakePeriskope (an in-memory, stateful Periskope behind httpx.MockTransport), its pytest fixtures
(`periskope_fake`, `periskope_client`, `async_periskope_client`, `periskope_clock`; loaded automatically by pytest),
and the OpenAPI document the client is generated from (`spec_path()`, for Prism or another mock server).

    from periskope.testing import FakePeriskope

    fake = FakePeriskope()
    client = fake.client()
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fake import FakePeriskope
    from ._plugin import VirtualClock
    from ._spec import spec_path

__all__ = ["FakePeriskope", "VirtualClock", "spec_path"]


# pytest imports this package (for its plugin) in every session: the fake and the API models load on first use only.
def __getattr__(name: str) -> Any:
    if name == "FakePeriskope":
        importlib.import_module("._handlers", __name__)  # registers the stateful operations
        return importlib.import_module("._fake", __name__).FakePeriskope
    if name == "VirtualClock":  # the type of the periskope_clock fixture
        return importlib.import_module("._plugin", __name__).VirtualClock
    if name == "spec_path":
        return importlib.import_module("._spec", __name__).spec_path
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
