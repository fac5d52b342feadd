"""What the grid's tiles do beyond being moved: the large preview, retrying failed
thumbnails, and telling the loader which tiles are on screen.

Given the narrow parts it works with (the grid, the loader, the gallery and a way to the
listing's client), not the window: Space and a double click open the preview, a double
click on an error tile fetches its thumbnail again, View ▸ Retry Thumbnails retries all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QWidget

from imagedeck.marketplaces.base import Marketplace
from imagedeck.model.gallery import Gallery
from imagedeck.ui.grid.gallery_model import GalleryListModel, ImageRole
from imagedeck.ui.grid.preview_dialog import PreviewDialog
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader
from imagedeck.ui.grid.thumbnail_state import ThumbnailState


class TileActions(QObject):
    """Preview and retry for the tiles of `grid`; `client_for` gives a marketplace's client."""

    def __init__(
        self,
        grid: ThumbnailGrid,
        loader: ThumbnailLoader,
        gallery: Gallery,
        client_for: Callable[[str], Marketplace],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(grid)
        self._grid = grid
        self._loader = loader
        self._gallery = gallery
        self._client_for = client_for
        self._dialog_parent = dialog_parent
        self.preview: PreviewDialog | None = None
        grid.visible_rows_changed.connect(self._fetch_visible_first)
        grid.doubleClicked.connect(self._retry_or_preview)

    @property
    def _model(self) -> GalleryListModel:
        return self._grid.gallery_model()

    def _fetch_visible_first(self, first: int, last: int) -> None:
        self._loader.set_visible(self._gallery.order[first : last + 1])

    def _retry_or_preview(self, index: QModelIndex) -> None:
        """Double-clicking an error tile fetches its thumbnail again; any other tile opens
        the large preview."""
        image = index.data(ImageRole)
        if image is None:
            return
        if self._model.thumbnail_state(image.id) == ThumbnailState.FAILED:
            self._loader.retry([image])
        else:
            self.preview_row(index.row())

    def preview_current(self) -> None:
        """Space: the current tile, large."""
        index = self._grid.currentIndex()
        if index.isValid():
            self.preview_row(index.row())

    def preview_row(self, row: int) -> None:
        listing = self._gallery.listing
        if listing is None or not 0 <= row < len(self._gallery):
            return
        if self.preview is not None:
            self.preview.close()
        client = self._client_for(listing.marketplace)
        loader = self._loader
        self.preview = PreviewDialog(
            client,
            self._gallery.images,
            row,
            loader.executor,
            self._dialog_parent,
            cache=loader.previews,
        )
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()

    def _preview_closed(self, *_args: object) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    def close_preview(self) -> None:
        if self.preview is not None:
            self.preview.reject()

    def retry_failed_thumbnails(self) -> None:
        """Fetch every failed thumbnail again (after the network came back, say)."""
        failed = [
            image
            for image in self._gallery
            if self._model.thumbnail_state(image.id) == ThumbnailState.FAILED
        ]
        self._loader.retry(failed)
