"""The details panel on its own (no main window, no server): a gallery of three images with
names, availabilities and variation links, edited through the panel's widgets as a seller
would — typing, Enter, Delete, clicks — and checked in the gallery and its undo labels.

The Qt models behind the names table and the variation list are also tested without a view.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from imagedeck.model.details import Availability, ImageDetails, ImageName
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.details.details_panel import AS24_TEXT, NO_SELECTION_TEXT, DetailsPanel
from imagedeck.ui.details.image_info import readable_time
from imagedeck.ui.details.names_model import (
    ALTERNATE_COLUMN,
    MIXED_TEXT,
    NAME_COLUMN,
    MixedRole,
    NamesModel,
)
from imagedeck.ui.details.variations_model import VariationsModel
from qt_support import shot_path

ITEM = ListingRef("plentymarkets", "7")
VARIATIONS = [("11", "11 Red"), ("12", "12 Blue"), ("13", "13 Green")]
CHECKED, PARTLY, UNCHECKED = (
    Qt.CheckState.Checked,
    Qt.CheckState.PartiallyChecked,
    Qt.CheckState.Unchecked,
)


def sample_details() -> dict[str, ImageDetails]:
    return {
        "1": ImageDetails(
            (ImageName("de", "Vorne"), ImageName("en", "Front", "Shoe from the front")),
            frozenset({Availability("mandant", -1), Availability("marketplace", 4)}),
            frozenset({"11"}),
        ),
        "2": ImageDetails(
            (ImageName("de", "Hinten"), ImageName("en", "Back")),
            frozenset({Availability("mandant", 41234)}),
            frozenset({"11", "12"}),
        ),
        "3": ImageDetails((ImageName("de", "Seite"),)),
    }


def sample_images() -> list[Image]:
    return [
        Image(
            "1",
            position=1,
            full_url="http://shop/full/1.jpg",
            middle_url="http://shop/middle/1.jpg",
            file_type="jpg",
            width=1200,
            height=900,
            size=48_000,
            md5="d41d8cd98f00b204e9800998ecf8427e",
            updated_at="2024-03-01T10:15:00+01:00",
            raw={"createdAt": "2023-04-03T10:52:00+02:00"},
        ),
        Image("2", position=2, width=800, height=600, size=20_000),
        Image("3", position=3),
    ]


@pytest.fixture
def gallery() -> Gallery:
    gallery = Gallery()
    gallery.load(ITEM, sample_images(), sample_details())
    return gallery


@pytest.fixture
def panel(qtbot: QtBot, gallery: Gallery) -> Iterator[DetailsPanel]:
    panel = DetailsPanel(gallery)
    qtbot.addWidget(panel)
    panel.resize(440, 900)
    panel.set_listing(ITEM, supports_details=True)
    panel.variations.set_variations(VARIATIONS)
    panel.show_images(["1"])
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.detach()


def settle() -> None:
    """Let the panel's deferred repaint (it follows gallery events) run."""
    QApplication.processEvents()


def click_check_box(qtbot: QtBot, box) -> None:
    """Click on the box itself (the widget is as wide as the panel, the box is at its left)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def row_of(model: NamesModel, lang: str) -> int:
    return model.languages.index(lang)


def type_into_cell(qtbot: QtBot, panel: DetailsPanel, index: QModelIndex, text: str) -> None:
    """Open the cell's editor, replace its text and press Enter, as a seller would."""
    table = panel.names.table
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()


# -- names ---------------------------------------------------------------------------------
def test_typing_a_name_and_pressing_enter_is_one_named_undo_step(qtbot, panel, gallery) -> None:
    model = panel.names.model
    assert model.languages == ["de", "en"]
    type_into_cell(qtbot, panel, model.index(row_of(model, "en"), NAME_COLUMN), "Front view")
    assert gallery.details("1").name("en") == ImageName("en", "Front view", "Shoe from the front")
    assert gallery.undo_label == "Set English name"
    assert model.index(row_of(model, "en"), NAME_COLUMN).data() == "Front view"
    gallery.undo()
    assert gallery.details("1").name("en").name == "Front"
    assert gallery.undo_label is None, "one step for the whole word, not one per letter"


def test_adding_a_language_from_the_picker(qtbot, panel, gallery) -> None:
    names = panel.names
    assert "fr" in names.picker.offered() and "en" not in names.picker.offered()
    names.picker.setCurrentIndex(names.picker.findData("fr"))
    assert names.picker.currentText() == "French (fr)"
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    assert names.model.languages == ["de", "en", "fr"]
    index = names.table.currentIndex()
    editor = names.table.indexWidget(index)
    assert isinstance(editor, QLineEdit), "the new row's name is ready for typing"
    qtbot.keyClicks(editor, "Vue de face")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert gallery.details("1").name("fr") == ImageName("fr", "Vue de face")
    assert gallery.undo_label == "Set French name"
    assert "fr" not in names.picker.offered()


def test_an_unknown_language_code_is_refused_naming_it(qtbot, panel, gallery) -> None:
    names = panel.names
    names.picker.setEditText("xx")
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    assert names.message.isVisible()
    assert "'xx'" in names.message.text() and "de, en" in names.message.text()
    assert names.model.languages == ["de", "en"]
    names.picker.setEditText("sv")
    qtbot.keyClick(names.picker.lineEdit(), Qt.Key.Key_Return)
    assert "'sv'" in names.message.text() and "Swedish is 'se'" in names.message.text()
    assert gallery.undo_label is None and not gallery.dirty


def test_delete_removes_the_current_language(qtbot, panel, gallery) -> None:
    table = panel.names.table
    model = panel.names.model
    table.setFocus()
    table.setCurrentIndex(model.index(row_of(model, "en"), NAME_COLUMN))
    assert panel.names.remove_button.text() == "Remove English"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle()
    assert gallery.details("1").name("en") is None
    assert gallery.undo_label == "Remove English name"
    assert model.languages == ["de"]
    assert "en" in panel.names.picker.offered()
    qtbot.mouseClick(panel.names.remove_button, Qt.MouseButton.LeftButton)  # German now
    settle()
    assert gallery.details("1").names == ()


def test_clearing_name_and_alternative_text_removes_the_language(qtbot, panel, gallery) -> None:
    model = panel.names.model
    en = row_of(model, "en")
    type_into_cell(qtbot, panel, model.index(en, ALTERNATE_COLUMN), "")
    assert gallery.details("1").name("en") == ImageName("en", "Front", "")
    type_into_cell(qtbot, panel, model.index(en, NAME_COLUMN), "")
    assert gallery.details("1").name("en") is None
    assert gallery.undo_label == "Remove English name"


def test_an_alternative_text_without_a_name_is_refused(qtbot, panel, gallery) -> None:
    model = panel.names.model
    type_into_cell(qtbot, panel, model.index(row_of(model, "de"), NAME_COLUMN), "")
    assert "needs a name as well" not in panel.names.message.text()
    panel.show_images(["1"])
    type_into_cell(qtbot, panel, model.index(row_of(model, "en"), NAME_COLUMN), "")
    assert panel.names.message.isVisible()
    assert "alternative text needs a name as well" in panel.names.message.text()
    assert gallery.details("1").name("en").name == "Front"


# -- shown in (availabilities) -------------------------------------------------------------
def test_an_id_that_is_not_a_number_gets_a_message_and_changes_nothing(
    qtbot, panel, gallery
) -> None:
    stores = panel.availability.groups["mandant"]
    before = gallery.details("1")
    qtbot.keyClicks(stores.id_edit, "abc")
    qtbot.mouseClick(stores.add_button, Qt.MouseButton.LeftButton)
    assert stores.message.isVisible()
    assert "'abc'" in stores.message.text() and "not a number" in stores.message.text()
    assert gallery.details("1") == before and gallery.undo_label is None
    stores.id_edit.clear()
    qtbot.keyClicks(stores.id_edit, "41234")
    qtbot.keyClick(stores.id_edit, Qt.Key.Key_Return)
    assert not stores.message.isVisible()
    assert Availability("mandant", 41234) in gallery.details("1").availabilities
    assert gallery.undo_label == "Make available in store 41234"
    assert [stores.id_list.item(i).text() for i in range(stores.id_list.count())] == ["41234"]


def test_toggling_all_stores(qtbot, panel, gallery) -> None:
    stores = panel.availability.groups["mandant"]
    assert stores.all_box.isChecked()
    click_check_box(qtbot, stores.all_box)
    assert Availability("mandant", -1) not in gallery.details("1").availabilities
    assert gallery.undo_label == "Remove from all stores"
    assert not stores.all_box.isChecked()
    stores.all_box.setFocus()
    qtbot.keyClick(stores.all_box, Qt.Key.Key_Space)
    assert Availability("mandant", -1) in gallery.details("1").availabilities
    assert gallery.undo_label == "Make available in all stores"


def test_removing_a_chosen_id(qtbot, panel, gallery) -> None:
    panel.show_images(["2"])
    stores = panel.availability.groups["mandant"]
    assert stores.id_list.count() == 1
    stores.id_list.setCurrentRow(0)
    stores.id_list.setFocus()
    qtbot.keyClick(stores.id_list, Qt.Key.Key_Delete)
    assert gallery.details("2").availabilities == frozenset()
    assert gallery.undo_label == "Remove from store 41234"
    assert stores.id_list.isHidden()


# -- variations ----------------------------------------------------------------------------
def check_states(panel: DetailsPanel) -> dict[str, Qt.CheckState]:
    model = panel.variations.model
    return {
        vid: model.index(row).data(Qt.ItemDataRole.CheckStateRole)
        for row, vid in enumerate(model.variation_ids)
    }


def test_ticking_a_variation_links_every_selected_image(qtbot, panel, gallery) -> None:
    panel.show_images(["1", "3"])
    assert check_states(panel) == {"11": PARTLY, "12": UNCHECKED, "13": UNCHECKED}
    view = panel.variations.view
    view.setFocus()
    view.setCurrentIndex(panel.variations.model.index(2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert "13" in gallery.details("1").variations and "13" in gallery.details("3").variations
    assert gallery.undo_label == "Link to variation 13"
    settle()
    assert check_states(panel)["13"] == CHECKED
    view.setCurrentIndex(panel.variations.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # partly linked → linked for all
    assert all("11" in gallery.details(i).variations for i in ("1", "3"))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert all("11" not in gallery.details(i).variations for i in ("1", "3"))
    assert gallery.undo_label == "Unlink from variation 11"


def test_a_link_to_a_variation_not_in_the_list_still_shows(gallery) -> None:
    model = VariationsModel(gallery)
    model.set_images(["2"])
    assert model.variation_ids == ["11", "12"], "labelled by id until the list arrives"
    model.set_variations(VARIATIONS[:1], open_variation="11")
    assert model.variation_ids == ["11", "12"]
    assert model.index(0).data() == "11 Red — open now"
    assert "leaves this page" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


# -- several images ------------------------------------------------------------------------
def test_a_multi_selection_shows_mixed_values(qtbot, panel) -> None:
    panel.show_images(["1", "2", "3"])
    names = panel.names.model
    en = names.index(row_of(names, "en"), NAME_COLUMN)
    assert en.data() == MIXED_TEXT and en.data(MixedRole) is True
    assert en.data(Qt.ItemDataRole.EditRole) == ""
    assert "differ" in en.data(Qt.ItemDataRole.ToolTipRole)
    stores = panel.availability.groups["mandant"]
    assert stores.all_box.checkState() == PARTLY
    assert stores.all_box.text() == "All stores (1 of 3 selected images)"
    assert stores.id_list.item(0).text() == "41234 — 1 of 3 images"
    assert check_states(panel)["11"] == PARTLY
    assert panel.info.summary.text() == "3 images selected, 66.4 KB in all."
    assert panel.info_section.title.text() == "Selection"


def test_setting_the_english_alt_text_on_all_keeps_each_name(qtbot, panel, gallery) -> None:
    panel.show_images(["1", "2"])
    model = panel.names.model
    type_into_cell(qtbot, panel, model.index(row_of(model, "en"), ALTERNATE_COLUMN), "Rear view")
    assert gallery.details("1").name("en") == ImageName("en", "Front", "Rear view")
    assert gallery.details("2").name("en") == ImageName("en", "Back", "Rear view")
    assert gallery.undo_label == "Set English alternative text"
    assert model.index(row_of(model, "en"), ALTERNATE_COLUMN).data() == "Rear view"
    gallery.undo()
    assert gallery.details("1").name("en").alternate == "Shoe from the front"
    assert gallery.details("2").name("en").alternate == ""


def test_leaving_a_mixed_cell_empty_changes_nothing(qtbot, panel, gallery) -> None:
    panel.show_images(["1", "2"])
    model = panel.names.model
    index = model.index(row_of(model, "en"), NAME_COLUMN)
    panel.names.table.edit(index)
    editor = panel.names.table.indexWidget(index)
    assert editor.placeholderText() == MIXED_TEXT and editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert gallery.undo_label is None


def test_making_all_available_in_every_store(qtbot, panel, gallery) -> None:
    panel.show_images(["1", "2", "3"])
    stores = panel.availability.groups["mandant"]
    click_check_box(qtbot, stores.all_box)  # partly → all
    assert all(Availability("mandant", -1) in gallery.details(i).availabilities for i in "123")
    assert stores.all_box.checkState() == CHECKED
    assert gallery.undo_label == "Make available in all stores"


# -- what the panel says -------------------------------------------------------------------
def test_details_of_one_image_with_links_that_open(qtbot, panel) -> None:
    info = panel.info
    assert info.file_type.text() == "JPG"
    assert info.pixels.text() == "1200 × 900 px"
    assert info.file_size.text() == "46.9 KB"
    # On this computer's clock (issue 15), not the server's +02:00 / +01:00.
    created = readable_time("2023-04-03T10:52:00+02:00")
    assert info.created.text() == created and created.startswith("3 Apr 2023, ")
    assert info.updated.text() == readable_time("2024-03-01T10:15:00+01:00")
    assert info.md5.text() == "d41d8cd98f00b204e9800998ecf8427e"
    opened: list[QUrl] = []
    info.open_url = opened.append
    info.links.linkActivated.emit("http://shop/full/1.jpg")
    assert opened == [QUrl("http://shop/full/1.jpg")]
    assert "Middle size" in info.links.text()


def test_nothing_selected_and_autoscout24_say_so_plainly(qtbot, panel) -> None:
    panel.show_images([])
    assert panel.message.text() == NO_SELECTION_TEXT
    assert not any(section.isVisible() for section in panel.editor_sections)
    panel.set_listing(ListingRef("autoscout24", "v1"), supports_details=False)
    panel.show_images(["1"])
    assert panel.message.isVisible()
    assert panel.message.text() == AS24_TEXT
    assert AS24_TEXT == (
        "AutoScout24 has no image names, availabilities or variations — only the order and "
        "the photos themselves."
    )
    assert not any(section.isVisible() for section in panel.editor_sections)
    assert panel.info_section.isVisible()


def test_undo_repaints_the_panel(qtbot, panel, gallery) -> None:
    gallery.set_name(["1"], "en", "Changed elsewhere", "")
    settle()
    model = panel.names.model
    assert model.index(row_of(model, "en"), NAME_COLUMN).data() == "Changed elsewhere"
    gallery.undo()
    settle()
    assert model.index(row_of(model, "en"), NAME_COLUMN).data() == "Front"


def test_long_names_wrap_in_the_table_instead_of_being_cut(qtbot, panel, gallery) -> None:
    """Issue 15: at the default panel width the names table cut names short."""
    long = "Outdoor-Geschenkset „Gipfel“ mit Thermobecher, Stirnlampe und Karte, Vorderseite"
    gallery.set_name(["1"], "de", long)
    settle()
    table = panel.names.table
    model = panel.names.model
    index = model.index(row_of(model, "de"), NAME_COLUMN)
    assert index.data() == long
    qtbot.waitUntil(lambda: table.rowHeight(index.row()) > table.fontMetrics().height() * 2)
    cell = table.visualRect(index)
    needed = table.fontMetrics().boundingRect(
        cell.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), long
    )
    assert needed.height() <= table.rowHeight(index.row())
    qtbot.waitUntil(
        lambda: table.height() >= sum(table.rowHeight(r) for r in range(model.rowCount()))
    )
    qtbot.wait(50)  # nested layouts settle one event-loop turn at a time
    panel.grab().save(shot_path("issue15-p17-names-wrap.png"))
