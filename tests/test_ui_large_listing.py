"""A large listing in the whole window against the sandbox (a bulk item of 300 images):
the model holds a bounded number of thumbnails, and tiles let go of come back from the
caches, without a request, when they scroll into view again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import test_ui_thumbnail_cache_window as cache_window
from imagedeck.model.image import ListingRef
from imagedeck.sandbox.bulk_listing import add_bulk_item
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run

open_window = cache_window.open_window
BULK_ITEM = 950
COUNT = 300
FILES = f"/plenty-files/item/images/{BULK_ITEM}/"
TIMEOUT_MS = 60_000


def ready_rows(window: MainWindow) -> list[int]:
    return [
        row
        for row, image in enumerate(window.gallery)
        if window.model.thumbnail_state(image.id) == ThumbnailState.READY
    ]


def visible_ready(window: MainWindow) -> bool:
    first, last = window.grid.visible_rows()
    ids = window.gallery.order[first : last + 1]
    return bool(ids) and all(window.model.thumbnail_state(i) == ThumbnailState.READY for i in ids)


def scroll_to(qtbot: QtBot, window: MainWindow, row: int) -> None:
    window.grid.scrollTo(window.model.index(row))
    qtbot.waitUntil(
        lambda: window.grid.visible_rows()[0] <= row <= window.grid.visible_rows()[1],
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: visible_ready(window), timeout=TIMEOUT_MS)
    run(qtbot, window.loader.wait_idle(), timeout=60)


def test_model_memory_is_bounded_and_scrolling_back_needs_no_request(
    qtbot: QtBot, open_window, sandbox
) -> None:
    add_bulk_item(sandbox.state, BULK_ITEM, COUNT)
    window = open_window()
    tile_bytes = 160 * 120 * 4
    window.loader.max_resident_bytes = 60 * tile_bytes  # a few screens of 20 tiles
    assert run(qtbot, window.open_listing(ListingRef("plentymarkets", str(BULK_ITEM))))
    run(qtbot, window.loader.wait_idle(), timeout=120)
    assert sandbox.state.count("GET", FILES) == COUNT, "every image fetched once"
    assert window.loader.resident_bytes <= window.loader.max_resident_bytes
    assert 20 <= len(ready_rows(window)) < COUNT // 3
    assert visible_ready(window), "tiles on screen are never let go"

    scroll_to(qtbot, window, COUNT // 2)  # let go earlier: reloaded, pushing out the top
    assert window.model.thumbnail_state(window.gallery[0].id) == ThumbnailState.LOADING
    scroll_to(qtbot, window, 0)
    assert window.model.thumbnail_state(window.gallery[0].id) == ThumbnailState.READY
    assert sandbox.state.count("GET", FILES) == COUNT, "scrolling back made requests"
    assert window.loader.resident_bytes <= window.loader.max_resident_bytes
