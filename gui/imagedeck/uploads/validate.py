"""Checking a file from the user's disk before it is uploaded, by its content.

Extensions lie (a text file named .jpg, a PNG saved as .jpg), so the format comes from the
bytes: Pillow identifies and `verify()`s raster files, then decodes a reduced version (JPEG
draft mode), because a truncated JPEG passes `verify()` and only fails when its pixels are
read. A canvas larger than `MAX_PIXELS` is refused from the header, before any decoding, and
Pillow's own decompression-bomb warning counts as an error. SVG goes through svg_check.py
(no DTD, no entities, no outside references). Refusing here gives the user a clear reason
per file, instead of the marketplace's 422 after a long upload, and lets the other files of
the same drop go on.

The file is read again when it is uploaded; the MD5 taken here is what duplicates are
detected by, so a file changed between check and upload is caught by nothing but the
marketplace itself (accepted: the window is seconds).
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from imagedeck.marketplaces.base import UploadRules
from imagedeck.marketplaces.registry import UnknownMarketplace, capabilities_of
from imagedeck.marketplaces.upload_file import CheckedFile
from imagedeck.texts import QT_TRANSLATE_NOOP, Text
from imagedeck.uploads.svg_check import SvgRefused, svg_size

#: Canvases above this are refused before decoding (8660 x 5773; no product photo is larger).
MAX_PIXELS = 50_000_000
_PIL_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif"}
_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")
_MD5_CHUNK = 1024 * 1024
_CONVERT_QUALITY = 92
AS24_ONLY_JPG_PNG = QT_TRANSLATE_NOOP("UploadCheck", "AutoScout24 accepts only JPG and PNG")


_GONE = QT_TRANSLATE_NOOP("UploadCheck", "the file is gone (moved or deleted?)")
_PERMISSION_DENIED = QT_TRANSLATE_NOOP("UploadCheck", "cannot be read: permission denied")
#: "50 million": in words, since 50,000,000 would read as fifty in German.
_PIXEL_LIMIT = QT_TRANSLATE_NOOP("UploadCheck", "{millions} million").format(
    millions=MAX_PIXELS // 1_000_000
)


def _larger_than(limit: int) -> Text:
    return QT_TRANSLATE_NOOP("UploadCheck", "the file is larger than {mb} MB").format(
        mb=limit // (1024 * 1024)
    )


def _only_jpg_png(kind: str) -> Text:
    """AS24_ONLY_JPG_PNG and the file's real format; the English starts with the former,
    which is how the window tells a file it may offer to convert."""
    return QT_TRANSLATE_NOOP("UploadCheck", "{reason} (this is {format})").format(
        reason=AS24_ONLY_JPG_PNG, format=kind
    )


class UploadRefused(Exception):
    """`path` cannot be uploaded; `reason` is one sentence fit to show next to the name.

    The reason is a `Text` where ImageDeck wrote it: English for the CLI and the journal,
    in the interface language on a tile (`imagedeck.ui.common.translated.translated`).
    """

    def __init__(self, path: str | Path, reason: str | Text) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def upload_rules(marketplace: str) -> UploadRules:
    """The formats and size `marketplace` accepts (its `Capabilities`); ValueError naming
    the choices for an unknown name."""
    try:
        return capabilities_of(marketplace).upload
    except UnknownMarketplace as error:
        raise ValueError(str(error)) from None


def max_upload_bytes(marketplace: str) -> int:
    """The largest file `marketplace` takes."""
    return upload_rules(marketplace).max_bytes


def check_file(path: str | Path, marketplace: str, *, convert: bool = False) -> CheckedFile:
    """Check the file at `path` for `marketplace`; raise UploadRefused with the reason.

    `convert` lets a file in one of the marketplace's `convertible` formats (AutoScout24:
    GIF, first frame) be re-encoded to JPEG in memory; without it such files are refused.
    """
    path = Path(path)
    rules = upload_rules(marketplace)
    size = _size_of(path)
    limit = rules.max_bytes
    if size == 0:
        raise UploadRefused(path, QT_TRANSLATE_NOOP("UploadCheck", "the file is empty"))
    if size > limit:
        raise UploadRefused(path, _larger_than(limit))
    head = _read_head(path)
    if _looks_like_xml(head):
        return _check_svg(path, rules, size)
    kind, width, height = _check_raster(path)
    if kind not in rules.formats:
        if convert and kind in rules.convertible:
            return _converted_to_jpeg(path, kind, limit)
        raise UploadRefused(path, _only_jpg_png(kind.upper()))
    return CheckedFile(path, kind, file_md5(path), size, width, height, original_format=kind)


def file_md5(path: Path) -> str:
    """MD5 of the file, read in chunks (a 25 MB photo never sits in memory whole)."""
    digest = hashlib.md5(usedforsecurity=False)
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_MD5_CHUNK):
                digest.update(chunk)
    except OSError as error:
        raise UploadRefused(path, _os_reason(error)) from None
    return digest.hexdigest()


def _size_of(path: Path) -> int:
    try:
        info = path.stat()
    except OSError as error:
        raise UploadRefused(path, _os_reason(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UploadRefused(path, QT_TRANSLATE_NOOP("UploadCheck", "not a file"))
    if not os.access(path, os.R_OK):
        raise UploadRefused(path, _PERMISSION_DENIED)
    return info.st_size


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(512)
    except OSError as error:
        raise UploadRefused(path, _os_reason(error)) from None


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return _GONE
    if isinstance(error, PermissionError):
        return _PERMISSION_DENIED
    return QT_TRANSLATE_NOOP("UploadCheck", "cannot be read: {error}").format(
        error=error.strerror or str(error)
    )


def _looks_like_xml(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<?xml", b"<svg", b"<!doctype svg", b"<!--"))


def _check_svg(path: Path, rules: UploadRules, size: int) -> CheckedFile:
    if "svg" not in rules.formats:
        raise UploadRefused(path, _only_jpg_png("SVG"))
    try:
        declared = svg_size(path)
    except SvgRefused as error:
        raise UploadRefused(path, error.args[0]) from None
    except OSError as error:
        raise UploadRefused(path, _os_reason(error)) from None
    return CheckedFile(
        path, "svg", file_md5(path), size, declared.width, declared.height, original_format="svg"
    )


def _check_raster(path: Path) -> tuple[str, int, int]:
    """(format, width, height) of a sound JPEG, PNG or GIF; UploadRefused otherwise."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:  # reads the header only
                width, height = image.size
                _refuse_huge(path, width, height)
                kind = _PIL_FORMATS.get(image.format or "")
                if kind is None:
                    raise UploadRefused(
                        path,
                        QT_TRANSLATE_NOOP(
                            "UploadCheck", "{format} images are not supported"
                        ).format(format=image.format),
                    )
                image.verify()
            with Image.open(path) as image:  # verify() leaves the image unusable: reopen
                _decode_reduced(image)
    except UploadRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UploadRefused(
            path,
            QT_TRANSLATE_NOOP(
                "UploadCheck", "the image claims a canvas of more than {pixels} pixels (refused)"
            ).format(pixels=_PIXEL_LIMIT),
        ) from None
    except UnidentifiedImageError:
        if _has_image_signature(path):
            raise UploadRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "UploadCheck", "the image file is damaged (its header is unreadable)"
                ),
            ) from None
        raise UploadRefused(path, QT_TRANSLATE_NOOP("UploadCheck", "not an image")) from None
    except FileNotFoundError as error:
        raise UploadRefused(path, _os_reason(error)) from None
    except PermissionError as error:
        raise UploadRefused(path, _os_reason(error)) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as error:
        raise UploadRefused(
            path,
            QT_TRANSLATE_NOOP(
                "UploadCheck", "the image file is damaged or incomplete ({error})"
            ).format(error=str(error)),
        ) from None
    return kind, width, height


def _has_image_signature(path: Path) -> bool:
    """Whether the file starts like a JPEG, PNG or GIF: then it is damaged, not "not an image"."""
    return _read_head(path).startswith(_SIGNATURES)


def _refuse_huge(path: Path, width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise UploadRefused(
            path,
            QT_TRANSLATE_NOOP(
                "UploadCheck",
                "the image claims {width} x {height} pixels, more than {pixels} (refused)",
            ).format(width=width, height=height, pixels=_PIXEL_LIMIT),
        )


def _decode_reduced(image: Image.Image) -> None:
    """Read every pixel row of a reduced version: catches truncated and corrupt data.

    JPEG decodes at 1/8 scale (draft mode); PNG and GIF (first frame) decode fully, which
    their size limit above keeps affordable. This relies on Pillow's default
    `ImageFile.LOAD_TRUNCATED_IMAGES = False`; nothing in ImageDeck changes it (it is a
    process-wide switch, so flipping it here would race with the thumbnail threads).
    """
    if image.format == "JPEG":
        image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
    image.load()


def _converted_to_jpeg(path: Path, kind: str, limit: int) -> CheckedFile:
    """Re-encode the first frame as JPEG in memory (transparency is flattened onto white)."""
    with Image.open(path) as image:
        image.seek(0)
        frame = image.convert("RGBA")
    flat = Image.new("RGB", frame.size, (255, 255, 255))
    flat.paste(frame, mask=frame.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=_CONVERT_QUALITY)
    data = out.getvalue()
    if len(data) > limit:
        raise UploadRefused(
            path,
            QT_TRANSLATE_NOOP("UploadCheck", "converted to JPEG it is larger than {mb} MB").format(
                mb=limit // (1024 * 1024)
            ),
        )
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return CheckedFile(
        path, "jpg", md5, len(data), flat.width, flat.height, data=data, original_format=kind
    )
