"""Every file in tests/data/testimages through the whole path a tile's picture takes: decode
in the pool, into the disk cache and back, into the QImage the grid paints. Upright,
CMYK colours right, transparency kept and bombs refused must survive each step, not only
Pillow's part (tests/test_thumbnail_decode.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter

from imagedeck.thumbnails.decode import ThumbnailError, decode_thumbnail
from imagedeck.thumbnails.disk_cache import DiskThumbnailCache
from imagedeck.ui.grid.qimage_conversion import decode_to_qimage, pil_to_qimage
from test_thumbnail_decode import DECODABLE, IMAGES, REFUSED

EDGE = 120


def through_disk_cache(name: str, tmp_path: Path) -> QImage:
    """Decode, store in a disk cache, read back and convert, as a reopen does."""
    cache = DiskThumbnailCache(tmp_path / "thumbs")
    cache.put(name, decode_thumbnail((IMAGES / name).read_bytes(), EDGE))
    cached = cache.get(name)
    assert cached is not None
    return pil_to_qimage(cached)


def mean_colour(image: QImage, x0: int, y0: int, x1: int, y1: int) -> tuple[int, int, int]:
    pixels = [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]
    count = len(pixels)
    return (
        sum(p.red() for p in pixels) // count,
        sum(p.green() for p in pixels) // count,
        sum(p.blue() for p in pixels) // count,
    )


@pytest.mark.parametrize("name", DECODABLE)
def test_every_decodable_file_becomes_a_paintable_qimage(name: str, tmp_path: Path) -> None:
    fresh = decode_to_qimage((IMAGES / name).read_bytes(), EDGE)
    reopened = through_disk_cache(name, tmp_path)
    for picture in (fresh, reopened):
        assert not picture.isNull()
        assert max(picture.width(), picture.height()) <= EDGE
        assert picture.format() in (
            QImage.Format.Format_RGB32,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
    assert reopened.size() == fresh.size()
    assert reopened.hasAlphaChannel() == fresh.hasAlphaChannel()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_every_unusable_file_is_refused_on_the_qimage_path(name: str) -> None:
    with pytest.raises(ThumbnailError) as caught:
        decode_to_qimage((IMAGES / name).read_bytes(), EDGE)
    assert caught.value.message  # a sentence for the error tile, never empty


@pytest.mark.parametrize("name", ["hopper_orientation_3.jpg", "hopper_orientation_6.jpg"])
def test_rotated_photos_stay_upright_after_the_disk_cache(name: str, tmp_path: Path) -> None:
    upright = decode_to_qimage((IMAGES / "hopper.jpg").read_bytes(), EDGE)
    rotated = through_disk_cache(name, tmp_path)
    assert rotated.size() == upright.size()
    w, h = upright.width(), upright.height()
    for box in ((0, 0, 16, 16), (w - 16, 0, w, 16), (0, h - 16, 16, h)):
        a, b = mean_colour(upright, *box), mean_colour(rotated, *box)
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 40, (box, a, b)


def test_cmyk_photo_is_red_on_black_in_the_qimage(tmp_path: Path) -> None:
    """Inverted CMYK (the classic Adobe-JPEG mistake) would paint cyan on white."""
    picture = through_disk_cache("pil_sample_cmyk.jpg", tmp_path)
    r, g, b = mean_colour(picture, 0, 0, picture.width(), picture.height())
    assert max(r, g, b) < 100, "the background should be dark"
    reds = sum(
        1
        for x in range(picture.width())
        for y in range(picture.height())
        if (c := picture.pixelColor(x, y)).red() > 180 and c.green() < 80 and c.blue() < 80
    )
    assert reds > 100, "the lettering should be red"


@pytest.mark.parametrize("name", ["rgb_trns.png", "p_trns_single.png"])
def test_transparent_pixels_stay_transparent_when_painted(name: str, tmp_path: Path) -> None:
    picture = through_disk_cache(name, tmp_path)
    assert picture.hasAlphaChannel()
    alphas = {
        picture.pixelColor(x, y).alpha()
        for x in range(picture.width())
        for y in range(picture.height())
    }
    assert 0 in alphas and 255 in alphas
    # Painted over a tile's background, a transparent pixel shows the background.
    canvas = QImage(picture.size(), QImage.Format.Format_RGB32)
    canvas.fill(QColor("#00ff00"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, picture)
    painter.end()
    transparent = next(
        (x, y)
        for x in range(picture.width())
        for y in range(picture.height())
        if picture.pixelColor(x, y).alpha() == 0
    )
    assert canvas.pixelColor(*transparent) == QColor("#00ff00")


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_bomb_is_refused_before_any_pixel_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[object] = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self))
    with pytest.raises(ThumbnailError, match="decompression bomb"):
        decode_to_qimage((IMAGES / "decompression_bomb.gif").read_bytes(), EDGE)
    assert decoded == []
