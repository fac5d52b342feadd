"""Help → About ImageDeck: the version a seller quotes when reporting a problem.

The version comes from one place, pyproject.toml, through the installed package metadata
(`imagedeck.__version__`); the frozen bundles carry that metadata (packaging/imagedeck.spec
copies it), so About shows the same number as the installer's file name.
`add_about_action` reuses a Help menu if another part of the window made one.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from imagedeck import __version__

HELP_MENU = "&Help"


def about_text() -> str:
    """What the About box says: app, version, and what it runs on."""
    return (
        f"<h3>ImageDeck {__version__}</h3>"
        "<p>Arrange, name and upload marketplace listing images "
        "(plentymarkets, AutoScout24).</p>"
        f"<p>Qt {qVersion()}, Python {platform.python_version()}, {platform.system()}</p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box (non-blocking) and return it."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About ImageDeck", about_text(), parent=parent)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.open()
    return box


def add_about_action(window: QMainWindow) -> QAction:
    """Put "About ImageDeck" at the end of the window's Help menu (made if missing)."""
    menu = next(
        (
            action.menu()
            for action in window.menuBar().actions()
            if action.text() == HELP_MENU and isinstance(action.menu(), QMenu)
        ),
        None,
    ) or window.menuBar().addMenu(HELP_MENU)
    about = QAction("&About ImageDeck", window)
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it to the app menu
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)
    return about
