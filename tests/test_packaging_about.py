"""Help → About shows the version from the package metadata (pyproject's one place)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from importlib.metadata import version  # noqa: E402

from PySide6.QtWidgets import QMainWindow, QMessageBox  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from imagedeck.ui.about import HELP_MENU, add_about_action  # noqa: E402


def test_about_shows_the_installed_version_in_one_help_menu(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu(HELP_MENU).addAction("Open Log Folder")  # e.g. made elsewhere
    about = add_about_action(window)
    help_menus = [a for a in window.menuBar().actions() if a.text() == HELP_MENU]
    assert len(help_menus) == 1
    assert [a.text() for a in help_menus[0].menu().actions()] == [
        "Open Log Folder",
        "&About ImageDeck",
    ]
    about.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert f"ImageDeck {version('imagedeck')}" in box.text()
    box.close()
