"""Keeps Python's full garbage collections from freezing the window on huge listings.

Measured with benchmarks/grid_bench.py: with a 5,000-image listing in memory (image records,
details, their JSON), each full ("generation 2") collection walks every tracked object and
took 90-110 ms of GUI-thread time, the longest stalls of the whole load. Those objects live
as long as the listing is open, so they are moved out of the collector's sight with
`gc.freeze()` once a large listing has loaded. They are still freed by reference counting
when the next listing replaces them; only reference cycles among them would outlive it, a
few small leftovers against a 100 ms pause at every collection. Small listings never freeze:
their collections are short anyway.
"""

from __future__ import annotations

import gc

FREEZE_FROM_IMAGES = 1000


def settle_large_listing(image_count: int) -> bool:
    """Call once a listing's objects exist; freezes them if the listing is large. Returns
    whether it did."""
    if image_count < FREEZE_FROM_IMAGES:
        return False
    gc.freeze()
    return True
