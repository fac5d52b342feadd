"""The Help menu: keyboard shortcuts, the log folder, About.

The shortcuts page is generated from the window's own QActions every time it opens — menu
commands, grid commands, anything with a shortcut — so it can never go stale. It is
therefore in whatever language those actions speak; the key names (Strg, Umschalt) come
from Qt's own catalogue. The menu and the page's own texts use contexts "HelpMenu" and
"ShortcutsDialog".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imagedeck.paths import log_dir
from imagedeck.ui.dialogs.about_dialog import AboutDialog


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(command, shortcuts) for every action of `window` and its children with a shortcut."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.setdefault(name.rstrip("…").strip(), ", ".join(keys))
    return sorted(rows.items(), key=lambda row: row[0].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def open_log_folder() -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


class HelpMenu(QObject):
    """Adds Help ▸ Keyboard Shortcuts / Open Log Folder / About to `window`'s menu bar.

    A QObject (a child of the window) only so its texts have a `tr` context of their own."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self.menu.addAction(self.tr("&Keyboard Shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.log_action = self.menu.addAction(self.tr("Open &Log Folder"))
        self.menu.addSeparator()
        self.about_action = self.menu.addAction(self.tr("&About ImageDeck"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.log_action.triggered.connect(open_log_folder)
        self.about_action.triggered.connect(self.show_about)
        self.dialog: QDialog | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window, self.window)
        self._open(dialog)
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
