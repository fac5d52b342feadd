"""Turn downloaded image bytes into a small, upright, display-ready Pillow image.

Runs in a worker thread (no Qt here), so it must never trust the input: a listing can hold
files that are damaged, mislabelled, absurdly large or not images at all, and each must end
in a `ThumbnailError` whose message a shop owner can read, never in a crash or a frozen app.

Order of work matters for speed: `thumbnail()` lets JPEG decode at 1/2, 1/4 or 1/8 scale
(draft mode), so the full-size pixels are never produced; the EXIF rotation is applied to the
small result afterwards, because rotating first would force a full decode.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from imagedeck.texts import QT_TRANSLATE_NOOP

# Modes Pillow resamples well; anything else (palette, 1-bit, 16-bit) is converted first,
# because resizing a palette image would fall back to nearest-neighbour and look jagged.
_RESAMPLABLE_MODES = frozenset({"RGB", "RGBA", "RGBX", "L", "LA", "CMYK", "YCbCr"})
_SVG_SNIFF_BYTES = 1024


class ThumbnailError(Exception):
    """The bytes cannot become a thumbnail; `message` says why in words fit for the user.

    The messages raised here are marked `Text`s (English for logs and tests); the error
    tiles show them in the interface language with `imagedeck.ui.common.translated.translated`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def decode_thumbnail(data: bytes, max_edge: int) -> Image.Image:
    """Decode `data` to an RGB or RGBA image whose longer edge is at most `max_edge` pixels.

    Raises ThumbnailError for empty, damaged, unsupported or oversized input.
    """
    if max_edge <= 0:
        raise ValueError(f"max_edge must be positive, got {max_edge}")
    if not data:
        raise ThumbnailError(QT_TRANSLATE_NOOP("ThumbnailError", "The file is empty."))
    if _looks_like_svg(data):
        raise ThumbnailError(
            QT_TRANSLATE_NOOP("ThumbnailError", "SVG not supported for thumbnails")
        )
    image = _open(data)
    _refuse_oversized(image)
    try:
        image.seek(0)  # animations: the first frame is what marketplaces show
        if image.mode not in _RESAMPLABLE_MODES or "transparency" in image.info:
            image = _to_rgb_or_rgba(image)
        image.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
        image = _to_rgb_or_rgba(image)
        return ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError) as error:
        raise ThumbnailError(_damaged(error)) from error


def warm_up() -> None:
    """Import Pillow's common format plugins now (in the pool, while the listing loads)
    rather than inside the first thumbnail's decode, where it delays the first picture."""
    Image.preinit()


def _looks_like_svg(data: bytes) -> bool:
    head = data[:_SVG_SNIFF_BYTES].lstrip().lower()
    return head.startswith(b"<") and b"<svg" in head


def _open(data: bytes) -> Image.Image:
    try:
        return Image.open(io.BytesIO(data))
    except UnidentifiedImageError as error:
        raise ThumbnailError(
            QT_TRANSLATE_NOOP(
                "ThumbnailError", "This is not an image, or in a format ImageDeck cannot read."
            )
        ) from error
    except Image.DecompressionBombError as error:
        raise ThumbnailError(_too_many_pixels()) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ThumbnailError(_damaged(error)) from error


def _refuse_oversized(image: Image.Image) -> None:
    """Refuse before any pixel is decoded: a tiny file may claim a canvas of billions of
    pixels ("decompression bomb") and would exhaust memory if loaded."""
    limit = Image.MAX_IMAGE_PIXELS
    width, height = image.size
    if limit is not None and width * height > limit:
        raise ThumbnailError(_too_many_pixels(width, height))


def _too_many_pixels(width: int | None = None, height: int | None = None) -> str:
    """The refusal of a decompression bomb; its size when Pillow could read it."""
    limit = f"{Image.MAX_IMAGE_PIXELS:,}"
    if width is None or height is None:
        return QT_TRANSLATE_NOOP(
            "ThumbnailError",
            "Refused: the image claims a canvas far larger than the {limit} pixels a picture "
            "can safely have (possibly a decompression bomb).",
        ).format(limit=limit)
    return QT_TRANSLATE_NOOP(
        "ThumbnailError",
        "Refused: the image claims {width} × {height} pixels, more than the {limit} pixels "
        "a picture can safely have (possibly a decompression bomb).",
    ).format(width=width, height=height, limit=limit)


def _damaged(error: Exception) -> str:
    """Pillow's own words stay as they are (English): they help whoever reads the details."""
    return QT_TRANSLATE_NOOP(
        "ThumbnailError", "The image is damaged and cannot be shown. Details: {details}"
    ).format(details=str(error))


def _to_rgb_or_rgba(image: Image.Image) -> Image.Image:
    """Convert any mode to RGB, or RGBA when the image has transparency."""
    if image.mode == "RGBA" or (image.mode == "RGB" and "transparency" not in image.info):
        return image
    if image.mode.startswith("I") or image.mode == "F":
        # 16/32-bit grey: scale to 8 bits instead of clipping everything above 255 to white.
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    has_alpha = image.mode in ("RGBa", "LA", "La", "PA") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")
