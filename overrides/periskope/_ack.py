"""The base of the generated `Ack`: what a delivery level means on Periskope's scale (API reference, "Delivery status").

-1 failed, 0 pending (queued), 1 sent to WhatsApp's servers, 2 delivered (1:1: to the recipient's device; group: to at
least one participant), 3 delivered to every participant of a group, 4 read (1:1: by the recipient; group: by at least
one participant), 5 read by every participant of a group. Once sent, a message's ack only increases. Values above 5
are kept (the scale is open) and rank above READ_ALL.
"""

from __future__ import annotations

from ._wire import OpenIntEnum

_FAILED = -1
_READ_ALL = 5


class AckScale(OpenIntEnum):
    """Helpers of `Ack` (a member-less enum base, so that `Ack` can derive from it)."""

    @property
    def is_failed(self) -> bool:
        return int(self) == _FAILED

    @property
    def is_final(self) -> bool:
        """No later ack can come: FAILED, or READ_ALL (and anything above). For a 1:1 chat READ is the last one the
        recipient can give, but the level alone cannot tell a 1:1 chat from a group."""
        return int(self) == _FAILED or int(self) >= _READ_ALL

    def reached(self, level: int) -> bool:
        """Whether a message at this ack has got at least as far as `level` (`Ack.DELIVERED`, ...). A FAILED message
        reaches nothing but FAILED."""
        if int(self) == _FAILED:
            return int(level) == _FAILED
        return int(self) >= int(level)
