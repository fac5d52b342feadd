"""The Variations section: the open item's variations with a check box each.

The list of variations is read from the marketplace when a listing opens, so the section
says what it is waiting for or why the list is missing; the check boxes work on the links
the images already have meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from imagedeck.model.gallery import Gallery
from imagedeck.ui.details.variations_model import VariationsModel
from imagedeck.ui.grid.view_sizing import fit_rows

MAX_VISIBLE_ROWS = 8


class VariationsEditor(QWidget):
    """Check = the selected images are linked to the variation (shown on its page)."""

    def __init__(self, gallery: Gallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VariationsModel(gallery, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(1)
        self.view.setAccessibleName(self.tr("Variations linked to the selected images"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        self.model.modelReset.connect(self._update_view)
        self.set_variations([])

    def set_loading(self) -> None:
        self.model.set_variations([])
        self._say(self.tr("Loading the item's variations…"))

    def set_variations(
        self, variations: Sequence[tuple[str, str]], open_variation: str | None = None
    ) -> None:
        self.model.set_variations(variations, open_variation)
        self._say("" if variations else self.tr("This item has no variations."))

    def set_failed(self, message: str) -> None:
        """Keep the links the images have (labelled by id) and say why names are missing."""
        self.model.set_variations([])
        self._say(
            self.tr("Could not load the item's variations: {message}").format(message=message)
        )

    def set_images(self, image_ids: Sequence[str]) -> None:
        self.model.set_images(image_ids)

    def refresh(self) -> None:
        self.model.refresh()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self._update_view()

    def _update_view(self) -> None:
        self.view.setVisible(self.model.rowCount() > 0)
        fit_rows(self.view, 1, MAX_VISIBLE_ROWS)  # as tall as its rows, up to eight
