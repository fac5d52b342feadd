"""Decide whether uploaded bytes are an image the marketplace would take, without trusting them.

Both marketplaces get files from users' disks: empty files, text renamed to .jpg, truncated
downloads, decompression bombs, SVGs with external references or entity bombs. The check
decodes raster images completely (a truncated JPEG only fails when its pixels are read) but
refuses absurd canvases before decoding, and never parses SVG as XML: it only reads the
declared size with a bounded regular expression, so no entity is expanded and no reference
is followed.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 40_000_000
"""Larger canvases are refused before decoding (about 7300 x 5500, beyond any product photo)."""

_PIL_FORMATS = {
    "JPEG": ("jpeg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "GIF": ("gif", "image/gif"),
}
_SVG_START = re.compile(
    rb"^\s*(<\?xml[^>]{0,200}>\s*)?(<!--.{0,2000}?-->\s*)*(<!DOCTYPE|<svg)", re.S
)
_SVG_TAG = re.compile(rb"<svg\b([^>]{0,4000})>", re.S | re.I)
_LENGTH = r'\s*=\s*["\']\s*([0-9]+(?:\.[0-9]+)?)\s*(?:px)?\s*["\']'


class ImageRejected(ValueError):
    """The bytes are not an acceptable image; `reason` is one of the REASONS keys."""

    REASONS = {
        "empty": "The file is empty.",
        "not_an_image": "The file is not an image.",
        "wrong_format": "The image format is not allowed here.",
        "too_large": "The image is too large.",
        "damaged": "The image file is damaged or incomplete.",
    }

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or self.REASONS[reason])
        self.reason = reason


@dataclass(frozen=True)
class ImageFacts:
    """What the server learns from a file: its real format, MIME type and pixel size."""

    kind: str  # "jpeg" | "png" | "gif" | "svg"
    mime: str
    width: int
    height: int


def inspect_image(data: bytes, allowed: frozenset[str]) -> ImageFacts:
    """Facts about `data`, or ImageRejected. `allowed` holds the acceptable kinds."""
    if not data:
        raise ImageRejected("empty")
    facts = _svg_facts(data) if _SVG_START.match(data[:8192]) else _raster_facts(data)
    if facts.kind not in allowed:
        raise ImageRejected("wrong_format", f"{facts.kind.upper()} images are not allowed here.")
    return facts


def _raster_facts(data: bytes) -> ImageFacts:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind, mime = _PIL_FORMATS.get(image.format or "", ("", ""))
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ImageRejected("too_large", f"{width} x {height} pixels is too large.")
                if not kind:
                    raise ImageRejected("wrong_format", f"{image.format} images are not allowed.")
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRejected("too_large", str(error)) from error
    except UnidentifiedImageError as error:
        raise ImageRejected("not_an_image") from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        if isinstance(error, ImageRejected):
            raise
        raise ImageRejected("damaged", f"The image file is damaged: {error}") from error
    return ImageFacts(kind, mime, width, height)


def _svg_facts(data: bytes) -> ImageFacts:
    """Size from the <svg> tag's width/height, else its viewBox, else 0 x 0."""
    tag = _SVG_TAG.search(data[:65536])
    if tag is None:
        raise ImageRejected("not_an_image", "The SVG file has no <svg> element.")
    attributes = tag.group(1).decode("utf-8", "replace")
    width = re.search(r"\bwidth" + _LENGTH, attributes)
    height = re.search(r"\bheight" + _LENGTH, attributes)
    if width and height:
        return ImageFacts("svg", "image/svg+xml", round(float(width[1])), round(float(height[1])))
    box = re.search(
        r'\bviewBox\s*=\s*["\']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)', attributes
    )
    if box:
        return ImageFacts("svg", "image/svg+xml", round(float(box[1])), round(float(box[2])))
    return ImageFacts("svg", "image/svg+xml", 0, 0)
