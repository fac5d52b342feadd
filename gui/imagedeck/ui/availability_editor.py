"""The "Shown in" section: where the selected images may appear, by stores, marketplaces and
listings, each either "All" (plentymarkets' value -1) or chosen ids.

Every click or Add is one gallery edit of all selected images (one undo step). An id that is
not a number is refused beside the field with the model's message, which names the value,
and nothing changes. With several images selected, "All" is partially checked when only some
have it, and an id only some have says on how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imagedeck.model.details import AVAILABILITY_TYPES, Availability
from imagedeck.model.gallery import Gallery
from imagedeck.ui.detail_summary import availability_shares, details_of
from imagedeck.ui.inline_message import InlineMessage, as_sentence
from imagedeck.ui.mixed_check_box import MixedCheckBox
from imagedeck.ui.view_sizing import fit_rows

MAX_VISIBLE_IDS = 4


@dataclass(frozen=True)
class Kind:
    """How one availability type is called on screen."""

    type: str
    title: str  # "Stores"
    one: str  # "store"
    example: str  # a plausible id for the placeholder


KINDS = (
    Kind("mandant", "Stores", "store", "41234"),
    Kind("marketplace", "Marketplaces", "marketplace", "4"),
    Kind("listing", "Listings", "listing", "7"),
)
assert tuple(kind.type for kind in KINDS) == AVAILABILITY_TYPES

IdRole = Qt.ItemDataRole.UserRole + 1
"""The availability value (int) of an item in a group's id list."""


class AvailabilityGroup(QGroupBox):
    """One type: an "All …" check box, the chosen ids, and a field to add one."""

    def __init__(self, gallery: Gallery, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(kind.title, parent)
        self._gallery = gallery
        self._ids: tuple[str, ...] = ()
        self.kind = kind
        self.all_box = MixedCheckBox(f"All {kind.title.lower()}")
        self.all_box.setToolTip(f"Show the selected images in every {kind.one}")
        self.id_list = QListWidget()
        self.id_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.id_list.setSpacing(1)
        self.id_list.setAccessibleName(f"Chosen {kind.one} ids")
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(f"{kind.one.capitalize()} id, e.g. {kind.example}")
        self.id_edit.setAccessibleName(f"{kind.one.capitalize()} id to add")
        self.add_button = QPushButton("Add")
        self.add_button.setToolTip(f"Show the selected images in this {kind.one} too")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip(f"Stop showing the selected images in this {kind.one}")
        self.message = InlineMessage()
        remove_action = QAction("Remove", self.id_list)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.id_list.addAction(remove_action)

        add_row = QHBoxLayout()
        add_row.addWidget(self.id_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.all_box)
        layout.addWidget(self.id_list)
        layout.addLayout(add_row)
        layout.addWidget(self.message)

        self.all_box.clicked.connect(self.set_all)
        self.add_button.clicked.connect(self.add_id)
        self.id_edit.returnPressed.connect(self.add_id)
        self.id_edit.textEdited.connect(lambda _text: self.message.clear_message())
        self.remove_button.clicked.connect(self.remove_selected)
        remove_action.triggered.connect(self.remove_selected)
        self.id_list.itemSelectionChanged.connect(self._update_remove)
        self.refresh()

    def set_images(self, image_ids: Sequence[str]) -> None:
        self._ids = tuple(image_ids)
        self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        """Show what the selected images hold now (after an edit, undo or redo)."""
        selection = details_of(self._gallery, self._ids)
        everywhere, chosen = availability_shares(selection, self.kind.type)
        self.all_box.show_share(everywhere)
        all_text = f"All {self.kind.title.lower()}"
        if everywhere.partly:
            all_text += f" ({everywhere.count} of {everywhere.total} selected images)"
        self.all_box.setText(all_text)
        if everywhere.partly:
            self.all_box.setToolTip(
                f"{everywhere.count} of the {everywhere.total} selected images are shown in "
                f"every {self.kind.one}; click to show all of them everywhere"
            )
        else:
            self.all_box.setToolTip(f"Show the selected images in every {self.kind.one}")
        selected = self._selected_value()
        self.id_list.clear()
        for value, share in chosen.items():
            text = str(value)
            if share.partly:
                text += f" — {share.count} of {share.total} images"
            item = QListWidgetItem(text)
            item.setData(IdRole, value)
            item.setToolTip(
                f"{self.kind.one.capitalize()} {value}"
                + (f": {share.count} of the {share.total} selected images" if share.partly else "")
            )
            self.id_list.addItem(item)
            if value == selected:
                item.setSelected(True)
                self.id_list.setCurrentItem(item)
        self.id_list.setVisible(bool(chosen))
        self.remove_button.setVisible(bool(chosen))
        fit_rows(self.id_list, 1, MAX_VISIBLE_IDS)
        self._update_remove()

    def set_all(self, checked: bool) -> None:
        """Show the selected images in every store (checked) or not (unchecked)."""
        everything = Availability(self.kind.type)
        if checked:
            self._gallery.add_availability(self._ids, everything)
        else:
            self._gallery.remove_availability(self._ids, everything)
        self.refresh()

    def add_id(self) -> bool:
        """Add the typed id to every selected image; refuse what is not a number."""
        text = self.id_edit.text().strip()
        if not text:
            self.message.show_error(f"Type a {self.kind.one} id first, e.g. {self.kind.example}")
            return False
        try:
            availability = Availability(self.kind.type, text)
        except ValueError as error:
            self.message.show_error(f"{as_sentence(str(error))} Nothing was changed.")
            self.id_edit.selectAll()
            self.id_edit.setFocus()
            return False
        self.message.clear_message()
        changed = self._gallery.add_availability(self._ids, availability)
        self.id_edit.clear()
        self.refresh()
        return changed

    def remove_selected(self) -> bool:
        value = self._selected_value()
        if value is None:
            return False
        self.message.clear_message()
        changed = self._gallery.remove_availability(self._ids, Availability(self.kind.type, value))
        self.refresh()
        return changed

    def _selected_value(self) -> int | None:
        items = self.id_list.selectedItems()
        return items[0].data(IdRole) if items else None

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.id_list.selectedItems()))


class AvailabilityEditor(QWidget):
    """The three groups, one under the other."""

    def __init__(self, gallery: Gallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = {kind.type: AvailabilityGroup(gallery, kind) for kind in KINDS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in self.groups.values():
            layout.addWidget(group)

    def set_images(self, image_ids: Sequence[str]) -> None:
        for group in self.groups.values():
            group.set_images(image_ids)

    def refresh(self) -> None:
        for group in self.groups.values():
            group.refresh()
