"""The side panel beside the grid: the selected images' details and their three editors.

It shows what is selected in the grid (the window tells it, `show_images`) and edits through
the gallery only, so every edit is one undo step with a name, marks the listing unsaved, and
goes out with the next Save like a reorder. Gallery events (an edit, undo, redo) repaint the
editors on the next turn of the event loop: the edit that caused them may still be on its
way out of a Qt call (a table cell committing), and one repaint after a burst is enough.

Marketplaces without image details (AutoScout24) get a plain sentence instead of editors
that could never be saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imagedeck.marketplaces.registry import AUTOSCOUT24, display_name
from imagedeck.model.gallery import DetailsChanged, Gallery, GalleryEvent
from imagedeck.model.image import Image, ListingRef
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.common.shortcut_areas import DETAILS_AREA, mark_area
from imagedeck.ui.common.translated import translated
from imagedeck.ui.details.availability_editor import AvailabilityEditor
from imagedeck.ui.details.image_info import ImageInfo
from imagedeck.ui.details.names_editor import NamesEditor
from imagedeck.ui.details.variations_editor import VariationsEditor

# Marked here, shown through `translated` (the English constants stay comparable in tests).
NO_LISTING_TEXT = QT_TRANSLATE_NOOP(
    "DetailsPanel", "Open a listing to see its images' details here."
)
NO_SELECTION_TEXT = QT_TRANSLATE_NOOP(
    "DetailsPanel",
    "Select an image to see its details and edit its names, where it is shown and its "
    "variations. Select several to edit them together.",
)
AS24_TEXT = QT_TRANSLATE_NOOP(
    "DetailsPanel",
    "AutoScout24 has no image names, availabilities or variations — only the order and the "
    "photos themselves.",
)
PANEL_WIDTH = 430


def no_details_text(marketplace: str) -> str:
    """What the panel says instead of editors for a marketplace without image details."""
    if marketplace == AUTOSCOUT24:
        return translated(AS24_TEXT)
    label = display_name(marketplace)
    return QCoreApplication.translate(
        "DetailsPanel",
        "{marketplace} has no image names, availabilities or variations — only the order.",
    ).format(marketplace=label)


class Section(QWidget):
    """A titled part of the panel ("Names"), hidden as a whole when it does not apply."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(body)


class DetailsPanel(QWidget):
    """Details, Names, Shown in and Variations of the images selected in the grid."""

    typing_changed = Signal(bool)
    """A name is being typed and not committed yet (True), or no longer (False)."""

    def __init__(self, gallery: Gallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark_area(self, DETAILS_AREA)  # Help ▸ Keyboard Shortcuts groups its keys
        self._gallery = gallery
        self._listing: ListingRef | None = None
        self._supports_details = False
        self._ids: tuple[str, ...] = ()
        self._typing = False

        self.message = QLabel(translated(NO_LISTING_TEXT))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(0, 6, 0, 6)
        self.info = ImageInfo()
        self.names = NamesEditor(gallery)
        self.availability = AvailabilityEditor(gallery)
        self.variations = VariationsEditor(gallery)
        self.info_section = Section(self.tr("Details"), self.info)
        self.names_section = Section(self.tr("Names"), self.names)
        self.availability_section = Section(self.tr("Shown in"), self.availability)
        self.variations_section = Section(self.tr("Variations"), self.variations)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info_section)
        layout.addWidget(self.message)
        for section in self.editor_sections:
            layout.addWidget(section)
        layout.addStretch(1)

        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._unsubscribe = gallery.subscribe(self._on_gallery_event)
        self.names.table.delegate.typing.connect(self._set_typing)
        self._update_visibility()

    @property
    def editor_sections(self) -> tuple[Section, ...]:
        return (self.names_section, self.availability_section, self.variations_section)

    @property
    def image_ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def typing(self) -> bool:
        """Whether a name cell holds typed text that `finish_editing` would commit."""
        return self._typing

    @property
    def editing(self) -> bool:
        """Whether the editors are shown (a listing with details, something selected)."""
        return bool(self._ids) and self._supports_details

    # -- what to show -------------------------------------------------------------------
    def set_listing(self, listing: ListingRef | None, supports_details: bool) -> None:
        """A listing was opened (or closed); editors only where the marketplace has details."""
        self._listing = listing
        self._supports_details = supports_details and listing is not None
        if listing is not None and supports_details:
            self.variations.set_loading()
        self._update_visibility()

    def show_images(self, image_ids: Sequence[str]) -> None:
        """Show and edit `image_ids` (the grid's selection, in grid order)."""
        self.finish_editing()
        self._ids = tuple(image_ids)
        images = self._images()
        self._ids = tuple(image.id for image in images)
        if images:
            files = [self._gallery.local_file(image.id) for image in images]
            self.info.show_images(images, [f.path.name if f else "" for f in files])
        for editor in (self.names, self.availability, self.variations):
            editor.set_images(self._ids)
        self._update_visibility()

    def refresh(self) -> None:
        """Catch up with the gallery (after an edit, undo or redo)."""
        self._refresh_soon.stop()
        for editor in (self.names, self.availability, self.variations):
            editor.refresh()

    def finish_editing(self) -> None:
        """Commit a name being typed (before Save, close or another selection)."""
        self.names.finish_editing()

    def detach(self) -> None:
        """Stop listening to the gallery (the window is closing)."""
        self._unsubscribe()

    def _set_typing(self, typing: bool) -> None:
        if typing != self._typing:
            self._typing = typing
            self.typing_changed.emit(typing)

    def _images(self) -> list[Image]:
        by_id = {image.id: image for image in self._gallery}
        return [by_id[i] for i in self._ids if i in by_id]

    def _on_gallery_event(self, event: GalleryEvent) -> None:
        if isinstance(event, DetailsChanged) and set(event.image_ids) & set(self._ids):
            self._refresh_soon.start()

    def _update_visibility(self) -> None:
        selected = bool(self._ids)
        self.info_section.setVisible(selected)
        self.info_section.title.setText(
            self.tr("Details") if len(self._ids) <= 1 else self.tr("Selection")
        )
        for section in self.editor_sections:
            section.setVisible(self.editing)
        if self._listing is None:
            text = translated(NO_LISTING_TEXT)
        elif not self._supports_details:
            text = no_details_text(self._listing.marketplace)
        elif not selected:
            text = translated(NO_SELECTION_TEXT)
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))


class DetailsDock(QDockWidget):
    """The panel in a dock on the right of the grid: resizable, movable to the left, and
    scrolling when the window is short."""

    def __init__(self, gallery: Gallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image Details"))
        self.setObjectName("details-dock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.panel = DetailsPanel(gallery)
        self.scroll_area = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.panel)
        self.scroll_area.setMinimumWidth(320)
        self.setWidget(self.scroll_area)
        self.toggleViewAction().setText(self.tr("Image &Details Panel"))
