"""Screen readers and keyboards: tiles say what they are, every command is in a menu.

A seller using a screen reader hears "Image 3 of 24, Front view" for a tile, and "main
image" for the first one; a keyboard user reaches every toolbar command through the menus
(Alt + accelerator) and its shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMenu

from imagedeck.model.image import ListingRef
from qt_support import run

ITEM_101 = ListingRef("plentymarkets", "101")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def accessible_name(window, row: int) -> str:
    return window.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)


def test_tiles_tell_their_place_the_main_image_and_their_name(qasync_loop, qtbot, window):
    assert run(qtbot, window.open_listing(ITEM_101)), window.status.error.text()
    order = window.gallery.order
    row = next(r for r in range(1, 64) if window.gallery.details(order[r]).name("en"))
    first, named = order[0], order[row]
    english = window.gallery.details(named).name("en")
    assert accessible_name(window, 0).startswith("Image 1 of 64, main image")
    assert accessible_name(window, row) == f"Image {row + 1} of 64, {english.name}"

    grid = window.grid
    grid.setFocus()
    grid.selectionModel().setCurrentIndex(
        window.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(grid, Qt.Key.Key_Home, CTRL_SHIFT)  # make it the main image

    assert window.gallery.order[0] == named
    assert accessible_name(window, 0) == f"Image 1 of 64, main image, {english.name}"
    assert accessible_name(window, 1).startswith("Image 2 of 64")
    assert window.gallery.order[1] == first


def test_screen_readers_get_the_tile_names_through_qt_accessibility(qasync_loop, qtbot, window):
    assert run(qtbot, window.open_listing(ITEM_101)), window.status.error.text()
    grid = QAccessible.queryAccessibleInterface(window.grid)
    assert grid is not None and grid.childCount() >= 64
    names = [grid.child(i).text(QAccessible.Text.Name) for i in range(grid.childCount())]
    assert any(name.startswith("Image 1 of 64, main image") for name in names)
    assert any(name.startswith("Image 64 of 64") for name in names)


def test_every_toolbar_command_is_in_a_menu_and_menus_have_accelerators(qasync_loop, qtbot, window):
    in_menus = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        assert "&" in top.text(), f"menu {top.text()!r} has no Alt accelerator"
        stack = [menu]
        while stack:
            current = stack.pop()
            for action in current.actions():
                in_menus.add(action)
                if action.menu() is not None:
                    stack.append(action.menu())
    toolbar_actions = [
        action
        for bar in window.findChildren(type(window.addToolBar("probe")))
        for action in bar.actions()
        if not action.isSeparator() and action.text()
    ]
    missing = [a.text() for a in toolbar_actions if a not in in_menus and a.defaultWidget() is None]
    assert not missing, f"toolbar commands not reachable from a menu: {missing}"
