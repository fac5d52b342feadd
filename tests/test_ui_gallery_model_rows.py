"""The Qt list model mirrors adds, deletes and id swaps row by row (no resets), checked by
Qt's own model tester and by what a view would read."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from imagedeck.model.gallery import Gallery  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.model.local_images import UploadState  # noqa: E402
from imagedeck.ui.grid.gallery_model import (  # noqa: E402
    GalleryListModel,
    ImageIdRole,
    PositionRole,
    UploadRole,
)


def make_model() -> tuple[Gallery, GalleryListModel]:
    gallery = Gallery()
    gallery.load(ListingRef("plentymarkets", "1"), [Image(id=str(i), position=i) for i in range(5)])
    return gallery, GalleryListModel(gallery)


def ids(model: GalleryListModel) -> list[str]:
    return [model.index(row).data(ImageIdRole) for row in range(model.rowCount())]


def test_adds_and_deletes_are_row_inserts_and_removals(qtmodeltester) -> None:
    gallery, model = make_model()
    signals: list[str] = []
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.modelReset.connect(lambda: signals.append("reset"))
    new = gallery.insert_files(2, ["/tmp/a.jpg", "/tmp/b.jpg"])
    assert ids(model) == ["0", "1", *new, "2", "3", "4"]
    assert model.index(2).data(PositionRole) == 3
    assert model.index(2).data(Qt.ItemDataRole.DisplayRole) == "a.jpg"
    assert model.index(2).data(UploadRole).state is UploadState.WAITING
    assert model.index(0).data(UploadRole) is None
    gallery.remove([0, 5])
    assert ids(model) == ["1", *new, "2", "4"]
    gallery.undo()
    gallery.undo()
    assert ids(model) == ["0", "1", "2", "3", "4"]
    assert signals.count("inserted") == 4 and signals.count("removed") == 4
    assert "reset" not in signals
    gallery.redo()  # the structure after a change passes Qt's own checks
    qtmodeltester.check(model)


def test_an_upload_swaps_the_id_in_place_and_refreshes_that_row() -> None:
    gallery, model = make_model()
    (temp,) = gallery.insert_files(1, ["/tmp/a.jpg"])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    gallery.set_upload_state(temp, UploadState.UPLOADING, 50)
    assert changed[-1] == (1, 1)
    assert "uploading 50 %" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    gallery.upload_finished(temp, Image(id="77", position=0))
    assert ids(model)[1] == "77" and changed[-1] == (1, 1)
    assert model.index(1).data(UploadRole).state is UploadState.DONE
