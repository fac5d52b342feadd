"""Qt's row contract, checked by Qt's own model tester attached BEFORE anything changes.

`QAbstractItemModelTester` listens to rowsAboutToBeInserted/Removed/Moved and
modelAboutToBeReset and checks, at each first phase, that the model still answers with the
old rows, and at each second phase that it answers with the new ones. An adapter that
called begin*Rows after the gallery had already changed failed here ("rowCount is 6 where 7
is expected"); every kind of change a user can make runs through it: moves (drag, keys,
undo), adds, deletes, a skipped duplicate, an upload finishing, and reloads.

The tester also checks that the rows beside an insert or removal keep their display text,
which is why a tile's place number is PositionRole and not DisplayRole. Moves get one
check the tester lacks: the row announced as moving is the image that arrives.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QAbstractItemModelTester  # noqa: E402

from imagedeck.model.gallery import Gallery  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.ui.grid.gallery_model import GalleryListModel, ImageIdRole  # noqa: E402

LISTING = ListingRef("plentymarkets", "101")


@pytest.fixture
def qt_complaints() -> Iterator[list[str]]:
    """Every warning Qt logs while the test runs: the tester reports in Warning mode (Fatal
    would abort the whole test run instead of failing one test)."""
    complaints: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            complaints.append(message)

    previous = qInstallMessageHandler(handler)
    yield complaints
    qInstallMessageHandler(previous)


class Watched:
    """A loaded gallery, its model, Qt's tester attached before any change, and a check of
    each move: the image at the announced source row must be the one that lands."""

    def __init__(self, complaints: list[str], count: int = 7) -> None:
        self.gallery = Gallery()
        self.gallery.load(LISTING, [Image(str(n), position=n) for n in range(count)])
        self.model = GalleryListModel(self.gallery)
        mode = QAbstractItemModelTester.FailureReportingMode.Warning
        self.tester = QAbstractItemModelTester(self.model, mode)
        self.moving: str | None = None
        self.moves = 0
        self.complaints = complaints
        self.model.rowsAboutToBeMoved.connect(self._about_to_move)
        self.model.rowsMoved.connect(self._moved)

    def _about_to_move(self, _parent: object, start: int, _end: int, *_rest: object) -> None:
        self.moving = self.model.index(start).data(ImageIdRole)

    def _moved(self, _parent: object, start: int, _end: int, _dest: object, row: int) -> None:
        landed = row - 1 if row > start else row
        arrived = self.model.index(landed).data(ImageIdRole)
        self.moves += 1
        if arrived != self.moving:
            self.complaints.append(f"announced {self.moving} moving, {arrived} arrived")


def ids(model: GalleryListModel) -> list[str]:
    return [model.index(row).data(ImageIdRole) for row in range(model.rowCount())]


def test_moves_keep_the_contract(qt_complaints: list[str]) -> None:
    watch = Watched(qt_complaints)
    gallery, model = watch.gallery, watch.model
    gallery.move([4], 0)
    gallery.move([0, 2, 5], 7)
    gallery.shift([3], 1)
    gallery.move_to_end([0])
    gallery.undo()
    gallery.undo()
    gallery.redo()
    assert ids(model) == list(gallery.order)
    assert watch.moves > 5
    assert qt_complaints == []


def test_adds_deletes_and_uploads_keep_the_contract(qt_complaints: list[str]) -> None:
    watch = Watched(qt_complaints)
    gallery, model = watch.gallery, watch.model
    first, second = gallery.insert_files(2, ["/tmp/a.jpg", "/tmp/b.jpg"])
    gallery.remove([0, 4, 6])
    gallery.undo()  # the deleted rows come back
    gallery.discard_files([second])  # a skipped duplicate leaves without an undo step
    gallery.upload_finished(first, Image(id="70", position=7))
    gallery.remove([2])
    gallery.undo()
    assert ids(model) == list(gallery.order)
    assert "70" in ids(model) and second not in ids(model)
    assert qt_complaints == []


def test_reloads_keep_the_contract(qt_complaints: list[str]) -> None:
    watch = Watched(qt_complaints)
    gallery, model = watch.gallery, watch.model
    gallery.move([3], 0)
    gallery.insert_files(1, ["/tmp/a.jpg"])  # still uploading: kept over a reload
    gallery.load(LISTING, [Image(str(n), position=n) for n in range(9)])
    assert model.rowCount() == 10
    gallery.load(ListingRef("plentymarkets", "102"), [Image("x"), Image("y")])
    assert ids(model) == ["x", "y"]
    assert qt_complaints == []
