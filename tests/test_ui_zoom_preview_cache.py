"""Zoom, the cached large preview and Clear Thumbnail Cache in the whole window against the
real sandbox: requests are counted on the sandbox, sizes read off the grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import test_ui_thumbnail_cache_window as cache_window
from imagedeck.model.image import ListingRef
from imagedeck.paths import cache_dir
from imagedeck.settings import (
    DEFAULT_THUMBNAIL_SIZE,
    MAX_THUMBNAIL_SIZE,
    MIN_THUMBNAIL_SIZE,
    Settings,
    load_settings,
    save_settings,
)
from imagedeck.thumbnails.cache_bounds import thumbnail_bytes
from imagedeck.ui.app.cache_action import describe_size
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.grid.thumbnail_loader import default_disk_cache
from qt_support import run
from test_ui_thumbnail_cache_window import close, open_and_wait

open_window = cache_window.open_window  # the shared fixture: shown windows, closed after
ITEM_101 = ListingRef("plentymarkets", "101")
FILES = "/plenty-files"
MIDDLE = "/plenty-files/item/images/101/middle/"
TIMEOUT_MS = 60_000


def shown_picture(window: MainWindow, row: int) -> QImage:
    picture = window.model.index(row).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(picture, QImage)
    return picture


def longer_edge(picture: QImage) -> int:
    return max(picture.width(), picture.height())


def test_zoom_in_relayouts_and_fetches_sharper_zoom_out_fetches_nothing(
    qtbot: QtBot, open_window, sandbox
) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_101)
    assert window.grid.visualRect(window.model.index(0)).size() == QSize(168, 168)
    small = longer_edge(shown_picture(window, 0))
    assert sandbox.state.count("GET", MIDDLE) == 0

    window.zoom.set_size(MAX_THUMBNAIL_SIZE)
    window.zoom.apply_now()
    qtbot.waitUntil(
        lambda: window.grid.visualRect(window.model.index(0)).size() == QSize(400, 400),
        timeout=TIMEOUT_MS,
    )
    wanted = window.loader.max_edge
    assert wanted > small
    qtbot.waitUntil(
        lambda: longer_edge(shown_picture(window, 0)) >= 0.9 * wanted, timeout=TIMEOUT_MS
    )
    assert sandbox.state.count("GET", MIDDLE) > 0, "a 400 px tile needs the 600 px rendition"
    assert load_settings().thumbnail_size == MAX_THUMBNAIL_SIZE
    run(qtbot, window.loader.wait_idle(), timeout=60)

    requests = sandbox.state.count("GET", FILES)
    window.zoom.set_size(MIN_THUMBNAIL_SIZE)
    window.zoom.apply_now()
    qtbot.waitUntil(
        lambda: window.grid.visualRect(window.model.index(0)).size() == QSize(96, 96),
        timeout=TIMEOUT_MS,
    )
    run(qtbot, window.loader.wait_idle(), timeout=60)
    assert sandbox.state.count("GET", FILES) == requests, "big enough pictures are kept"
    assert load_settings().thumbnail_size == MIN_THUMBNAIL_SIZE


def test_zoom_actions_step_clamp_and_reset(qtbot: QtBot, open_window) -> None:
    window = open_window()
    zoom = window.zoom
    assert zoom.actual_size.shortcut() == QKeySequence("Ctrl+0")
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn) in zoom.zoom_in.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.ZoomOut) in zoom.zoom_out.shortcuts()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert {zoom.zoom_in, zoom.zoom_out, zoom.actual_size} <= set(view_menu.actions())
    zoom.zoom_in.trigger()
    assert zoom.size > DEFAULT_THUMBNAIL_SIZE
    assert zoom.slider.value() == zoom.size
    assert window.grid.tile_size == QSize(zoom.size, zoom.size)
    for _ in range(30):
        zoom.zoom_in.trigger()
    assert zoom.size == MAX_THUMBNAIL_SIZE and not zoom.zoom_in.isEnabled()
    zoom.actual_size.trigger()
    assert zoom.size == DEFAULT_THUMBNAIL_SIZE
    zoom.slider.setValue(MIN_THUMBNAIL_SIZE)  # dragging the slider
    assert window.grid.tile_size == QSize(MIN_THUMBNAIL_SIZE, MIN_THUMBNAIL_SIZE)
    assert not zoom.zoom_out.isEnabled()


def test_window_opens_at_the_saved_tile_size(qtbot: QtBot, open_window) -> None:
    save_settings(Settings(thumbnail_size=240))
    window = open_window()
    assert window.zoom.size == 240
    assert window.grid.tile_size == QSize(240, 240)


def wait_preview(qtbot: QtBot, window: MainWindow, row: int) -> None:
    preview = window.preview
    assert preview is not None
    preview.show_row(row)
    qtbot.waitUntil(
        lambda: not preview.loading and not preview.picture.pixmap().isNull(),
        timeout=TIMEOUT_MS,
    )


def test_preview_steps_back_and_forth_without_a_second_request(
    qtbot: QtBot, open_window, sandbox
) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_101)
    window.preview_row(0)
    wait_preview(qtbot, window, 0)
    wait_preview(qtbot, window, 1)
    assert sandbox.state.count("GET", MIDDLE) == 2
    for row in (0, 1, 0, 1):
        wait_preview(qtbot, window, row)
    assert sandbox.state.count("GET", MIDDLE) == 2, "stepping back refetched"
    window.preview.reject()
    window.preview_row(1)  # a new dialog: the cache belongs to the window
    wait_preview(qtbot, window, 1)
    assert sandbox.state.count("GET", MIDDLE) == 2


def test_clear_thumbnail_cache_empties_the_folders_and_reports_the_size(
    qtbot: QtBot, open_window, sandbox
) -> None:
    window = open_window()
    open_and_wait(qtbot, window, ITEM_101)
    window.preview_row(0)
    wait_preview(qtbot, window, 0)
    window.preview.reject()
    names = ("thumbnails", "thumbnails-packs", "previews")
    folders = [Path(cache_dir()) / name for name in names]
    assert all(any(folder.iterdir()) for folder in folders)
    files = [p for folder in folders for p in (*folder.glob("*.thumb"), *folder.glob("*.pack"))]
    held = sum(path.stat().st_size for path in files)

    window.clear_cache_action.trigger()
    assert not any(path.exists() for path in files)
    message = window.statusBar().currentMessage()
    assert message == f"Thumbnail cache cleared: {describe_size(held)} freed.", message
    assert describe_size(held) != describe_size(0)

    requests = sandbox.state.count("GET", FILES)
    close(qtbot, window)
    again = open_window()
    open_and_wait(qtbot, again, ITEM_101)
    assert sandbox.state.count("GET", FILES) == requests + 64, "nothing came from a cache"


@pytest.mark.parametrize("size_mb", [50, 1000])
def test_disk_cache_bound_follows_the_settings(size_mb: int) -> None:
    save_settings(Settings(cache_size_mb=size_mb))
    assert default_disk_cache().max_bytes == thumbnail_bytes(size_mb)
    assert thumbnail_bytes(size_mb) < size_mb * 1024 * 1024


def test_a_denser_screen_re_picks_the_decode_size(qtbot: QtBot, open_window, sandbox) -> None:
    """Moving to a 2× screen: Qt sends DevicePixelRatioChange; thumbnails are re-rendered
    for twice the pixels (the 300 px rendition no longer suffices for 308)."""
    window = open_window()
    open_and_wait(qtbot, window, ITEM_101)
    before = window.loader.max_edge
    window.grid.devicePixelRatioF = lambda: 2.0 * window.devicePixelRatioF()
    QApplication.sendEvent(window, QEvent(QEvent.Type.DevicePixelRatioChange))
    qtbot.waitUntil(lambda: window.loader.max_edge == 2 * before, timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: longer_edge(shown_picture(window, 0)) >= 0.9 * 2 * before, timeout=TIMEOUT_MS
    )
    assert sandbox.state.count("GET", MIDDLE) > 0
