"""Testing kit: FakePeriskope (an in-memory, stateful Periskope behind httpx.MockTransport), its pytest fixtures
(`periskope_fake`, `periskope_client`, `async_periskope_client`; loaded automatically by pytest), and the OpenAPI
document the client is generated from (`spec_path()`, for Prism or another mock server).

    from periskope.testing import FakePeriskope

    fake = FakePeriskope()
    client = fake.client()
"""

from . import _handlers  # noqa: F401 - registers the stateful operations
from ._fake import FakePeriskope
from ._spec import spec_path

__all__ = ["FakePeriskope", "spec_path"]
