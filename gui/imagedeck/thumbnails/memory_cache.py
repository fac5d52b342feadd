"""A least-recently-used cache bounded by total bytes and by entry count (cf. FeelUOwn's
`gui/thumbnail_cache.py`).

Both bounds matter: bytes keep a few huge thumbnails from eating memory, the count keeps
thousands of tiny ones from making the dictionary itself the cost. `get` is a dictionary
lookup and never loads anything, so the GUI thread may call it while painting. It is meant
for one thread (the GUI thread); the loader never touches it from the decode pool.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")

DEFAULT_MAX_BYTES = 96 * 1024 * 1024
DEFAULT_MAX_COUNT = 2000


class MemoryLRU(Generic[V]):
    """key → value, evicting the least recently used entries past either bound."""

    def __init__(
        self,
        cost: Callable[[V], int],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_count: int = DEFAULT_MAX_COUNT,
    ) -> None:
        self._cost = cost
        self.max_bytes = max_bytes
        self.max_count = max_count
        self._entries: OrderedDict[str, tuple[V, int]] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    @property
    def total_bytes(self) -> int:
        return self._bytes

    def get(self, key: str) -> V | None:
        """The value, marked as most recently used; None if absent."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: str, value: V) -> None:
        """Store `value`; a value larger than the whole byte bound is not kept at all."""
        cost = max(0, self._cost(value))
        self.discard(key)
        if cost > self.max_bytes or self.max_count <= 0:
            return
        self._entries[key] = (value, cost)
        self._bytes += cost
        while len(self._entries) > self.max_count or self._bytes > self.max_bytes:
            _key, (_value, old_cost) = self._entries.popitem(last=False)
            self._bytes -= old_cost

    def discard(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry[1]

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0
