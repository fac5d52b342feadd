"""Tiles read on a light and on a dark palette: the placeholder and the error box follow
the window's background instead of glaring light patches on a dark window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyleFactory, QStyleOptionViewItem

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.common.theme import dark_palette
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.tile_delegate import TILE_SIZE, TileDelegate, _picture_rect


@pytest.fixture
def model(qapp) -> GalleryListModel:
    gallery = Gallery()
    gallery.load(ListingRef("plentymarkets", "1"), [Image(f"i{n}") for n in range(3)])
    model = GalleryListModel(gallery)
    model.set_thumbnail_failed("i2", "The file is empty.")
    return model


def light_palette() -> QPalette:
    """Fusion's standard light palette, whatever the machine's theme is."""
    return QStyleFactory.create("Fusion").standardPalette()


def render(model: GalleryListModel, row: int, palette: QPalette) -> QImage:
    """One tile painted the way the grid paints it, on a window of `palette`'s colour."""
    view = QListView()
    view.setPalette(palette)
    canvas = QImage(TILE_SIZE, QImage.Format.Format_ARGB32)
    canvas.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(canvas)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(QPoint(0, 0), TILE_SIZE)
    TileDelegate().paint(painter, option, model.index(row))
    painter.end()
    return canvas


def lightness_at_picture_corner(image: QImage) -> float:
    """The placeholder / error box just inside the picture area's top-left corner (no text,
    no spinner, no badge there)."""
    corner = _picture_rect(QRect(QPoint(0, 0), TILE_SIZE)).topLeft().toPoint() + QPoint(8, 8)
    return image.pixelColor(corner).lightnessF()


@pytest.mark.parametrize("row", [1, 2], ids=["placeholder", "error tile"])
def test_tiles_are_dark_on_a_dark_palette(model, row: int) -> None:
    assert lightness_at_picture_corner(render(model, row, dark_palette())) < 0.35


@pytest.mark.parametrize("row", [1, 2], ids=["placeholder", "error tile"])
def test_tiles_are_light_on_a_light_palette(model, row: int) -> None:
    assert lightness_at_picture_corner(render(model, row, light_palette())) > 0.8


def test_the_error_tile_differs_from_the_placeholder_in_both_themes(model) -> None:
    for palette in (dark_palette(), light_palette()):
        placeholder = render(model, 1, palette)
        error = render(model, 2, palette)
        corner = _picture_rect(QRect(QPoint(0, 0), TILE_SIZE)).topLeft().toPoint() + QPoint(8, 8)
        assert placeholder.pixelColor(corner) != error.pixelColor(corner)
