"""The Qt list model over a `Gallery`: an adapter, never an owner.

The gallery owns the order. This model only translates: each gallery change comes in two
phases, and the first becomes begin*Rows (the gallery still holds the old rows, as Qt's
contract wants), the second end*Rows (so selections and the current item follow) and
row-and-role-precise dataChanged signals; drops and moveRows are handed back to
`Gallery.move`. It never inserts, removes or reorders rows on its own initiative, which is
what keeps undo, the save plan and the view in agreement.

Thumbnails are held here per image id because they are view data that the plain-Python
gallery must not know about (QImage); the loader fills them in one row at a time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage

from imagedeck.model.gallery import (
    AboutToInsert,
    AboutToMove,
    AboutToRemove,
    AboutToReset,
    Gallery,
    GalleryEvent,
    Inserted,
    Moved,
    Removed,
    Renamed,
    Reset,
    UploadChanged,
)
from imagedeck.model.image import Image
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.grid.thumbnail_state import (
    Thumbnail,
    ThumbnailState,
    thumbnail_source,
)
from imagedeck.ui.grid.tile_texts import accessible_name, describe, tile_label

ImageIdRole = Qt.ItemDataRole.UserRole + 1
"""The image's id (str)."""
PositionRole = Qt.ItemDataRole.UserRole + 2
"""Place in the order buyers see, counting from 1 (int)."""
IsMainRole = Qt.ItemDataRole.UserRole + 3
"""True for the first image, the one marketplaces show as the main picture."""
ThumbnailStateRole = Qt.ItemDataRole.UserRole + 4
"""A ThumbnailState: LOADING, READY or FAILED."""
ThumbnailErrorRole = Qt.ItemDataRole.UserRole + 5
"""Why the thumbnail failed ("" otherwise)."""
ImageRole = Qt.ItemDataRole.UserRole + 6
"""The model.image.Image itself, for panels that show details."""

UploadRole = Qt.ItemDataRole.UserRole + 7
"""The model.local_images.LocalFile of an image added from disk (None for the others)."""

IMAGE_IDS_MIME_TYPE = "application/x-imagedeck-image-ids"

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class GalleryListModel(QAbstractListModel):
    """One row per image of the gallery, in the gallery's order."""

    def __init__(self, gallery: Gallery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gallery = gallery
        self._thumbnails: dict[str, Thumbnail] = {}
        # Drops are accepted only from this model: ids mean nothing in another gallery.
        self._drag_token = f"{os.getpid()}:{id(self)}"
        self._unsubscribe = gallery.subscribe(self._on_gallery_event)

    @property
    def gallery(self) -> Gallery:
        return self._gallery

    def detach(self) -> None:
        """Stop listening to the gallery (before the model is thrown away)."""
        self._unsubscribe()

    # -- reading -----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        """Rows are images; a list has no children, so any valid parent has none."""
        return 0 if parent.isValid() else len(self._gallery)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Everything the delegate paints comes from here; nothing here blocks or loads."""
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        row = index.row()
        image = self._gallery[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return tile_label(self._gallery, image)
        if role == Qt.ItemDataRole.DecorationRole:
            thumbnail = self._thumbnails.get(image.id)
            return thumbnail.image if thumbnail else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(self._gallery, row, image, self._thumbnails.get(image.id))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_name(self._gallery, row, image, self._thumbnails.get(image.id))
        if role == ImageIdRole:
            return image.id
        if role == PositionRole:
            return row + 1
        if role == IsMainRole:
            return row == 0
        if role == ThumbnailStateRole:
            return self.thumbnail_state(image.id)
        if role == ThumbnailErrorRole:
            thumbnail = self._thumbnails.get(image.id)
            return thumbnail.reason if thumbnail else ""
        if role == ImageRole:
            return image
        if role == UploadRole:
            return self._gallery.local_file(image.id)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Images can be dragged; drops land between images (on the root), never onto one."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- gallery events ----------------------------------------------------------------
    def _on_gallery_event(self, event: GalleryEvent) -> None:
        """begin* on the first phase of a change, end* on the second."""
        if isinstance(event, AboutToMove):
            self._begin_move(event.source, event.dest)
        elif isinstance(event, Moved):
            self._end_move(event.source, event.dest)
        elif isinstance(event, AboutToReset):
            self.beginResetModel()
        elif isinstance(event, Reset):
            self._end_reset()
        elif isinstance(event, AboutToInsert):
            self.beginInsertRows(_ROOT, event.row, event.row)
        elif isinstance(event, Inserted):
            self.endInsertRows()
            self._renumber_from(event.row + 1)
        elif isinstance(event, AboutToRemove):
            self.beginRemoveRows(_ROOT, event.row, event.row)
        elif isinstance(event, Removed):
            self.endRemoveRows()
            self._renumber_from(event.row)
        elif isinstance(event, Renamed):
            self._rename_row(event)
        elif isinstance(event, UploadChanged):
            self._refresh_upload(event.image_id)

    def _renumber_from(self, row: int) -> None:
        """Rows from `row` on show new place numbers; row 0 may be a new main image."""
        last = len(self._gallery) - 1
        if row > last:
            return
        roles = [
            PositionRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ]
        if row == 0:
            roles.append(IsMainRole)
        self.dataChanged.emit(self.index(row), self.index(last), roles)

    def _rename_row(self, event: Renamed) -> None:
        """An upload finished: the tile keeps its local thumbnail under the server id (so
        it does not flash a placeholder), and the one row is refreshed."""
        thumbnail = self._thumbnails.pop(event.old_id, None)
        if thumbnail is not None:
            source = thumbnail_source(self._gallery[event.row])
            self._thumbnails[event.new_id] = Thumbnail(
                thumbnail.state, source, thumbnail.image, thumbnail.reason
            )
        index = self.index(event.row)
        self.dataChanged.emit(index, index)

    def _refresh_upload(self, image_id: str) -> None:
        try:
            row = self._gallery.index_of(image_id)
        except KeyError:
            return
        index = self.index(row)
        self.dataChanged.emit(index, index, [UploadRole, Qt.ItemDataRole.ToolTipRole])

    def _begin_move(self, source: int, dest: int) -> None:
        """Announce one single-row move. The gallery reports `dest` as the index after the
        move; Qt wants the row the item is inserted before, counted before the move, which
        is one further when moving down."""
        qt_dest = dest + 1 if dest > source else dest
        if not self.beginMoveRows(_ROOT, source, source, _ROOT, qt_dest):
            raise AssertionError(f"Qt refused the move {source} → {dest}")

    def _end_move(self, source: int, dest: int) -> None:
        """The move happened: close it, then repaint the rows whose numbers changed."""
        self.endMoveRows()
        # Every row between the two ends now shows a different number; only row 0 being
        # involved changes which image is the main one.
        top, bottom = self.index(min(source, dest)), self.index(max(source, dest))
        self.dataChanged.emit(
            top,
            bottom,
            [
                PositionRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ],
        )
        if top.row() == 0:
            self.dataChanged.emit(top, bottom, [IsMainRole])

    def _end_reset(self) -> None:
        """A (re)load: keep thumbnails of images whose file did not change, so saving and
        reloading does not make the grid flash placeholders and refetch everything."""
        current = {image.id: thumbnail_source(image) for image in self._gallery}
        self._thumbnails = {
            image_id: thumbnail
            for image_id, thumbnail in self._thumbnails.items()
            if current.get(image_id) == thumbnail.source
        }
        self.endResetModel()

    # -- thumbnails --------------------------------------------------------------------
    def thumbnail_state(self, image_id: str) -> ThumbnailState:
        thumbnail = self._thumbnails.get(image_id)
        return thumbnail.state if thumbnail else ThumbnailState.LOADING

    def needs_thumbnail(self, image: Image) -> bool:
        """No thumbnail yet, an earlier attempt failed (worth a retry), or the file changed."""
        thumbnail = self._thumbnails.get(image.id)
        return (
            thumbnail is None
            or thumbnail.state == ThumbnailState.FAILED
            or thumbnail.source != thumbnail_source(image)
        )

    def set_thumbnail(self, image_id: str, thumbnail: QImage) -> None:
        """Show `thumbnail` for the image; ignored if the image has left the gallery."""
        self._store(image_id, ThumbnailState.READY, thumbnail, "")

    def set_thumbnail_failed(self, image_id: str, reason: str) -> None:
        """Show an error tile for the image, with `reason` in words fit for the user."""
        self._store(image_id, ThumbnailState.FAILED, None, reason)

    def clear_thumbnail(self, image_id: str) -> None:
        """Show the image as loading again (a retry of a failed thumbnail has started)."""
        if self._thumbnails.pop(image_id, None) is None:
            return
        try:
            row = self._gallery.index_of(image_id)
        except KeyError:
            return
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _store(
        self, image_id: str, state: ThumbnailState, image: QImage | None, reason: str
    ) -> None:
        try:
            row = self._gallery.index_of(image_id)
        except KeyError:
            return
        source = thumbnail_source(self._gallery[row])
        self._thumbnails[image_id] = Thumbnail(state, source, image, reason)
        index = self.index(row)
        # DecorationRole stands for the whole thumbnail (state and error reason with it).
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- drag and drop -----------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        """Reordering only: a copy of an image inside one listing makes no sense."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IMAGE_IDS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[ModelIndex]) -> QMimeData:
        """Carry image ids, not row numbers: ids stay right even if the order changes
        between the start of a drag and the drop."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        payload = {"token": self._drag_token, "ids": [self._gallery[row].id for row in rows]}
        mime = QMimeData()
        mime.setData(IMAGE_IDS_MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return mime

    def dragged_rows(self, mime: QMimeData) -> list[int]:
        """The current rows of the images `mime` carries; [] if it is not our drag."""
        if not mime.hasFormat(IMAGE_IDS_MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(mime.data(IMAGE_IDS_MIME_TYPE).data()).decode())
        except (UnicodeDecodeError, ValueError):
            return []
        if not isinstance(payload, dict) or payload.get("token") != self._drag_token:
            return []
        order = {image_id: row for row, image_id in enumerate(self._gallery.order)}
        return sorted(order[i] for i in payload.get("ids", []) if i in order)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self.dragged_rows(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Move the dragged images so they sit before `row` (as in the list before the
        move; -1 means onto `parent`, i.e. before that image, or at the end).

        Returns whether the order changed. The rows are moved here, through the gallery,
        so the view must not remove anything afterwards (see ThumbnailGrid.startDrag).
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = self.dragged_rows(data)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._gallery)
        return self._gallery.move(rows, row, _move_label(len(rows)))

    def moveRows(
        self,
        sourceParent: ModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: ModelIndex,
        destinationChild: int,
    ) -> bool:
        """Qt's own move API, routed through the gallery like every other move."""
        if sourceParent.isValid() or destinationParent.isValid() or count <= 0:
            return False
        if sourceRow < 0 or sourceRow + count > len(self._gallery):
            return False
        rows = range(sourceRow, sourceRow + count)
        return self._gallery.move(rows, destinationChild, _move_label(count))


def _move_label(count: int) -> str:
    """The undo label of a drag: "Undo Move image", "Undo Move 3 images" (a `Text`, so the
    Edit menu shows it translated)."""
    if count == 1:
        return QT_TRANSLATE_NOOP("Gallery", "Move image")
    return QT_TRANSLATE_NOOP("Gallery", "Move {count} images").format(count=count)
