"""The pytest plugin (entry point `pytest11`, loaded automatically once periskope is installed):

    def test_reply(periskope_client, periskope_fake):
        periskope_client.messages.send(chat_id="919537851844@c.us", message="Hi")
        assert periskope_fake.events_named("message.created")

- `periskope_fake`: a fresh FakePeriskope;
- `periskope_client` / `async_periskope_client`: a Periskope / AsyncPeriskope wired to it (rate budget off: nothing is
  shared with other tests), closed after the test;
- `periskope_clock`: the clients' sleeps (retry back-off, `SentMessage.wait` polling, rate-budget waits) return at
  once and move a virtual clock forward instead; `periskope_clock.slept` lists them. The client fixtures use it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .. import AsyncPeriskope, Periskope
    from ._fake import FakePeriskope


class VirtualClock:
    """Stands in for the `time` module inside periskope: sleeping returns at once and moves the clock forward."""

    def __init__(self) -> None:
        self.slept: list[float] = []
        self.offset: float = 0.0

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.offset += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def _install(clock: VirtualClock, monkeypatch: pytest.MonkeyPatch, client: object) -> None:
    """Patch the sleeps and every periskope module's `time` (resources and the waiting policy load on first use, so
    load them first)."""
    from .. import _delivery, _retry  # noqa: F401, PLC0415 - the plugin loads nothing of periskope until a fixture is used

    for name in dir(client):
        if not name.startswith("_"):
            getattr(client, name)
    monkeypatch.setattr(_retry, "sleep", clock.sleep)
    monkeypatch.setattr(_retry, "async_sleep", clock.async_sleep)
    for module_name, module in list(sys.modules.items()):
        own = module_name.startswith("periskope.") and not module_name.startswith("periskope.testing")
        if own and getattr(module, "time", None) is time:
            monkeypatch.setattr(module, "time", clock)


@pytest.fixture
def periskope_fake() -> FakePeriskope:
    """A fresh, empty FakePeriskope."""
    from . import FakePeriskope  # noqa: PLC0415

    return FakePeriskope()


@pytest.fixture
def periskope_clock() -> VirtualClock:
    """The virtual clock the client fixtures sleep on."""
    return VirtualClock()


@pytest.fixture
def periskope_client(
    periskope_fake: FakePeriskope, periskope_clock: VirtualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Periskope]:
    """A Periskope talking to `periskope_fake`, sleeping on `periskope_clock`."""
    client = periskope_fake.client()
    _install(periskope_clock, monkeypatch, client)
    yield client
    client.close()


@pytest.fixture
def async_periskope_client(
    periskope_fake: FakePeriskope, periskope_clock: VirtualClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncPeriskope:
    """An AsyncPeriskope talking to `periskope_fake`, sleeping on `periskope_clock`. A plain fixture, so it works
    with any async test runner (pytest-asyncio, anyio); the fake holds no connections, so it needs no closing."""
    client = periskope_fake.async_client()
    _install(periskope_clock, monkeypatch, client)
    return client
