"""The pictures of the images a conflict is about, for the question that asks what to do.

"image 26 moved to place 1" is clearer with the picture beside it: the seller recognises a
photo faster than a number. The grid already holds each image's thumbnail; an image that
appeared elsewhere has none yet and is shown by its words alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from imagedeck.model.place_changes import PlaceChange
from imagedeck.ui.grid.gallery_model import GalleryListModel

MOST_PICTURES = 6


def conflict_pictures(
    model: GalleryListModel, places: Sequence[PlaceChange]
) -> list[tuple[QImage | None, str]]:
    """(thumbnail or None, caption) for up to MOST_PICTURES changed images."""
    result: list[tuple[QImage | None, str]] = []
    for change in places[:MOST_PICTURES]:
        picture = None
        try:
            row = model.gallery.index_of(change.image_id)
        except KeyError:
            row = None
        if row is not None:
            shown = model.index(row).data(Qt.ItemDataRole.DecorationRole)
            picture = shown if isinstance(shown, QImage) and not shown.isNull() else None
        result.append((picture, _caption(change)))
    return result


def _caption(change: PlaceChange) -> str:
    translate = QCoreApplication.translate
    if change.before is None:
        return translate("ConflictPictures", "new at {place}").format(place=change.after)
    if change.after is None:
        return translate("ConflictPictures", "{place} deleted").format(place=change.before)
    return translate("ConflictPictures", "{old} → {new}").format(
        old=change.before, new=change.after
    )
