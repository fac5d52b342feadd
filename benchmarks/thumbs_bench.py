"""Thumbnail benchmark: open-to-first-thumbnail and cold vs. warm loading of demo item 101.

Run:  QT_QPA_PLATFORM=offscreen python -m benchmarks.thumbs_bench [--latency-ms 50]

Not part of the test run. Uses a fresh temporary data folder (so the disk cache starts
empty) and the sandbox with `--latency-ms` added to every request, like a real marketplace.

Prints, for the whole window (listing read included):
* cold: empty caches, every file downloaded and decoded;
* warm disk: a new window (new memory cache), thumbnails from the disk cache;
* warm memory: the same window reopening the listing after another one;
and per image: decoding a downloaded preview vs. reading the decoded thumbnail from disk.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("IMAGEDECK_DATA_DIR", tempfile.mkdtemp(prefix="imagedeck-bench-"))

import httpx  # noqa: E402
import qasync  # noqa: E402

from imagedeck.marketplaces.connection import demo_connections  # noqa: E402
from imagedeck.model.image import ListingRef  # noqa: E402
from imagedeck.sandbox.server import SandboxServer  # noqa: E402
from imagedeck.thumbnails.decode import decode_thumbnail  # noqa: E402
from imagedeck.ui.app.app import build_main_window, create_application  # noqa: E402
from imagedeck.ui.app.main_window import MainWindow  # noqa: E402
from imagedeck.ui.dialogs.questions import Choice  # noqa: E402
from imagedeck.ui.grid.qimage_conversion import pil_to_qimage  # noqa: E402
from imagedeck.ui.grid.thumbnail_loader import THUMBNAIL_EDGE, default_disk_cache  # noqa: E402
from imagedeck.ui.grid.thumbnail_state import ThumbnailState  # noqa: E402

ITEM_101 = ListingRef("plentymarkets", "101")
ITEM_102 = ListingRef("plentymarkets", "102")


async def timed_open(window: MainWindow, listing: ListingRef) -> tuple[float, float, int]:
    """(seconds to the first thumbnail, seconds to all, files downloaded)."""
    before = window.loader.downloads
    started = time.perf_counter()
    task = asyncio.ensure_future(window.open_listing(listing))
    first = None
    while True:
        states = [window.model.thumbnail_state(i.id) for i in window.gallery]
        if task.done() and window.gallery.listing == listing:
            if first is None and ThumbnailState.READY in states:
                first = time.perf_counter() - started
            if states and not window.loader.busy and ThumbnailState.LOADING not in states:
                break
        await asyncio.sleep(0.002)
    total = time.perf_counter() - started
    return first or total, total, window.loader.downloads - before


async def close(window: MainWindow) -> None:
    window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
    window.close()
    await window.aclose()


def decode_figures(base_url: str) -> tuple[float, float]:
    """Median ms per image: decode of a downloaded preview vs. a disk cache read."""
    cache = default_disk_cache()
    keys = sorted(p.stem for p in cache.root.glob("*.thumb"))[:20]
    with httpx.Client(base_url=base_url) as client:
        login = client.post("/rest/login", json={"username": "demo", "password": "demo"})
        token = login.json()["accessToken"]
        records = client.get(
            "/rest/items/101/images", headers={"Authorization": f"Bearer {token}"}
        ).json()
        blobs = [client.get(r["urlSecondPreview"]).content for r in records[:20]]
    cold, warm = [], []
    for blob in blobs:
        started = time.perf_counter()
        pil_to_qimage(decode_thumbnail(blob, THUMBNAIL_EDGE))
        cold.append(time.perf_counter() - started)
    for key in keys:
        started = time.perf_counter()
        picture = cache.get(key)
        assert picture is not None
        pil_to_qimage(picture)
        warm.append(time.perf_counter() - started)
    return statistics.median(cold) * 1000, statistics.median(warm) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=float, default=50.0)
    args = parser.parse_args()
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with SandboxServer() as server:
        server.faults.latency_ms = args.latency_ms

        async def run() -> None:
            window = build_main_window(demo_connections(server.base_url))
            window.show()
            rows = [("cold", *await timed_open(window, ITEM_101))]
            await timed_open(window, ITEM_102)
            rows.append(("warm memory", *await timed_open(window, ITEM_101)))
            await close(window)
            window = build_main_window(demo_connections(server.base_url))
            window.show()
            rows.append(("warm disk", *await timed_open(window, ITEM_101)))
            await close(window)
            print(f"item 101 (64 images), {args.latency_ms:.0f} ms latency per request")
            print(f"{'':12} {'first thumb':>12} {'all thumbs':>11} {'downloads':>10}")
            for name, first, total, downloads in rows:
                print(f"{name:12} {first * 1000:9.0f} ms {total * 1000:8.0f} ms {downloads:10}")

        with loop:
            loop.run_until_complete(run())
        server.faults.latency_ms = 0
        cold, warm = decode_figures(server.base_url)
    print(
        f"per image: decode of a downloaded 300 px preview {cold:.1f} ms, disk cache {warm:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
