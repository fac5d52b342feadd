"""A small thread-safe LRU of encoded files, bounded by total bytes and by count.

Rendering a picture costs milliseconds and a listing has dozens, so each (picture, size) is
rendered once on first request and then served from memory. The bound keeps a long demo
session from growing without limit; an evicted entry is simply rendered again (rendering is
deterministic, so the bytes, and therefore the MD5 a client may have stored, do not change).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class ByteLRU:
    """Least-recently-used cache of bytes values."""

    def __init__(self, max_bytes: int, max_items: int) -> None:
        self.max_bytes = max_bytes
        self.max_items = max_items
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def total_bytes(self) -> int:
        """Bytes currently held."""
        return self._bytes

    def get_or_create(self, key: Hashable, create: Callable[[], bytes]) -> bytes:
        """The cached value of `key`, creating it outside the lock on a miss.

        Two threads missing the same key may both create it; the values are identical, and
        holding the lock while rendering would serialise every download behind one render.
        """
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
                return value
        value = create()
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: bytes) -> None:
        """Store `value`, evicting the least recently used entries beyond the bounds."""
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            self._entries[key] = value
            self._bytes += len(value)
            while self._entries and (
                self._bytes > self.max_bytes or len(self._entries) > self.max_items
            ):
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted)

    def clear(self) -> None:
        """Forget everything (tests use it to measure rendering)."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0
