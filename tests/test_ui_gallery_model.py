"""GalleryListModel: a Qt adapter over Gallery, checked without a widget.

Every reorder path Qt can take (mimeData → dropMimeData, moveRows) must end in
`Gallery.move`, and the model's rows must then agree with the gallery's order.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from imagedeck.model.gallery import Gallery  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.ui.grid.gallery_model import (  # noqa: E402
    IMAGE_IDS_MIME_TYPE,
    GalleryListModel,
    ImageIdRole,
    IsMainRole,
    PositionRole,
    ThumbnailErrorRole,
    ThumbnailStateRole,
)
from imagedeck.ui.grid.thumbnail_state import ThumbnailState  # noqa: E402

LISTING = ListingRef("plentymarkets", "101")
MOVE = Qt.DropAction.MoveAction
ROOT = QModelIndex()


def make_gallery(count: int = 8) -> Gallery:
    gallery = Gallery()
    gallery.load(LISTING, [Image(f"i{n}", preview_url=f"http://x/{n}.jpg") for n in range(count)])
    return gallery


@pytest.fixture
def gallery() -> Gallery:
    return make_gallery()


@pytest.fixture
def model(gallery: Gallery) -> GalleryListModel:
    return GalleryListModel(gallery)


def model_ids(model: GalleryListModel) -> list[str]:
    return [model.index(row).data(ImageIdRole) for row in range(model.rowCount())]


def ids(*numbers: int) -> list[str]:
    return [f"i{n}" for n in numbers]


def test_passes_qt_model_tester_through_moves_and_reloads(qtmodeltester, gallery, model) -> None:
    qtmodeltester.check(model, force_py=False)
    gallery.move([1, 4, 6], 0)
    gallery.move([0], 8)
    gallery.undo()
    gallery.load(LISTING, [Image("a"), Image("b")])
    model.set_thumbnail("a", QImage(4, 4, QImage.Format.Format_RGB32))
    assert model_ids(model) == ["a", "b"]


def test_display_numbers_and_main_flag_follow_the_rows(model, gallery) -> None:
    assert [model.index(r).data(PositionRole) for r in range(3)] == [1, 2, 3]
    assert [model.index(r).data() for r in range(3)] == ["i0", "i1", "i2"]  # stays with the image
    assert model.index(0).data(IsMainRole) is True
    assert model.index(1).data(IsMainRole) is False
    gallery.move_to_front([5])
    assert model.index(0).data(ImageIdRole) == "i5"
    assert model.index(0).data(PositionRole) == 1
    assert model.index(0).data() == "i5"


def test_drop_of_non_contiguous_rows_goes_through_the_gallery(model, gallery) -> None:
    mime = model.mimeData([model.index(6), model.index(2)])
    assert mime.hasFormat(IMAGE_IDS_MIME_TYPE)
    assert model.dropMimeData(mime, MOVE, 1, 0, ROOT)
    assert list(gallery.order) == ids(0, 2, 6, 1, 3, 4, 5, 7)
    assert model_ids(model) == list(gallery.order)
    assert gallery.undo_label == "Move 2 images"


def test_drop_at_the_end_and_downwards(model, gallery) -> None:
    assert model.dropMimeData(model.mimeData([model.index(0), model.index(3)]), MOVE, 8, 0, ROOT)
    assert list(gallery.order) == ids(1, 2, 4, 5, 6, 7, 0, 3)
    assert model_ids(model) == list(gallery.order)


def test_drop_with_row_minus_one_lands_before_the_parent_or_at_the_end(model, gallery) -> None:
    assert model.dropMimeData(model.mimeData([model.index(0)]), MOVE, -1, 0, model.index(4))
    assert list(gallery.order) == ids(1, 2, 3, 0, 4, 5, 6, 7)
    assert model.dropMimeData(model.mimeData([model.index(0)]), MOVE, -1, 0, ROOT)
    assert list(gallery.order)[-1] == "i1"


def test_drop_carries_ids_so_a_change_during_the_drag_does_no_harm(model, gallery) -> None:
    mime = model.mimeData([model.index(7)])  # drag starts on image i7
    gallery.move_to_front([7])  # ... meanwhile i7 became the main image
    assert model.dropMimeData(mime, MOVE, 3, 0, ROOT)
    assert list(gallery.order)[2] == "i7"


def test_drop_onto_its_own_place_changes_nothing(model, gallery) -> None:
    assert not model.dropMimeData(model.mimeData([model.index(2)]), MOVE, 3, 0, ROOT)
    assert gallery.undo_label is None


def test_foreign_or_copy_drops_are_refused(model, gallery) -> None:
    other = GalleryListModel(make_gallery())
    assert not model.dropMimeData(other.mimeData([other.index(3)]), MOVE, 0, 0, ROOT)
    assert not model.dropMimeData(
        model.mimeData([model.index(3)]), Qt.DropAction.CopyAction, 0, 0, ROOT
    )
    junk = QMimeData()
    junk.setData(IMAGE_IDS_MIME_TYPE, b"not json")
    assert not model.dropMimeData(junk, MOVE, 0, 0, ROOT)
    assert list(gallery.order) == ids(*range(8))


def test_move_rows_goes_through_the_gallery(model, gallery) -> None:
    assert model.moveRows(ROOT, 2, 2, ROOT, 7)
    assert list(gallery.order) == ids(0, 1, 4, 5, 6, 2, 3, 7)
    assert model_ids(model) == list(gallery.order)
    assert model.moveRow(ROOT, 6, ROOT, 0)
    assert model_ids(model)[0] == "i3"
    assert not model.moveRows(ROOT, 7, 2, ROOT, 0), "past the end"
    assert not model.moveRows(model.index(0), 0, 1, ROOT, 0), "a list has no children"


def test_moves_are_reported_as_moves_with_qt_destination_convention(model, gallery, qtbot):
    moves: list[tuple[int, int, int]] = []
    model.rowsMoved.connect(lambda _p, start, end, _d, dest: moves.append((start, end, dest)))
    with qtbot.assertNotEmitted(model.modelReset):
        gallery.move([1], 5)  # i1 goes down: now at index 4; Qt's destination is 5
        gallery.move([6], 0)  # up: destination 0
    assert moves == [(1, 1, 5), (6, 6, 0)]


def test_renumbering_signals_only_the_rows_and_roles_that_changed(model, gallery) -> None:
    changes: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), b.row(), list(roles))))
    gallery.move([2], 5)  # i2 → index 4: rows 2..4 renumbered, main unchanged
    assert {(top, bottom) for top, bottom, _ in changes} == {(2, 4)}
    assert all(IsMainRole not in roles for _, _, roles in changes)
    assert any(PositionRole in roles for _, _, roles in changes)
    changes.clear()
    gallery.move_to_front([3])
    assert (0, 3, [IsMainRole]) in changes


def test_thumbnails_update_one_row_and_follow_their_image(model, gallery) -> None:
    changes: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changes.append((a.row(), b.row(), list(roles))))
    assert model.index(3).data(ThumbnailStateRole) == ThumbnailState.LOADING
    picture = QImage(8, 6, QImage.Format.Format_RGB32)
    model.set_thumbnail("i3", picture)
    model.set_thumbnail_failed("i4", "The file is empty.")
    assert changes == [
        (3, 3, [Qt.ItemDataRole.DecorationRole]),
        (4, 4, [Qt.ItemDataRole.DecorationRole]),
    ]
    gallery.move_to_front([3])
    assert model.index(0).data(ThumbnailStateRole) == ThumbnailState.READY
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).size() == picture.size()
    assert model.index(4).data(ThumbnailStateRole) == ThumbnailState.FAILED
    assert model.index(4).data(ThumbnailErrorRole) == "The file is empty."
    assert "The file is empty." in model.index(4).data(Qt.ItemDataRole.ToolTipRole)


def test_reload_keeps_thumbnails_of_unchanged_files_only(model, gallery) -> None:
    model.set_thumbnail("i0", QImage(4, 4, QImage.Format.Format_RGB32))
    model.set_thumbnail("i1", QImage(4, 4, QImage.Format.Format_RGB32))
    model.set_thumbnail("ghost", QImage(4, 4, QImage.Format.Format_RGB32))  # not in gallery
    images = list(gallery.images)
    images[1] = Image("i1", preview_url="http://x/1-replaced.jpg")
    gallery.load(LISTING, images)
    assert model.thumbnail_state("i0") == ThumbnailState.READY
    assert model.thumbnail_state("i1") == ThumbnailState.LOADING
    needing = [image.id for image in gallery if model.needs_thumbnail(image)]
    assert needing == ids(1, 2, 3, 4, 5, 6, 7)


def test_detached_model_ignores_the_gallery(model, gallery, qtbot: QtBot) -> None:
    model.detach()
    with qtbot.assertNotEmitted(model.rowsMoved):
        gallery.move_to_front([4])
