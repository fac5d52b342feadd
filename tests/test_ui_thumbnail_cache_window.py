"""Thumbnail loading in the whole window against the real sandbox: reopening a listing
costs no file downloads (memory cache in the same window, disk cache in a new one), and
scrolling to the end of a slow 64-image listing fetches the visible tiles first instead of
the whole beginning."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conftest import close_for_good
from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.thumbnails.variants import thumbnail_url
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run

ITEM_101 = ListingRef("plentymarkets", "101")
ITEM_102 = ListingRef("plentymarkets", "102")
FILES = "/plenty-files"


@pytest.fixture
def open_window(qasync_loop, qtbot: QtBot, sandbox):
    """Builds shown windows against the sandbox; closes them all afterwards."""
    windows: list[MainWindow] = []

    def make(width: int = 1200, height: int = 800) -> MainWindow:
        window = build_main_window(demo_connections(sandbox.base_url))
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close(qtbot, window)


def close(qtbot: QtBot, window: MainWindow) -> None:
    """Close `window` and its connections, once (a second call does nothing)."""
    if shiboken6.isValid(window) and not window.property("closed_by_test"):
        window.setProperty("closed_by_test", True)
        close_for_good(qtbot, window)


def all_ready(window: MainWindow) -> bool:
    return all(
        window.model.thumbnail_state(image.id) == ThumbnailState.READY for image in window.gallery
    )


def open_and_wait(qtbot: QtBot, window: MainWindow, listing: ListingRef) -> None:
    assert run(qtbot, window.open_listing(listing)), window.status.error.text()
    run(qtbot, window.loader.wait_idle(), timeout=60)
    assert all_ready(window)


def test_reopening_in_a_new_window_downloads_no_files(qtbot, open_window, sandbox) -> None:
    first = open_window()
    open_and_wait(qtbot, first, ITEM_101)
    assert sandbox.state.count("GET", FILES) >= 64
    close(qtbot, first)

    sandbox.state.clear_requests()
    second = open_window()
    started = time.perf_counter()
    open_and_wait(qtbot, second, ITEM_101)
    elapsed = time.perf_counter() - started
    assert sandbox.state.count("GET", FILES) == 0
    assert second.loader.downloads == 0
    print(f"reopen of item 101 from the disk cache: {elapsed * 1000:.0f} ms")


def test_reopening_in_the_same_window_is_instant(qtbot, open_window, sandbox) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_101)
    open_and_wait(qtbot, window, ITEM_102)
    sandbox.state.clear_requests()
    assert run(qtbot, window.open_listing(ITEM_101))
    assert all_ready(window), "thumbnails should be shown from memory at once"
    assert sandbox.state.count("GET", FILES) == 0


def test_a_changed_image_is_fetched_again(qtbot, open_window, sandbox) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_102)
    first_id, second_id = (int(image_id) for image_id in window.gallery.order[:2])
    with sandbox.state.lock:  # a new picture under the same file name: a new md5Checksum
        changed = sandbox.state.images[first_id]
        changed.file = sandbox.state.images[second_id].file
        sandbox.state.touch(changed)
    sandbox.state.clear_requests()
    open_and_wait(qtbot, window, ITEM_102)
    assert sandbox.state.count("GET", FILES) == 1
    window.close()
    sandbox.state.clear_requests()  # and a new window (disk cache) does not show it stale
    again = open_window()
    open_and_wait(qtbot, again, ITEM_102)
    assert sandbox.state.count("GET", FILES) == 0


def test_scrolling_to_the_end_fetches_visible_tiles_first(qtbot, open_window, sandbox) -> None:
    window = open_window(700, 500)
    window.details_dock.hide()
    sandbox.faults.latency_ms = 200
    window.request_open(ITEM_101)
    qtbot.waitUntil(lambda: window.model.rowCount() == 64, timeout=20_000)
    window.grid.scrollToBottom()
    qtbot.waitUntil(lambda: window.grid.visible_rows()[1] == 63)
    first, last = window.grid.visible_rows()
    visible = [window.gallery[row] for row in range(first, last + 1)]
    qtbot.waitUntil(
        lambda: all(
            window.model.thumbnail_state(image.id) == ThumbnailState.READY for image in visible
        ),
        timeout=20_000,
    )
    paths = [request.path for request in sandbox.state.requests]
    url_path = {image.id: urlsplit(thumbnail_url(image, 256)).path for image in window.gallery}
    visible_paths = {url_path[image.id] for image in visible}
    assert visible_paths <= set(paths)
    # Before the last visible tile arrived, only what was already in flight when the grid
    # scrolled (at most 6, then cancelled) and what filled slots freed by earlier visible
    # tiles (at most 5) was fetched for rows off screen: not the 57 a display-order
    # queue would have fetched first.
    elsewhere = {url_path[window.gallery[row].id] for row in range(first)}
    fetched_elsewhere = elsewhere & set(paths)
    print(
        f"visible rows {first}-{last} ready; off-screen files requested meanwhile:"
        f" {len(fetched_elsewhere)} of {len(elsewhere)}"
    )
    assert len(fetched_elsewhere) <= 12
    sandbox.faults.latency_ms = 0


def test_double_clicking_an_error_tile_retries_it(qtbot, open_window, sandbox) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_102)
    image = window.gallery[1]
    window.model.set_thumbnail_failed(image.id, "The connection was lost.")
    grid = window.grid
    centre = grid.visualRect(window.model.index(1)).center()
    # QAbstractItemView emits doubleClicked only for the index the press landed on, and
    # QTest's double click sends no press of its own.
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: window.model.thumbnail_state(image.id) == ThumbnailState.READY)


def test_retry_failed_thumbnails_action(qtbot, open_window, sandbox) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_102)
    failed = [window.gallery[0], window.gallery[2]]
    for image in failed:
        window.model.set_thumbnail_failed(image.id, "The connection was lost.")
    window.commands.retry_thumbnails.trigger()
    qtbot.waitUntil(lambda: all_ready(window))


def test_the_grid_reports_the_rows_on_screen(qtbot, open_window, sandbox) -> None:
    window = open_window(700, 500)
    open_and_wait(qtbot, window, ITEM_101)
    grid = window.grid
    first, last = grid.visible_rows()
    area = grid.viewport().rect()
    on_screen = [
        row for row in range(64) if grid.visualRect(window.model.index(row)).intersects(area)
    ]
    assert (first, last) == (on_screen[0], on_screen[-1]) and first == 0
    with qtbot.waitSignal(grid.visible_rows_changed) as reported:
        grid.scrollToBottom()
    assert reported.args[1] == 63


def test_space_opens_a_large_preview_that_steps_with_the_arrow_keys(
    qtbot, open_window, sandbox
) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_102)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    preview = window.preview
    assert preview is not None and preview.row == 0
    qtbot.waitUntil(lambda: not preview.loading and not preview.picture.pixmap().isNull())
    assert max(preview.picture.pixmap().width(), preview.picture.pixmap().height()) > 300
    sandbox.state.clear_requests()
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert preview.row == 1
    qtbot.waitUntil(lambda: not preview.loading and not preview.picture.pixmap().isNull())
    assert sandbox.state.count("GET", "/plenty-files/item/images/102/middle/") == 1
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.preview is None)


def test_double_clicking_a_tile_previews_it(qtbot, open_window, sandbox) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_102)
    centre = window.grid.visualRect(window.model.index(2)).center()
    qtbot.mouseClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.preview is not None and window.preview.row == 2
    qtbot.waitUntil(lambda: not window.preview.loading)
