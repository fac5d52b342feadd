"""The item's variations as a check list: checked = every selected image is linked to it.

Partially checked means only some selected images are linked; the view's own click handling
turns that into checked (link all), never back into "some", because the items are checkable
but not user-tristate. Every change of a check box is one gallery edit of all selected images.

The variations themselves (ids and labels) come from the marketplace when a listing opens
(`set_variations`); a variation an image is linked to but the list lacks (not loaded yet, or
the load failed) still gets a row, labelled with its id, so no link is ever hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from imagedeck.model.gallery import Gallery
from imagedeck.session.detail_summary import Share, details_of, link_shares

VariationIdRole = Qt.ItemDataRole.UserRole + 1
"""The variation's id (str)."""

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class VariationsModel(QAbstractListModel):
    """One row per variation of the open item, checkable, over the selected images."""

    def __init__(self, gallery: Gallery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gallery = gallery
        self._ids: tuple[str, ...] = ()
        self._known: list[tuple[str, str]] = []  # (id, label) from the marketplace
        self._rows: list[tuple[str, str]] = []
        self._open_variation: str | None = None

    @property
    def variation_ids(self) -> list[str]:
        return [vid for vid, _label in self._rows]

    def set_variations(
        self, variations: Sequence[tuple[str, str]], open_variation: str | None = None
    ) -> None:
        """The item's variations as (id, label); `open_variation` is the one whose page is
        open (unlinking an image from it takes the image off that page)."""
        self._known = [(str(vid), label) for vid, label in variations]
        self._open_variation = open_variation
        self._rebuild(force=True)

    def set_images(self, image_ids: Sequence[str]) -> None:
        self._ids = tuple(image_ids)
        self._rebuild(force=True)

    def refresh(self) -> None:
        """Catch up with the gallery; rows stay put unless a new linked id appeared."""
        self._rebuild(force=False)

    def share(self, variation_id: str) -> Share:
        selection = details_of(self._gallery, self._ids)
        return link_shares(selection).get(variation_id, Share(0, len(selection)))

    def _rebuild(self, *, force: bool) -> None:
        known = {vid for vid, _label in self._known}
        linked = link_shares(details_of(self._gallery, self._ids))
        extra = sorted((vid for vid in linked if vid not in known), key=_numeric)
        rows = self._known + [(vid, vid) for vid in extra]
        if rows == self._rows and not force:
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- Qt's model API ----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._ids:
            flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        vid, label = self._rows[index.row()]
        if role == VariationIdRole:
            return vid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if vid == self._open_variation:
                return self.tr("{label} — open now").format(label=label)
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            share = self.share(vid)
            if share.everywhere:
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if share.partly else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(vid)
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Checked links every selected image to the variation, unchecked unlinks them."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._ids:
            return False
        vid = self._rows[index.row()][0]
        if _check_state(value) == Qt.CheckState.Checked:
            changed = self._gallery.link_variation(self._ids, vid)
        else:
            changed = self._gallery.unlink_variation(self._ids, vid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return changed

    def _tooltip(self, vid: str) -> str:
        share = self.share(vid)
        if share.partly:
            text = self.tr("{count} of the {total} selected images are linked to it").format(
                count=share.count, total=share.total
            )
        elif share.everywhere:
            text = self.tr("Linked: buyers see this picture on the variation")
        else:
            text = self.tr("Not linked")
        if vid == self._open_variation:
            text += "\n" + self.tr(
                "This variation is open: an image unlinked from it leaves this page on Save"
            )
        return text


def _check_state(value: object) -> Qt.CheckState:
    """PySide hands check states to setData as the enum or as its int value."""
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked


def _numeric(vid: str) -> tuple[int, str]:
    return (int(vid) if vid.isdigit() else 1 << 62, vid)
