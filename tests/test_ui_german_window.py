"""The main window in German: menus, toolbar, tooltips, the status bar, the grid's tiles, the
undo step's name, and what saving says — against the real sandbox with item 101 open.

Each window is built twice, in English and in German (the real catalogue, installed and
removed by `interface_language` as the app does), and compared text by text: a text the
German window shows unchanged is a string that escaped translation. Only the window's own
commands are compared; the menus' other entries (adding, deleting, the listing browser)
belong to other parts of the interface and have their own tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton
from pytestqt.qtbot import QtBot

import test_ui_german as german_support
from conftest import close_for_good
from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import ListingRef
from imagedeck.sync.details_sync import details_conflicts, details_differences
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.common.translated import translated
from imagedeck.ui.dialogs.questions import Choice
from qt_support import run
from test_ui_german import interface_language

german = german_support.german  # the fixture: the German catalogue installed
ITEM_101 = ListingRef("plentymarkets", "101")


@pytest.fixture
def open_window(qasync_loop, qtbot: QtBot, sandbox) -> Iterator[Callable[[], MainWindow]]:
    """Builds windows with item 101 open and the second image made the main one (so Undo
    names a step); closes them all afterwards."""
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        window = build_main_window(demo_connections(sandbox.base_url))
        window.ask_resume = lambda *_a, **_k: Choice.LATER
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        assert run(qtbot, window.open_listing(ITEM_101)), window.status.error.text()
        window.grid.setCurrentIndex(window.model.index(1))
        window.grid.make_main_action.trigger()
        assert window.gallery.dirty
        qtbot.waitUntil(window.commands.undo.isEnabled)  # the window refreshes after a burst
        return window

    yield build
    for window in windows:
        close_for_good(qtbot, window)


def own_actions(window: MainWindow) -> list[QAction]:
    """The window's own commands (window_actions.py) and the grid's moves."""
    c = window.commands
    commands = [c.open, c.reload, c.save, c.cancel_save, c.quit, c.undo, c.redo]
    return [*commands, c.retry_thumbnails, c.preview, *window.grid.move_actions]


def window_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of what the window itself shows: menu titles, its commands' texts and
    tooltips, the toolbar, the status bar, the tiles' tooltips."""
    found = [("title", window.windowTitle())]
    found += [("menu", action.text()) for action in window.menuBar().actions()[:3]]
    for action in own_actions(window):
        found += [("action", action.text()), ("tooltip", action.toolTip())]
    toolbar = window.findChild(QToolBar, "main-toolbar")
    found.append(("toolbar", toolbar.windowTitle()))
    for button in toolbar.findChildren(QToolButton):
        if button.defaultAction() in own_actions(window):
            found.append(("toolbar button", button.text()))
    status = window.status
    found += [("status", status.listing.text()), ("status", status.count.text())]
    found.append(("status message", window.statusBar().currentMessage()))
    for row in (0, 1):
        found.append(("tile", window.model.index(row).data(Qt.ItemDataRole.ToolTipRole)))
    return found


def test_no_english_is_left_in_the_german_window(open_window, qtbot: QtBot) -> None:
    english = window_texts(open_window())
    with interface_language("de"):
        german_window = open_window()
        german = window_texts(german_window)
        assert [where for where, _ in german] == [where for where, _ in english]
        untranslated = [
            f"{where}: {text!r}"
            for (where, text), (_, german_text) in zip(english, german, strict=True)
            if text == german_text
        ]
        assert not untranslated, "English left in the German window:\n" + "\n".join(untranslated)
        texts = dict(german)
        assert texts["title"].endswith("plentymarkets-Artikel 101[*] — ImageDeck")
        assert [a.text() for a in german_window.menuBar().actions()[:3]] == [
            "&Datei",
            "&Bearbeiten",
            "&Ansicht",
        ]
        assert german_window.commands.undo.text() == "&Rückgängig: Als Hauptbild festlegen"
        assert german_window.commands.save.toolTip() == "Speichern (Strg+S)"
        assert german_window.status.listing.text() == "plentymarkets-Artikel 101"
        assert german_window.statusBar().currentMessage() == "plentymarkets-Artikel 101 geöffnet."
        assert (
            german_window.model.index(0)
            .data(Qt.ItemDataRole.ToolTipRole)
            .startswith("Bild 1 (Hauptbild)\n")
        )


def accelerators(actions: list[QAction]) -> list[str]:
    texts = [a.text() for a in actions if "&" in a.text().replace("&&", "")]
    return [text[text.replace("&&", "\0\0").index("&") + 1].lower() for text in texts]


@pytest.mark.parametrize("language", ["en", "de"])
def test_accelerators_are_unique_in_each_menu(open_window, language: str) -> None:
    """Within each menu no letter is used twice — by any command, whoever added it (Alt+letter
    must reach exactly one); the menu titles differ too."""
    with interface_language(language):
        window = open_window()
        menus = window.menuBar().actions()
        letters = accelerators(menus)
        assert len(set(letters)) == len(letters), letters
        for menu in menus:
            letters = accelerators(menu.menu().actions())
            assert len(letters) == len(set(letters)), (menu.text(), letters)


def test_a_save_in_german_reaches_the_server_and_says_so(
    open_window, qtbot: QtBot, sandbox
) -> None:
    with interface_language("de"):
        window = open_window()
        picked = window.gallery.order[0]
        window.commands.save.trigger()
        assert window.saving
        qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
        assert str(sandbox.state.plenty_order(101)[0]) == picked
        assert window.statusBar().currentMessage() == (
            "Gespeichert: 1 Änderung gesendet; plentymarkets-Artikel 101 zeigt Ihre Reihenfolge."
        )
        # The history survives the save (undoing makes a new unsaved edit), named in German.
        assert window.commands.undo.text() == "&Rückgängig: Als Hauptbild festlegen"


def test_a_conflict_is_explained_in_german(open_window, qtbot: QtBot, sandbox) -> None:
    """The engine's conflict text (a model `Text`) crosses the save thread and is shown in
    German; nothing is written to the server."""
    with interface_language("de"):
        window = open_window()
        questions: list[str] = []
        window.ask_conflict = lambda _parent, message, *_pictures: (
            questions.append(message) or Choice.CANCEL
        )
        order = sandbox.state.plenty_order(101)
        sandbox.state.set_position(101, order[-1], -5)  # someone else moved the last image
        before = sandbox.state.plenty_order(101)
        window.commands.save.trigger()
        qtbot.waitUntil(lambda: bool(questions), timeout=60_000)
        assert sandbox.state.plenty_order(101) == before
        assert questions[0].startswith(
            "plentymarkets-Artikel 101 wurde seit dem Laden anderswo geändert: Bild "
        )
        assert questions[0].endswith("Bild 64 kam an Platz 1")  # places, not positions
        assert window.statusBar().currentMessage() == "Nicht gespeichert."


def test_undo_labels_stay_english_for_logs_and_read_german_on_screen(
    open_window, qtbot: QtBot
) -> None:
    with interface_language("de"):
        window = open_window()
        assert window.gallery.undo_label == "Make main image"
        assert translated(window.gallery.undo_label) == "Als Hauptbild festlegen"
        window.grid.setCurrentIndex(window.model.index(5))
        window.grid.move_to_end_action.trigger()
        qtbot.waitUntil(lambda: "Ende" in window.commands.undo.text())
        assert window.commands.undo.text() == "&Rückgängig: Ans Ende verschieben"
        window.commands.undo.trigger()
        qtbot.waitUntil(window.commands.redo.isEnabled)
        assert window.commands.redo.text() == "&Wiederherstellen: Ans Ende verschieben"


def test_detail_conflicts_and_differences_read_german(german) -> None:
    """What the save engine says about names and availabilities (conflict question, a
    verify's differences) is English for the CLI and German in the window."""
    loaded = {"7": ImageDetails().with_name("en", "Front")}
    theirs = {"7": ImageDetails().with_name("en", "Back")}
    conflict = details_conflicts(loaded, theirs, ["7"])
    assert conflict == ["image 7: the English name changed elsewhere"]
    assert translated(conflict[0]) == "Bild 7: der Name auf Englisch wurde anderswo geändert"
    wanted = {"7": theirs["7"], "8": ImageDetails()}
    lacking = details_differences(wanted, loaded)
    assert [translated(text) for text in lacking] == [
        "Bild 7: noch offen: Name auf Englisch 'Back' ändern",
        "Bild 8: nicht mehr auf dem Server",
    ]
    assert ListingRef("autoscout24", "V-1").describe() == "AutoScout24 vehicle V-1"
    assert translated(ListingRef("plentymarkets", "101", "1011").describe()) == (
        "plentymarkets-Artikel 101, Variante 1011"
    )
