"""The thumbnail grid in German: tiles, error tiles, the large preview, the View menu's zoom
and cache entries, and the status line of a rate-limited save.

Each part is built in English and in German with the real catalogue (the helpers of
test_ui_german.py install it as the app does) and every text a seller reads must differ,
except the few that are the same in both languages.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

import test_ui_german as german_helpers
from imagedeck.marketplaces.session import _rate_limit_wait
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.thumbnails.decode import ThumbnailError, decode_thumbnail
from imagedeck.ui.app.cache_action import describe_size
from imagedeck.ui.common.translated import translated
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.preview_dialog import PreviewDialog
from imagedeck.ui.grid.tile_delegate import TILE_SIZE, TileDelegate

german = german_helpers.german
german_window = german_helpers.german_window
interface_language = german_helpers.interface_language
pytest_plugins = ["memory_keyring"]


class RecordingPainter(QPainter):
    """A painter that remembers every text drawn (the delegate calls drawText from Python)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802 - Qt's name
        self.texts += [arg for arg in args if isinstance(arg, str)]
        super().drawText(*args)


def tile_texts(reason: str | None, *, main: bool) -> list[str]:
    """The texts painted on one tile: row 0 (the main image) or row 1, loading or failed."""
    gallery = Gallery()
    gallery.load(ListingRef("plentymarkets", "1"), [Image("a"), Image("b")])
    model = GalleryListModel(gallery)
    row = 0 if main else 1
    if reason is not None:
        model.set_thumbnail_failed(gallery.images[row].id, reason)
    canvas = QImage(TILE_SIZE, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(canvas)
    option = QStyleOptionViewItem()
    option.initFrom(QListView())
    option.rect = QRect(QPoint(0, 0), TILE_SIZE)
    TileDelegate().paint(painter, option, model.index(row))
    painter.end()
    return [text for text in painter.texts if any(c.isalpha() for c in text)]


def empty_file_reason() -> str:
    """What the loader puts on an error tile for an empty download."""
    with pytest.raises(ThumbnailError) as refused:
        decode_thumbnail(b"", 100)
    return translated(refused.value.message)


def test_loading_and_main_tiles_read_german(qapp: QApplication) -> None:
    english = tile_texts(None, main=True)
    assert english == ["Loading…", "★ MAIN"]
    with interface_language("de"):
        assert tile_texts(None, main=True) == ["Wird geladen…", "★ HAUPTBILD"]


def test_error_tiles_read_german_and_logs_stay_english(qapp: QApplication) -> None:
    assert tile_texts(empty_file_reason(), main=False) == ["The file is empty."]
    with interface_language("de"):
        assert tile_texts(empty_file_reason(), main=False) == ["Die Datei ist leer."]
        with pytest.raises(ThumbnailError) as refused:
            decode_thumbnail(b"not an image at all", 100)
        assert str(refused.value) == (
            "This is not an image, or in a format ImageDeck cannot read."
        )  # the log's words
        assert translated(refused.value.message).startswith("Das ist kein Bild")


def test_the_german_main_badge_fits_the_default_tile(qapp: QApplication) -> None:
    """„★ HAUPTBILD“ (a whole word, the menu's „Als Hauptbild festlegen“; „HAUPT“ was cut
    short, issue 15) must not fall back to the star alone at the default size."""
    with interface_language("de"):
        assert "★ HAUPTBILD" in tile_texts(None, main=True)


def preview_texts(qtbot: QtBot) -> list[str]:
    """Title, caption and the refusal of a preview whose image has no picture URL."""
    executor = ThreadPoolExecutor(1)
    dialog = PreviewDialog(None, [Image("a"), Image("b")], 1, executor)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    texts = [dialog.windowTitle(), dialog.caption.text(), dialog.picture.text()]
    dialog.close()
    executor.shutdown()
    return texts


def test_the_preview_reads_german(qasync_loop, qtbot: QtBot) -> None:
    english = preview_texts(qtbot)
    assert english[0] == "Image 2 of 2"
    with interface_language("de"):
        german_texts = preview_texts(qtbot)
    assert german_texts == [
        "Bild 2 von 2",
        "Bild 2 von 2  ·  ← → blättern, Esc schließt",
        "Der Marktplatz bietet für dieses Bild keine Vorschau an.",
    ]


def test_view_menu_zoom_and_cache_read_german(german_window) -> None:
    titles = [a.text() for a in german_window.menuBar().actions()]
    assert titles.count("&Ansicht") == 1 and "&View" not in titles, titles
    view = next(a.menu() for a in german_window.menuBar().actions() if a.text() == "&Ansicht")
    entries = [a.text() for a in view.actions() if a.text()]
    for expected in (
        "Ver&größern",
        "Ver&kleinern",
        "&Originalgröße",
        "Miniaturbild-&Zwischenspeicher leeren",
    ):
        assert expected in entries, entries
    letters = [e[e.index("&") + 1].lower() for e in entries if "&" in e]
    zoom_letters = [e[e.index("&") + 1].lower() for e in entries[-4:] if "&" in e]
    assert all(letters.count(letter) == 1 for letter in zoom_letters), entries
    slider = german_window.findChild(type(german_window.zoom.slider), "zoom-slider")
    assert slider.toolTip().startswith("Größe der Miniaturbilder")
    assert german_window.zoom.zoom_in.toolTip().startswith("Vergrößern (")


def test_clear_cache_message_reads_german(german_window) -> None:
    from imagedeck.ui.app.cache_action import clear_thumbnail_cache

    clear_thumbnail_cache(german_window.loader, german_window.statusBar())
    message = german_window.statusBar().currentMessage()
    assert message.startswith("Zwischenspeicher der Miniaturbilder geleert: "), message
    assert describe_size(0) == "0 Bytes"


def test_rate_limit_status_reads_german_and_stays_english_for_the_cli(german: None) -> None:
    status = _rate_limit_wait(42.4)
    assert status == "rate limit: waiting 42 s"
    assert translated(status) == "Ratenlimit: warte 42 s"


def test_leaving_german_brings_the_english_tiles_back(qapp: QApplication) -> None:
    with interface_language("de"):
        tile_texts(None, main=True)
    assert tile_texts(None, main=True) == ["Loading…", "★ MAIN"]
