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
from imagedeck.session.detail_summary import availability_shares, details_of
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.common.inline_message import InlineMessage, as_sentence
from imagedeck.ui.common.translated import error_text, translated
from imagedeck.ui.details.mixed_check_box import MixedCheckBox
from imagedeck.ui.grid.view_sizing import fit_rows

MAX_VISIBLE_IDS = 4


@dataclass(frozen=True)
class Kind:
    """How one availability type is called on screen.

    Whole phrases per type rather than "every {store}": German needs a different article
    and ending for each ("jeden Mandanten", "jedes Listing"), so each is translated whole.
    """

    type: str
    title: str  # "Stores"
    all_text: str  # "All stores"
    all_tip: str  # "Show the selected images in every store"
    partly_tip: str  # "{count} of the {total} selected images are shown in every store…"
    id_label: str  # "store id"
    add_tip: str  # "Show the selected images in this store too"
    remove_tip: str  # "Stop showing the selected images in this store"
    example: str  # a plausible id for the placeholder


KINDS = (
    Kind(
        "mandant",
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Stores"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "All stores"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in every store"),
        QT_TRANSLATE_NOOP(
            "AvailabilityEditor",
            "{count} of the {total} selected images are shown in every store; click to show "
            "all of them everywhere",
        ),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "store id"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in this store too"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Stop showing the selected images in this store"),
        "41234",
    ),
    Kind(
        "marketplace",
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Marketplaces"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "All marketplaces"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in every marketplace"),
        QT_TRANSLATE_NOOP(
            "AvailabilityEditor",
            "{count} of the {total} selected images are shown in every marketplace; click to "
            "show all of them everywhere",
        ),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "marketplace id"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in this marketplace too"),
        QT_TRANSLATE_NOOP(
            "AvailabilityEditor", "Stop showing the selected images in this marketplace"
        ),
        "4",
    ),
    Kind(
        "listing",
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Listings"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "All listings"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in every listing"),
        QT_TRANSLATE_NOOP(
            "AvailabilityEditor",
            "{count} of the {total} selected images are shown in every listing; click to show "
            "all of them everywhere",
        ),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "listing id"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Show the selected images in this listing too"),
        QT_TRANSLATE_NOOP("AvailabilityEditor", "Stop showing the selected images in this listing"),
        "7",
    ),
)
assert tuple(kind.type for kind in KINDS) == AVAILABILITY_TYPES

IdRole = Qt.ItemDataRole.UserRole + 1
"""The availability value (int) of an item in a group's id list."""


class AvailabilityGroup(QGroupBox):
    """One type: an "All …" check box, the chosen ids, and a field to add one."""

    def __init__(self, gallery: Gallery, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(translated(kind.title), parent)
        self._gallery = gallery
        self._ids: tuple[str, ...] = ()
        self.kind = kind
        id_label = translated(kind.id_label)
        self.all_box = MixedCheckBox(translated(kind.all_text))
        self.all_box.setToolTip(translated(kind.all_tip))
        self.id_list = QListWidget()
        self.id_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.id_list.setSpacing(1)
        self.id_list.setAccessibleName(
            self.tr("Chosen: {title}").format(title=translated(kind.title))
        )
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(
            _capitalized(self.tr("{id}, e.g. {example}").format(id=id_label, example=kind.example))
        )
        self.id_edit.setAccessibleName(_capitalized(self.tr("{id} to add").format(id=id_label)))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(translated(kind.add_tip))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(translated(kind.remove_tip))
        self.message = InlineMessage()
        remove_action = QAction(self.tr("Remove"), self.id_list)
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
        all_text = translated(self.kind.all_text)
        if everywhere.partly:
            all_text = self.tr("{text} ({count} of {total} selected images)").format(
                text=all_text, count=everywhere.count, total=everywhere.total
            )
        self.all_box.setText(all_text)
        if everywhere.partly:
            self.all_box.setToolTip(
                translated(self.kind.partly_tip).format(
                    count=everywhere.count, total=everywhere.total
                )
            )
        else:
            self.all_box.setToolTip(translated(self.kind.all_tip))
        selected = self._selected_value()
        self.id_list.clear()
        for value, share in chosen.items():
            text = str(value)
            if share.partly:
                text = self.tr("{id} — {count} of {total} images").format(
                    id=value, count=share.count, total=share.total
                )
            item = QListWidgetItem(text)
            item.setData(IdRole, value)
            place = _capitalized(translated(Availability(self.kind.type, value).describe()))
            if share.partly:
                place = self.tr("{place}: {count} of the {total} selected images").format(
                    place=place, count=share.count, total=share.total
                )
            item.setToolTip(place)
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
            self.message.show_error(
                self.tr("Type the {id} first, e.g. {example}").format(
                    id=translated(self.kind.id_label), example=self.kind.example
                )
            )
            return False
        try:
            availability = Availability(self.kind.type, text)  # type: ignore[arg-type]  # parsed
        except ValueError as error:
            self.message.show_error(
                self.tr("{error} Nothing was changed.").format(error=as_sentence(error_text(error)))
            )
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


def _capitalized(text: str) -> str:
    """ "store id, e.g. 41234" → "Store id, e.g. 41234" (German nouns already are)."""
    return text[:1].upper() + text[1:]


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
