"""One grid benchmark measurement in its own process (see benchmarks/grid_bench.py).

Usage (by grid_bench only):  python -m benchmarks.grid_bench_child BASE_URL ITEM SIZE MODE LIMIT
MODE is "ours" (cold, then warm in a new window), "ours-first" (cold only, stopped after
LIMIT seconds: for the first thumbnail) or "naive" (cold only, stopped after LIMIT seconds).
Prints one JSON line of figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: E402

from benchmarks.naive_loader import NaiveLoader  # noqa: E402
from imagedeck.marketplaces.connection import demo_connections  # noqa: E402
from imagedeck.model.image import ListingRef  # noqa: E402
from imagedeck.ui.app.app import build_main_window, create_application  # noqa: E402
from imagedeck.ui.app.main_window import MainWindow  # noqa: E402
from imagedeck.ui.dialogs.questions import Choice  # noqa: E402
from imagedeck.ui.grid.gallery_model import ImageIdRole, ThumbnailStateRole  # noqa: E402
from imagedeck.ui.grid.thumbnail_state import ThumbnailState  # noqa: E402
from imagedeck.ui.grid.tile_delegate import TileDelegate  # noqa: E402

HEARTBEAT_MS = 5
POLL_S = 0.01
PHASE_TIMEOUT_S = 600.0


class Probe:
    """Timestamps of one open, relative to the listing's answer reaching the loader."""

    def __init__(self) -> None:
        self.t0: float | None = None
        self.first: float | None = None
        self.visible: float | None = None
        self.all: float | None = None
        self.painted: set[str] = set()
        self.finished: set[str] = set()
        self.max_gap = 0.0
        self.max_gap_cpu = 0.0
        """GUI-thread CPU time within the longest gap: near the gap, our code blocked;
        far below it, the OS ran other processes (a busy shared machine)."""
        self._last_beat: float | None = None
        self._last_cpu = 0.0
        self.t0_cpu = 0.0
        self.requests = 0
        self.bytes = 0

    def since(self) -> float:
        assert self.t0 is not None
        return time.perf_counter() - self.t0

    def beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self.t0 is not None and self.all is None and self._last_beat is not None:
            started_before = self._last_beat < self.t0
            gap = now - (self.t0 if started_before else self._last_beat)
            if gap > self.max_gap:
                self.max_gap = gap
                self.max_gap_cpu = cpu - (self.t0_cpu if started_before else self._last_cpu)
        self._last_beat, self._last_cpu = now, cpu

    def on_paint(self, image_id: str) -> None:
        if self.t0 is None:
            return
        if self.first is None:
            self.first = self.since()
        self.painted.add(image_id)


class RecordingDelegate(TileDelegate):
    """The real tile delegate, noting which READY tiles were painted when."""

    probe: Probe | None = None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if self.probe is not None and index.data(ThumbnailStateRole) == ThumbnailState.READY:
            self.probe.on_paint(str(index.data(ImageIdRole)))


def instrument(window: MainWindow, probe: Probe) -> None:
    """Hook the loader's start, the model's results and the client's downloads."""
    delegate = window.grid.itemDelegate()
    if not isinstance(delegate, RecordingDelegate):
        delegate = RecordingDelegate(window.grid)
        window.grid.setItemDelegate(delegate)
    delegate.probe = probe
    loader, model = window.loader, window.model
    original_load = loader.load

    def load(client, images):  # type: ignore[no-untyped-def]
        fetch = client.fetch_bytes
        if not getattr(fetch, "counted", False):

            async def counted(url: str) -> bytes:
                data = await fetch(url)
                probe.requests += 1
                probe.bytes += len(data)
                return data

            counted.counted = True  # type: ignore[attr-defined]
            client.fetch_bytes = counted
        probe.t0, probe.t0_cpu = time.perf_counter(), time.thread_time()
        original_load(client, images)

    loader.load = load  # type: ignore[method-assign]
    for name in ("set_thumbnail", "set_thumbnail_failed"):
        original = getattr(model, name)

        def finished(image_id: str, value: object, _original=original) -> None:
            _original(image_id, value)
            probe.finished.add(image_id)

        setattr(model, name, finished)


async def measure(window: MainWindow, listing: ListingRef, size: int, limit: float) -> dict:
    probe = Probe()
    instrument(window, probe)
    heartbeat = QTimer(window, interval=HEARTBEAT_MS)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(probe.beat)
    heartbeat.start()
    opened = await window.open_listing(listing)
    assert opened, "the listing did not open"
    truncated = False
    visible_count = 0
    deadline = time.perf_counter() + (limit or PHASE_TIMEOUT_S)
    give_up = time.perf_counter() + PHASE_TIMEOUT_S
    while True:
        await asyncio.sleep(POLL_S)
        if probe.visible is None and probe.t0 is not None:
            first, last = window.grid.visible_rows()
            ids = window.gallery.order[first : last + 1]
            if ids and all(i in probe.painted for i in ids):
                probe.visible = probe.since()
                visible_count = len(ids)
        if probe.all is None and len(probe.finished) >= size:
            probe.all = probe.since()
        if probe.all is not None and probe.visible is not None:
            break
        if time.perf_counter() > deadline:
            if limit and probe.finished and probe.first is not None and probe.t0 is not None:
                truncated = True
                probe.all = probe.since() * size / len(probe.finished)
                break
            if not limit or time.perf_counter() > give_up:
                raise RuntimeError(f"gave up: {len(probe.finished)} of {size} done")
    heartbeat.stop()
    return {
        "first": probe.first,
        "visible": probe.visible,
        "all": probe.all,
        "stall": probe.max_gap,
        "stall_cpu": probe.max_gap_cpu,
        "requests": probe.requests,
        "bytes_per_image": probe.bytes / max(1, probe.requests),
        "visible_count": visible_count,
        "truncated": truncated,
    }


async def close(window: MainWindow) -> None:
    window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
    window.close()
    await window.aclose()


# A maximised window on a full-HD screen less the task bar, as sellers work all day; with the
# listing browser and the details panel docked the grid shows about 30 tiles.
WINDOW_SIZE = (1920, 1040)


def new_window(base_url: str, mode: str) -> MainWindow:
    window = build_main_window(demo_connections(base_url))
    window.resize(*WINDOW_SIZE)
    window.ask_resume = lambda *_a, **_k: None
    if mode == "naive":
        edge = getattr(window.loader, "max_edge", 256)
        window.loader.close()
        window.loader = NaiveLoader(window.model, edge)  # type: ignore[assignment]
        window.display._loader = window.loader  # what opens a listing calls it  # noqa: SLF001
    window.show()
    return window


async def run(base_url: str, item: str, size: int, mode: str, limit: float) -> dict:
    listing = ListingRef("plentymarkets", item)
    window = new_window(base_url, mode)
    cold = await measure(window, listing, size, limit if mode != "ours" else 0)
    await close(window)
    result = dict(cold)
    if mode == "ours":
        window = new_window(base_url, mode)
        warm = await measure(window, listing, size, 0)
        await close(window)
        result.update(warm_all=warm["all"], warm_requests=warm["requests"])
        result.update(warm_first=warm["first"], warm_stall=warm["stall"])
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    base_url, item, size, mode, limit = sys.argv[1:6]
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(run(base_url, item, int(size), mode, float(limit)))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
