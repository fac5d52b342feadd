"""The demo's pictures: rendered with Pillow on first request, deterministic per spec.

A picture must pass for a product photo at a glance (studio gradient, soft floor shadow, a
product silhouette) and be told apart from its neighbours instantly, which is what a reorder
demo and a reorder test both need: every picture has its own shape and colour and a big badge
with its display number. Rendering is pure (same spec and size, same bytes), so renditions are
cached in a bounded LRU and an evicted one comes back identical, MD5 included.
"""

from __future__ import annotations

import colorsys
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .byte_cache import ByteLRU
from .picture_shapes import SHAPES, Palette

Family = Literal["product", "vehicle"]
Size = tuple[int, int]

PICTURE_CACHE = ByteLRU(max_bytes=96 * 1024 * 1024, max_items=4096)
"""Every rendition the sandbox has encoded (rendered and uploaded), shared by all servers."""

JPEG_QUALITY = 85


@dataclass(frozen=True)
class PictureSpec:
    """What to draw: the badge number, a seed that picks shape and colour, and the family."""

    number: int
    seed: int = 0
    family: Family = "product"
    caption: str = ""

    @property
    def hue(self) -> float:
        """Golden-ratio steps give neighbours clearly different colours; the extra turn per
        round of shapes keeps two pictures of the same shape (8 apart) apart in colour too."""
        rounds = (self.number - 1) // len(SHAPES[self.family])
        return ((self.seed % 97) * 0.0713 + self.number * 0.618034 + rounds * 0.45) % 1.0

    @property
    def shape_name(self) -> str:
        shapes = SHAPES[self.family]
        return shapes[(self.seed + self.number - 1) % len(shapes)].__name__


def fit_within(size: Size, box: Size) -> Size:
    """`size` scaled down (never up) to fit `box`, keeping the aspect ratio."""
    width, height = size
    scale = min(1.0, box[0] / width, box[1] / height) if width and height else 1.0
    return max(1, round(width * scale)), max(1, round(height * scale))


def render_jpeg(spec: PictureSpec, size: Size) -> bytes:
    """The JPEG of `spec` at `size`, from the cache or freshly drawn."""
    return PICTURE_CACHE.get_or_create(("render", spec, size), lambda: _encode(spec, size))


def _encode(spec: PictureSpec, size: Size) -> bytes:
    out = io.BytesIO()
    draw_picture(spec, size).save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def draw_picture(spec: PictureSpec, size: Size) -> Image.Image:
    """The picture of `spec` as an RGB image (exposed for tests and the README screenshot)."""
    width, height = size
    image = _backdrop(size, spec.hue)
    draw = ImageDraw.Draw(image)
    shape = next(s for s in SHAPES[spec.family] if s.__name__ == spec.shape_name)
    box = (0.27 * width, 0.16 * height, 0.73 * width, 0.84 * height)
    shape(draw, box, Palette.from_hue(spec.hue))
    _badge(draw, size, spec.number, Palette.from_hue(spec.hue).base)
    if spec.caption and width >= 400:
        font = _font(max(10, round(height * 0.035)))
        draw.text((width * 0.03, height * 0.95), spec.caption, font=font, fill=(90, 94, 102))
    return image


def _backdrop(size: Size, hue: float) -> Image.Image:
    """Studio background and floor shadow, drawn at a quarter of the size and scaled up.

    Everything in it is smooth, so the upscale is invisible, and it makes a full-size render
    several times cheaper (the product and the badge are drawn at full resolution).
    """
    small = (max(8, size[0] // 4), max(6, size[1] // 4))
    image = _studio_background(small, hue)
    _floor_shadow(image)
    return image.resize(size, Image.Resampling.BILINEAR)


def _studio_background(size: Size, hue: float) -> Image.Image:
    """A soft top-to-bottom gradient in a pale complementary tint, darker towards the edges."""

    def tint(s: float, v: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hsv_to_rgb((hue + 0.5) % 1.0, s, v)
        return round(r * 255), round(g * 255), round(b * 255)

    top = Image.new("RGB", size, tint(0.06, 0.99))
    bottom = Image.new("RGB", size, tint(0.16, 0.82))
    image = Image.composite(bottom, top, Image.linear_gradient("L").resize(size))
    edges = Image.radial_gradient("L").resize(size).point(lambda v: min(255, v) // 3)
    return Image.composite(Image.new("RGB", size, tint(0.2, 0.62)), image, edges)


def _floor_shadow(image: Image.Image) -> None:
    """A blurred ellipse where the product stands."""
    width, height = image.size
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).ellipse(
        (width * 0.25, height * 0.78, width * 0.75, height * 0.92), fill=110
    )
    mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, width / 60)))
    image.paste((40, 40, 48), mask=mask)


def _badge(draw: ImageDraw.ImageDraw, size: Size, number: int, accent: tuple[int, int, int]):
    """The display number, big and white on a dark rounded badge in the top-left corner."""
    width, height = size
    font = _font(max(10, round(height * 0.15)))
    text = str(number)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    margin, pad = round(height * 0.035), round(height * 0.03)
    stripe = max(2, round(height * 0.018))
    box = (margin, margin, margin + stripe + 2 * pad + (right - left), margin + 2 * pad + bottom)
    draw.rounded_rectangle(box, radius=max(2, round(height * 0.025)), fill=(28, 32, 40))
    draw.rectangle((box[0], box[1] + pad // 2, box[0] + stripe, box[3] - pad // 2), fill=accent)
    draw.text((box[0] + stripe + pad - left, box[1] + pad), text, font=font, fill="white")


@lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font at `size` (the tiny bitmap font if FreeType is missing)."""
    return ImageFont.load_default(size=size)
