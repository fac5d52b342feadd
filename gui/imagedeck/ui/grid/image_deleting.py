"""Deleting the selected images in the window: confirm, pick a new main image if needed.

The rows leave the grid at once as one undo step (Gallery.remove); the marketplace is
only touched on Save, which sends one journaled DELETE per image (sync/deletions.py). An
added file still uploading can be deleted too: if its upload still lands, the next Save
deletes it from the server like any other image the seller removed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar

from imagedeck.model.gallery import Gallery
from imagedeck.ui.common.translated import plural
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.upload_questions import ask_delete, ask_new_main

MESSAGE_MS = 8000


class StatusSink(Protocol):
    """Where a grid feature reports: a passing message on `bar`, or an error that stays
    (the window's StatusPanel)."""

    @property
    def bar(self) -> QStatusBar: ...

    def show_error(self, message: str) -> None: ...


class ImageDeleter(QObject):
    """The Delete command for the selection of `grid` over `gallery`."""

    def __init__(self, gallery: Gallery, grid: ThumbnailGrid, status: StatusSink) -> None:
        super().__init__(grid)
        self._gallery = gallery
        self._grid = grid
        self._status = status
        self.ask_delete = ask_delete  # attributes, so tests answer without a dialog
        self.ask_new_main = ask_new_main

    def delete_selected(self) -> bool:
        """Ask, then delete the selected images; returns whether anything was deleted."""
        gallery, grid = self._gallery, self._grid
        window = grid.window()  # the dialogs' parent
        rows = grid.selected_rows()
        if not rows or gallery.listing is None:
            return False
        if not self.ask_delete(window, len(rows)):
            return False
        new_main = None
        leaving = set(rows)
        staying = [(row, i) for row, i in enumerate(gallery.order) if row not in leaving]
        if 0 in leaving and staying:
            choices = [_label(row + 1, i) for row, i in staying]
            picked = self.ask_new_main(window, choices)
            if picked is None:
                return False
            new_main = staying[picked][1]
        gallery.remove(rows, new_main)
        count = len(rows)
        self._status.bar.showMessage(
            plural(
                self.tr(
                    "Deleted %n image(s); the marketplace loses them when you save "
                    "(Ctrl+Z undoes).",
                    "",
                    count,
                ),
                count,
            ),
            MESSAGE_MS,
        )
        if len(gallery):
            row = min(rows[0], len(gallery) - 1)
            grid.setCurrentIndex(grid.gallery_model().index(row))
        return True


def _label(place: int, image_id: str) -> str:
    return QCoreApplication.translate("ImageDeleter", "Image {place} (id {id})").format(
        place=place, id=image_id
    )
