"""VisibilityLines: the T10/T20 cut lines on a grid of 30 photos, where a seller sees them.

Geometry is checked against the tiles' own `visualRect`s, and the pixels of a screenshot of
the grid show that the dashes are really painted there (and nowhere when they should not be).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.details.visibility_lines import AD_PRODUCTS, Break, VisibilityLines
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid

VEHICLE = ListingRef("autoscout24", "vehicle-1")
ITEM = ListingRef("plentymarkets", "101")
T10, T20 = AD_PRODUCTS
WIDE = (1100, 800)  # six tiles a line: tile 15 and tile 16 share a line
NARROW = (920, 800)  # five a line: tile 15 ends its line, tile 16 starts the next


def images(count: int) -> list[Image]:
    return [Image(f"i{n}") for n in range(count)]


@pytest.fixture
def gallery() -> Gallery:
    gallery = Gallery()
    gallery.load(VEHICLE, images(30))
    return gallery


def make_grid(qtbot: QtBot, gallery: Gallery, size: tuple[int, int]) -> ThumbnailGrid:
    grid = ThumbnailGrid()
    grid.setModel(GalleryListModel(gallery, grid))
    qtbot.addWidget(grid)
    grid.resize(*size)
    grid.show()
    qtbot.waitExposed(grid)
    last = len(gallery) - 1
    qtbot.waitUntil(lambda: grid.visualRect(grid.model().index(last, 0)).isValid(), timeout=10000)
    return grid


def tile(grid: ThumbnailGrid, row: int) -> QRect:
    return grid.visualRect(grid.model().index(row, 0))


def cut(lines: VisibilityLines, product) -> Break:
    (found,) = [b for b in lines.breaks() if b.product == product]
    return found


def screenshot(grid: ThumbnailGrid) -> QImage:
    return grid.grab().toImage()


def viewport_pixels(grid: ThumbnailGrid, points: list[QPoint]) -> list[QColor]:
    """Colours of the screenshot at viewport points (the frame offsets the viewport)."""
    image = screenshot(grid)
    offset = grid.viewport().mapTo(grid, QPoint(0, 0))
    ratio = image.devicePixelRatio()
    return [image.pixelColor((p + offset) * ratio) for p in points]


def near(colour: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def painted(grid: ThumbnailGrid, points: list[QPoint], product) -> int:
    """How many of `points` show the product's line colour in a screenshot."""
    return sum(near(c, product.colour) for c in viewport_pixels(grid, points))


def column(x: int, top: int, bottom: int) -> list[QPoint]:
    return [QPoint(x, y) for y in range(top, bottom + 1)]


def row_of_points(y: int, left: int, right: int) -> list[QPoint]:
    return [QPoint(x, y) for x in range(left, right + 1)]


def test_break_between_tile_15_and_16_on_one_line(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    fifteen, sixteen = tile(grid, 14), tile(grid, 15)
    assert fifteen.top() == sixteen.top()  # the layout this test is about

    divider = cut(lines, T10).divider
    assert divider is not None
    assert fifteen.right() < divider.x1() == divider.x2() < sixteen.left()
    assert divider.y1() < fifteen.top() and divider.y2() > fifteen.bottom()
    # A user sees dashes in the gap between the two tiles, and none inside tile 16.
    qtbot.waitUntil(
        lambda: painted(grid, column(divider.x1(), fifteen.top(), fifteen.bottom()), T10) > 40,
        timeout=10000,
    )
    inside = column(sixteen.center().x(), sixteen.top() + 10, sixteen.bottom() - 30)
    assert painted(grid, inside, T10) == 0


def test_labels_name_the_products_and_sit_under_the_last_shown_tile(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    for product, last_shown in ((T10, 14), (T20, 19)):
        label = cut(lines, product).label_rect
        last = tile(grid, last_shown)
        assert product.label == f"{product.name} ad: photos 1–{product.shown}"
        # Words, not jargon, with the meaning in a tooltip over the label (issue 15).
        assert lines.tooltip_at(label.center()).startswith(
            f"An AutoScout24 ad with the {product.name} product shows only the first "
            f"{product.shown} photos"
        )
        assert last.left() <= label.left() and label.right() <= last.right()
        assert last.bottom() - 6 < label.center().y() < tile(grid, last_shown + 6).top()
        centre = label.center()
        qtbot.waitUntil(
            lambda centre=centre, product=product: (
                painted(grid, row_of_points(centre.y(), centre.x() - 30, centre.x() + 30), product)
                > 20
            ),
            timeout=10000,
        )


def test_break_at_the_end_of_a_line_is_the_gap_between_lines(qtbot, gallery):
    grid = make_grid(qtbot, gallery, NARROW)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    fifteen, sixteen = tile(grid, 14), tile(grid, 15)
    assert sixteen.top() > fifteen.bottom()  # tile 16 starts a new line

    t10 = cut(lines, T10)
    assert t10.divider is None
    (line,) = t10.lines
    assert fifteen.bottom() < line.y1() == line.y2() < sixteen.top()
    assert line.x1() <= 0 and line.x2() >= grid.viewport().width() - 1
    qtbot.waitUntil(
        lambda: painted(grid, row_of_points(line.y1(), 0, fifteen.left() - 20), T10) > 30,
        timeout=10000,
    )


def test_t20_break_sits_between_tile_20_and_21(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    twenty, twenty_one = tile(grid, 19), tile(grid, 20)
    divider = cut(lines, T20).divider
    assert divider is not None
    assert twenty.right() < divider.x1() < twenty_one.left()
    qtbot.waitUntil(
        lambda: painted(grid, column(divider.x1(), twenty.top(), twenty.bottom()), T20) > 40,
        timeout=10000,
    )


@pytest.mark.parametrize(("count", "expected"), [(5, []), (15, []), (16, ["T10"]), (20, ["T10"])])
def test_nothing_drawn_for_photos_that_are_all_shown(qtbot, count, expected):
    gallery = Gallery()
    gallery.load(VEHICLE, images(count))
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    assert [b.product.name for b in lines.breaks()] == expected
    if not expected:
        every_gap = [
            QPoint(x, y)
            for y in range(0, grid.viewport().height(), 3)
            for x in range(0, grid.viewport().width(), 7)
        ]
        assert painted(grid, every_gap, T10) == 0 and painted(grid, every_gap, T20) == 0


def test_follows_a_resize_that_rewraps_the_tiles(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    assert cut(lines, T10).divider is not None

    grid.resize(*NARROW)

    qtbot.waitUntil(lambda: cut(lines, T10).divider is None, timeout=10000)
    qtbot.waitUntil(lambda: lines.geometry() == grid.viewport().rect(), timeout=10000)
    y = cut(lines, T10).lines[0].y1()
    assert tile(grid, 14).bottom() < y < tile(grid, 15).top()
    qtbot.waitUntil(lambda: painted(grid, row_of_points(y, 0, 100), T10) > 30, timeout=10000)


def test_follows_scrolling_and_stays_over_the_whole_viewport(qtbot, gallery):
    grid = make_grid(qtbot, gallery, (1100, 450))
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    before = cut(lines, T10).divider
    assert before is not None

    grid.verticalScrollBar().setValue(200)

    qtbot.waitUntil(lambda: cut(lines, T10).divider.y1() == before.y1() - 200, timeout=10000)
    qtbot.waitUntil(lambda: lines.geometry() == grid.viewport().rect(), timeout=10000)
    after = cut(lines, T10).divider
    fifteen = tile(grid, 14)
    assert fifteen.right() < after.x1() < tile(grid, 15).left()
    visible = column(after.x1(), max(0, fifteen.top()), min(fifteen.bottom(), 440))
    qtbot.waitUntil(lambda: painted(grid, visible, T10) > 20, timeout=10000)


def test_follows_the_number_of_photos(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    gallery.load(VEHICLE, images(10))
    qtbot.waitUntil(lambda: lines.breaks() == [], timeout=10000)
    gallery.load(VEHICLE, images(17))
    qtbot.waitUntil(lambda: [b.product.name for b in lines.breaks()] == ["T10"], timeout=10000)
    divider = cut(lines, T10).divider
    assert tile(grid, 14).right() < divider.x1() < tile(grid, 15).left()


def test_clicks_go_through_to_the_tiles(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    lines.set_enabled(True)
    assert lines.isVisible() and lines.geometry() == grid.viewport().rect()
    # Qt routes a click to the child under the pointer unless it is transparent for mice.
    label = cut(lines, T10).label_rect
    for point in (tile(grid, 15).center(), label.center(), cut(lines, T10).divider.p1()):
        assert grid.viewport().childAt(point) is None


def test_hidden_until_enabled_and_when_disabled(qtbot, gallery):
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid)
    divider = cut(lines, T10).divider
    gap = column(divider.x1(), tile(grid, 14).top(), tile(grid, 14).bottom())
    assert not lines.isVisible() and painted(grid, gap, T10) == 0
    lines.set_enabled(True)
    qtbot.waitUntil(lambda: painted(grid, gap, T10) > 40, timeout=10000)
    lines.set_enabled(False)
    qtbot.waitUntil(lambda: painted(grid, gap, T10) == 0, timeout=10000)


def test_follows_the_marketplace_of_the_listing(qtbot):
    gallery = Gallery()
    gallery.load(ITEM, images(30))
    grid = make_grid(qtbot, gallery, WIDE)
    lines = VisibilityLines(grid, follow=True)
    assert not lines.is_enabled()
    gallery.load(VEHICLE, images(30))
    assert lines.is_enabled() and lines.isVisible()
    gallery.load(ITEM, images(30))
    assert not lines.is_enabled() and not lines.isVisible()
