"""The Help menu: keyboard shortcuts, the log folder, About.

The shortcuts page is generated from the window's own QActions every time it opens — menu
commands, grid commands, anything with a shortcut — so it can never go stale. It is
therefore in whatever language those actions speak; the key names (Strg, Umschalt) come
from Qt's own catalogue. The menu and the page's own texts use contexts "HelpMenu" and
"ShortcutsDialog".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from imagedeck.paths import log_dir
from imagedeck.texts import Text
from imagedeck.ui.common.shortcut_areas import area_of
from imagedeck.ui.common.translated import translated
from imagedeck.ui.dialogs.about_dialog import AboutDialog


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(command, shortcuts) for every action of `window` and its children with a shortcut,
    all areas together (sorted by command)."""
    rows = [row for _area, group in shortcut_groups(window) for row in group]
    return sorted(dict(rows).items(), key=lambda row: row[0].lower())


def shortcut_groups(window: QMainWindow | QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """(area, [(command, shortcuts)]) by where each shortcut works: the menus' commands
    under their menu, in menu-bar order; a panel's or the grid's own keys under its area
    (see ui/common/shortcut_areas.py). One row per command and area."""
    menus = _menu_titles(window)
    groups: dict[str, dict[str, str]] = {title: {} for title in menus.values()}
    for action in window.findChildren(QAction):
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        area = _area(action, menus) or QCoreApplication.translate("ShortcutsDialog", "Window")
        groups.setdefault(area, {}).setdefault(name.rstrip("…").strip(), ", ".join(keys))
    return [
        (area, sorted(rows.items(), key=lambda row: row[0].lower()))
        for area, rows in groups.items()
        if rows
    ]


def _menu_titles(window: QWidget) -> dict[QMenu, str]:
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    if bar is None:
        return {}
    return {
        menu: menu.title().replace("&", "")
        for action in bar.actions()
        if isinstance(menu := action.menu(), QMenu)
    }


def _area(action: QAction, menus: dict[QMenu, str]) -> str | None:
    """The marked widget area for a widget-scoped shortcut, else the menu it is in."""
    if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
        owners = [action.parent(), *action.associatedObjects()]
        for owner in owners:
            if isinstance(owner, QWidget) and not isinstance(owner, QMenu | QToolBar):
                area = area_of(owner)
                if area:
                    return translated(Text("ShortcutAreas", area))
    for owner in [*action.associatedObjects(), action.parent()]:
        if isinstance(owner, QMenu):
            while owner is not None and owner not in menus:
                parent = owner.parentWidget()
                owner = parent if isinstance(parent, QMenu) else None
            if owner is not None:
                return menus[owner]
    return None


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        groups = shortcut_groups(window)
        count = sum(len(rows) + 1 for _area, rows in groups)
        self.table = QTableWidget(count, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        row = 0
        for area, rows in groups:
            title = QTableWidgetItem(area)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(""))
            self.table.setSpan(row, 0, 1, 2)
            row += 1
            for command, keys in rows:
                self.table.setItem(row, 0, QTableWidgetItem(command))
                self.table.setItem(row, 1, QTableWidgetItem(keys))
                row += 1
        self.areas = [area for area, _rows in groups]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> dict[str, dict[str, str]]:
        """{area: {command: shortcuts}} as the table shows them (for tests)."""
        result: dict[str, dict[str, str]] = {}
        area = ""
        for row in range(self.table.rowCount()):
            command = _cell_text(self.table, row, 0)
            if self.table.columnSpan(row, 0) == 2:
                area = command
                result[area] = {}
            else:
                result[area][command.strip()] = _cell_text(self.table, row, 1)
        return result


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


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
