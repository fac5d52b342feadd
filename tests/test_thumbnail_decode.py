"""Thumbnail decoding against real-world files: every file in tests/data/testimages either
becomes an upright RGB/RGBA thumbnail or fails with a ThumbnailError a user can read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from imagedeck.thumbnails.decode import ThumbnailError, decode_thumbnail

IMAGES = Path(__file__).parent / "data" / "testimages"
EDGE = 96

DECODABLE = [
    "flower.jpg",
    "hopper.jpg",
    "hopper.png",
    "hopper.gif",
    "hopper_gray.jpg",
    "hopper_orientation_3.jpg",
    "hopper_orientation_6.jpg",
    "icc_profile_big.jpg",
    "iss634.gif",
    "p_trns_single.png",
    "pil_sample_cmyk.jpg",
    "rgb_trns.png",
]
REFUSED = {
    "benign.svg": "SVG not supported for thumbnails",
    "external_href.svg": "SVG not supported for thumbnails",
    "entity_expansion.svg": "SVG not supported for thumbnails",
    "broken.png": "not an image",
    "not_an_image.jpg": "not an image",
    "empty.png": "empty",
    "truncated_jpeg.jpg": "damaged",
    "decompression_bomb.gif": "decompression bomb",
}


def thumbnail(name: str, edge: int = EDGE) -> Image.Image:
    return decode_thumbnail((IMAGES / name).read_bytes(), edge)


def test_every_test_image_is_covered() -> None:
    images = {path.name for path in IMAGES.iterdir() if path.suffix != ".md"}
    assert images == set(DECODABLE) | set(REFUSED)


@pytest.mark.parametrize("name", DECODABLE)
def test_decodable_files_become_small_rgb_or_rgba(name: str) -> None:
    image = thumbnail(name)
    assert image.mode in ("RGB", "RGBA")
    assert max(image.size) <= EDGE
    image.load()  # fully decoded, nothing lazy left for the GUI thread


@pytest.mark.parametrize(("name", "reason"), sorted(REFUSED.items()))
def test_unusable_files_raise_a_readable_error(name: str, reason: str) -> None:
    with pytest.raises(ThumbnailError) as caught:
        thumbnail(name)
    assert reason.lower() in caught.value.message.lower()


def _corner_colours(image: Image.Image) -> list[tuple[int, ...]]:
    """Mean colour of each 16×16 corner (top-left, top-right, bottom-left, bottom-right)."""
    w, h = image.size
    boxes = [(0, 0, 16, 16), (w - 16, 0, w, 16), (0, h - 16, 16, h), (w - 16, h - 16, w, h)]
    return [image.crop(box).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)) for box in boxes]


def _distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("name", ["hopper_orientation_3.jpg", "hopper_orientation_6.jpg"])
def test_exif_rotated_photos_come_out_upright(name: str) -> None:
    upright = _corner_colours(thumbnail("hopper.jpg"))
    rotated = _corner_colours(thumbnail(name))
    for expected, got in zip(upright, rotated, strict=True):
        assert _distance(expected, got) < 40, (upright, rotated)


def test_corner_check_would_notice_a_sideways_photo() -> None:
    """The upright test means something: hopper's corners differ once turned."""
    upright = _corner_colours(thumbnail("hopper.jpg"))
    turned = _corner_colours(thumbnail("hopper.jpg").transpose(Image.Transpose.ROTATE_90))
    assert max(_distance(a, b) for a, b in zip(upright, turned, strict=True)) >= 40


def test_cmyk_photo_keeps_its_colours() -> None:
    """pil_sample_cmyk.jpg is red lettering on black: inverted CMYK would show cyan on white."""
    image = thumbnail("pil_sample_cmyk.jpg", 100)
    assert image.mode == "RGB"
    r, g, b = image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    assert max(r, g, b) < 100, "the background should be dark"
    data = image.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    reds = sum(1 for r, g, b in pixels if r > 180 and g < 80 and b < 80)
    assert reds > 200, "the lettering should be red"


@pytest.mark.parametrize("name", ["rgb_trns.png", "p_trns_single.png"])
def test_transparency_is_kept(name: str) -> None:
    image = thumbnail(name)
    assert image.mode == "RGBA"
    low, high = image.getchannel("A").getextrema()
    assert low == 0 and high == 255


def test_large_photo_is_scaled_down_keeping_its_aspect() -> None:
    image = thumbnail("flower.jpg", 64)  # 480 × 360
    assert image.size == (64, 48)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_oversized_canvas_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused on the header alone, even below Pillow's own (2×) bomb threshold."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    with pytest.raises(ThumbnailError, match="128 × 128 pixels"):
        thumbnail("hopper.jpg")


def test_non_positive_edge_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        thumbnail("hopper.jpg", 0)
