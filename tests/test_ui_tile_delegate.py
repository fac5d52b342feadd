"""TileDelegate paints what the roles say: picture, placeholder, error, MAIN badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.tile_colours import LIGHT, MAIN_BADGE_COLOUR
from imagedeck.ui.grid.tile_delegate import TILE_SIZE, TileDelegate

ERROR_COLOUR = LIGHT.error


@pytest.fixture
def model(qapp) -> GalleryListModel:
    gallery = Gallery()
    gallery.load(
        ListingRef("plentymarkets", "1"),
        [Image(f"i{n}", width=1600, height=1200) for n in range(3)],
    )
    return GalleryListModel(gallery)


def render(model: GalleryListModel, row: int) -> QImage:
    view = QListView()
    canvas = QImage(TILE_SIZE, QImage.Format.Format_ARGB32)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(QPoint(0, 0), TILE_SIZE)
    TileDelegate().paint(painter, option, model.index(row))
    painter.end()
    return canvas


def count_colour(image: QImage, colour: QColor, tolerance: int = 30) -> int:
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                hits += 1
    return hits


def test_only_the_first_tile_carries_the_main_badge(model) -> None:
    assert count_colour(render(model, 0), MAIN_BADGE_COLOUR) > 100
    assert count_colour(render(model, 1), MAIN_BADGE_COLOUR) == 0


def test_ready_thumbnail_is_drawn_and_failure_shows_red(model) -> None:
    green = QImage(200, 100, QImage.Format.Format_RGB32)
    green.fill(QColor("#00c000"))
    model.set_thumbnail("i1", green)
    assert count_colour(render(model, 1), QColor("#00c000")) > 500
    model.set_thumbnail_failed("i2", "The file is empty.")
    assert count_colour(render(model, 2), ERROR_COLOUR) > 20


def test_size_hint_is_uniform(model) -> None:
    option = QStyleOptionViewItem()
    assert TileDelegate().sizeHint(option, model.index(0)) == TILE_SIZE
    assert TileDelegate().sizeHint(option, model.index(2)) == TILE_SIZE
