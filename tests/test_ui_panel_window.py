"""The details panel inside the real window, against the sandbox: edits made through the
panel's widgets show in the Edit menu and the unsaved marker, go out with Ctrl+S through the
save worker, and the marketplace then holds exactly those edits and nothing else. Also: the
AutoScout24 sentence, a name still being typed when Ctrl+S is pressed, the question on
close, and the screenshots (/tmp/imagedeck-panel*.png) to look at."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from imagedeck.model.image import ListingRef
from imagedeck.sandbox.demo import VEHICLE_SMALL
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.details.details_panel import AS24_TEXT
from imagedeck.ui.details.names_model import NAME_COLUMN, NamesModel
from imagedeck.ui.dialogs.questions import Choice
from qt_support import run, shot_path

ITEM_101 = ListingRef("plentymarkets", "101")
CTRL = Qt.KeyboardModifier.ControlModifier
SINGLE_SCREENSHOT = shot_path("imagedeck-panel.png")
MULTI_SCREENSHOT = shot_path("imagedeck-panel-multi.png")
SCREENSHOT_SIZE = (1400, 850)


def open_listing(qtbot: QtBot, window: MainWindow, listing: ListingRef = ITEM_101) -> None:
    assert run(qtbot, window.open_listing(listing)), window.status.error.text()
    run(qtbot, window.loader.wait_idle(), timeout=60)
    run(qtbot, window.tasks.wait())  # the item's variations, for the panel


def select_rows(window: MainWindow, rows: list[int]) -> list[str]:
    flags = QItemSelectionModel.SelectionFlag
    selection = window.grid.selectionModel()
    selection.setCurrentIndex(window.model.index(rows[0]), flags.ClearAndSelect)
    for row in rows[1:]:
        selection.select(window.model.index(row), flags.Select)
    return [window.gallery.order[row] for row in rows]


def settled(window: MainWindow) -> MainWindow:
    """Let the deferred repaints (window actions, panel) that follow an edit run."""
    QApplication.processEvents()
    return window


def name_cell(model: NamesModel, lang: str) -> QModelIndex:
    return model.index(model.languages.index(lang), NAME_COLUMN)


def start_typing(qtbot: QtBot, window: MainWindow, index: QModelIndex, text: str) -> QLineEdit:
    table = window.details.names.table
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def type_name(qtbot: QtBot, window: MainWindow, lang: str, text: str) -> None:
    editor = start_typing(qtbot, window, name_cell(window.details.names.model, lang), text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settled(window)


def server_state(sandbox, item_id: int = 101) -> dict[str, Any]:
    """Names, availabilities and links of every image of the item, as plain values."""
    state = sandbox.state
    with state.lock:
        images = {
            str(image.id): {
                "names": {
                    lang: (name.name, name.alternate) for lang, name in sorted(image.names.items())
                },
                "availabilities": sorted((a.type, float(a.value)) for a in image.availabilities),
            }
            for image in state.item_images(item_id)
        }
        variations = sorted(state.items[item_id].variations)
        links = {
            str(vid): sorted(str(i) for i in state.variation_image_ids(item_id, vid))
            for vid in variations
        }
    return {"images": images, "links": links}


def test_edits_through_the_panel_are_saved_with_ctrl_s_and_nothing_else_changes(
    qasync_loop, qtbot, window, sandbox
) -> None:
    open_listing(qtbot, window)
    panel = window.details
    assert panel.variations.model.variation_ids == ["1011", "1012", "1013"]
    before = server_state(sandbox)
    [image_id] = select_rows(window, [3])  # badge 4: store 41234 and marketplace 4; 1011, 1012
    assert panel.image_ids == (image_id,)
    assert before["images"][image_id]["availabilities"] == [
        ("mandant", 41234.0),
        ("marketplace", 4.0),
    ]

    type_name(qtbot, window, "de", "Geschenkbox von vorne")
    type_name(qtbot, window, "en", "Gift box from the front")
    assert window.commands.undo.text() == "&Undo Set English name"
    assert window.isWindowModified() and window.status.unsaved.isVisible()
    assert window.commands.save.isEnabled()

    stores = panel.availability.groups["mandant"]
    stores.id_list.setCurrentRow(0)
    qtbot.mouseClick(stores.remove_button, Qt.MouseButton.LeftButton)
    assert settled(window).commands.undo.text() == "&Undo Remove from store 41234"

    view = panel.variations.view
    view.setFocus()
    view.setCurrentIndex(panel.variations.model.index(2))  # 1013
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert settled(window).commands.undo.text() == "&Undo Link to variation 1013"

    sandbox.state.clear_requests()
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)  # Ctrl+S from inside the panel
    assert window.saving, "Ctrl+S should have started the save"
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert not window.status.error.text(), window.status.error.text()
    assert "shows your changes" in window.status.bar.currentMessage()

    expected = copy.deepcopy(before)
    mine = expected["images"][image_id]
    mine["names"]["de"] = ("Geschenkbox von vorne", "")
    mine["names"]["en"] = ("Gift box from the front", "")
    mine["availabilities"] = [("marketplace", 4.0)]
    expected["links"]["1013"] = sorted([*expected["links"]["1013"], image_id])
    assert server_state(sandbox) == expected
    assert sandbox.state.count("PUT", f"/rest/items/101/images/{image_id}/names/") == 2
    assert sandbox.state.count("DELETE", f"/rest/items/101/images/{image_id}/availabilities") == 1
    assert sandbox.state.count("POST", "/rest/items/101/variations/1013/variation_images") == 1

    settled(window)  # the window re-read the listing: it shows the server's state
    assert not window.gallery.dirty and not window.isWindowModified()
    assert window.commands.undo.text() == "&Undo Link to variation 1013"  # kept (issue 15)
    assert panel.image_ids == (image_id,), "the selection survives the re-read"
    model = panel.names.model
    assert name_cell(model, "en").data() == "Gift box from the front"
    assert [stores.id_list.item(i).text() for i in range(stores.id_list.count())] == []
    check = panel.variations.model.index(2).data(Qt.ItemDataRole.CheckStateRole)
    assert check == Qt.CheckState.Checked


def test_linking_two_selected_images_to_a_variation_saves_both(
    qasync_loop, qtbot, window, sandbox
) -> None:
    open_listing(qtbot, window)
    ids = select_rows(window, [2, 3])  # badges 3 (linked to 1013) and 4 (not)
    model = window.details.variations.model
    assert model.index(2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    view = window.details.variations.view
    rect = view.visualRect(model.index(2))
    # A click on the check box of a partly linked variation links every selected image.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )
    assert model.index(2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    window.save()
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert set(ids) <= {str(i) for i in sandbox.state.variation_image_ids(101, 1013)}


def test_a_name_still_being_typed_is_saved_by_ctrl_s(qasync_loop, qtbot, window, sandbox) -> None:
    open_listing(qtbot, window)
    [image_id] = select_rows(window, [0])
    editor = start_typing(qtbot, window, name_cell(window.details.names.model, "en"), "Typed")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)  # no Enter first
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert sandbox.state.images[int(image_id)].names["en"].name == "Typed"


def test_unsaved_detail_edits_are_asked_about_on_close_and_open(
    qasync_loop, qtbot, window, sandbox
) -> None:
    open_listing(qtbot, window)
    select_rows(window, [0])
    type_name(qtbot, window, "de", "Neu")
    asked: list[str] = []
    window.ask_unsaved = lambda _parent, listing, **_k: asked.append(listing) or Choice.CANCEL
    assert not window.close()
    window.reload()
    assert asked == ["plentymarkets item 101", "plentymarkets item 101"]
    assert window.gallery.dirty, "Cancel keeps the edit"
    window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
    window.reload()
    qtbot.waitUntil(lambda: not window.gallery.dirty)
    run(qtbot, window.tasks.wait())
    assert window.details.names.model.index(0, NAME_COLUMN).data() != "Neu"


def test_autoscout24_says_plainly_what_it_lacks(qasync_loop, qtbot, window) -> None:
    open_listing(qtbot, window, ListingRef("autoscout24", VEHICLE_SMALL))
    select_rows(window, [1])
    panel = window.details
    assert panel.message.isVisible() and panel.message.text() == AS24_TEXT
    assert not any(section.isVisible() for section in panel.editor_sections)
    assert panel.info_section.isVisible()


def test_the_panel_is_reachable_with_tab_from_the_grid(qasync_loop, qtbot, window) -> None:
    open_listing(qtbot, window)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and window.details_dock.isAncestorOf(focus), focus


def test_screenshots_of_the_panel(qasync_loop, qtbot, window) -> None:
    """Single and multi-selection rendered to /tmp for a look (the README's panel screenshot
    is the single one)."""
    window.resize(*SCREENSHOT_SIZE)
    open_listing(qtbot, window)
    select_rows(window, [6])  # badge 7: names with alternative texts
    settled(window)
    picture = window.grab()
    assert (picture.width(), picture.height()) == SCREENSHOT_SIZE
    assert picture.save(SINGLE_SCREENSHOT)
    select_rows(window, [2, 3, 6])  # 1013 linked on some, stores differ
    settled(window)
    assert window.grab().save(MULTI_SCREENSHOT)


def test_a_cancelled_save_keeps_detail_edits_on_top_of_the_server_state(
    qasync_loop, qtbot, window, sandbox
) -> None:
    open_listing(qtbot, window)
    [image_id] = select_rows(window, [5])
    server_name = sandbox.state.images[int(image_id)].names["de"].name
    type_name(qtbot, window, "de", "Behalten")
    window.gallery.set_order(tuple(reversed(window.gallery.order)), "Reverse")
    sandbox.faults.latency_ms = 80  # 63 position PUTs first, then the name: room to cancel
    window.save()
    qtbot.waitUntil(lambda: window.status.progress.value() >= 4, timeout=30_000)
    window.cancel_save()
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)
    run(qtbot, window.tasks.wait())
    sandbox.faults.latency_ms = 0
    assert sandbox.state.images[int(image_id)].names["de"].name == server_name
    gallery = window.gallery
    assert gallery.loaded_details(image_id).name("de").name == server_name, "re-read"
    assert gallery.details(image_id).name("de").name == "Behalten", "the edit is kept"
    assert gallery.dirty and settled(window).status.unsaved.isVisible()
    assert gallery.undo_label == "Edit details (not saved)"
    assert name_cell(window.details.names.model, "de").data() == "Behalten"
    window.save()
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    assert sandbox.state.images[int(image_id)].names["de"].name == "Behalten"
    assert not gallery.dirty


def test_a_detail_edit_made_during_a_save_is_kept_as_unsaved(
    qasync_loop, qtbot, window, sandbox
) -> None:
    open_listing(qtbot, window)
    first, second = window.gallery.order[:2]
    select_rows(window, [0])
    type_name(qtbot, window, "de", "Erste")
    sandbox.faults.latency_ms = 300
    window.save()
    assert window.saving
    select_rows(window, [1])
    type_name(qtbot, window, "de", "Zweite")  # the grid and the panel stay usable
    assert settled(window).status.unsaved.isVisible(), "an edit the running save lacks"
    qtbot.waitUntil(lambda: not window.saving, timeout=60_000)
    sandbox.faults.latency_ms = 0
    names = {i: sandbox.state.images[int(i)].names["de"].name for i in (first, second)}
    assert names[first] == "Erste" and names[second] != "Zweite"
    assert window.gallery.details(second).name("de").name == "Zweite"
    assert window.gallery.dirty and window.gallery.undo_label == "Edit details during save"
