"""Preparing a checked photo for upload as the user's preferences ask: smaller, JPEG, no GPS.

Sellers photograph cars and goods with phones: 12-50 MP, GPS coordinates of the dealer's yard
(or home) in the EXIF, sometimes PNG screenshots. The preferences (settings.UploadPreferences)
may ask to downscale to a long edge, to re-encode as JPEG at a quality, and to strip location
data. All of it happens in memory: the file on disk is never opened for writing.

Choices, and why:
- Nothing that applies → the very same CheckedFile comes back, so the caller uploads the
  file's own bytes (streamed from disk) and keeps the MD5 that duplicate detection used.
- Only location to strip from a JPEG → the EXIF segment is rewritten without its GPS
  directory and the image data is copied byte for byte (a re-encode would lose quality for
  no reason). XMP packets that carry GPS go too; the rest of the EXIF (orientation, camera,
  date) stays as it was, so the photo still displays upright.
- Pixels re-encoded (downscale or JPEG) → the EXIF orientation is applied to the pixels and
  the tag set to 1 ("upright"): marketplaces often drop EXIF when they make their own
  derivatives, and a photo stored sideways would then be shown sideways. The rest of the
  EXIF is kept minus GPS (if asked); the ICC profile is kept so colours stay right.
- Downscale without re-encode keeps the format: a JPEG keeps its own quantisation tables
  (its quality), a PNG stays lossless with its transparency. A still GIF becomes PNG: a
  GIF's 256-colour palette cannot hold a smoothly resampled photo.
- Re-encode as JPEG flattens transparency onto white (what a buyer's page shows behind it)
  and turns CMYK into RGB, which every browser shows correctly.
- SVG and animated GIF are returned unchanged: neither has pixels to downscale or EXIF.

This is CPU work (a 12 MP JPEG takes a few hundred ms): call it off the GUI thread / event
loop, e.g. `await asyncio.to_thread(prepare_for_upload, checked, prefs)`.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import replace

from PIL import ExifTags, Image, JpegImagePlugin

from imagedeck.settings import UploadPreferences
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.uploads.validate import CheckedFile, UploadRefused, max_upload_bytes

_ORIENTATION = ExifTags.Base.Orientation
_GPS_IFD = ExifTags.IFD.GPSInfo
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
#: Words that mark an XMP packet as carrying a location (EXIF-in-XMP, IPTC, Photoshop).
_XMP_LOCATION_WORDS = (b"GPSLatitude", b"GPSLongitude", b"LocationCreated", b"LocationShown")
_MAX_SEGMENT = 65533  # a JPEG segment's payload, after its two length bytes
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def prepare_for_upload(checked: CheckedFile, prefs: UploadPreferences) -> CheckedFile:
    """`checked` itself if `prefs` ask for nothing that applies to it, else the prepared copy.

    The copy's `data` holds the new bytes and its md5/size/format/width/height describe them;
    `path` and `original_format` still name the user's file. Raises UploadRefused (naming
    the file) when it cannot be read or decoded any more, and ValueError naming the setting
    when a preference is out of range.
    """
    _check_preferences(prefs)
    if checked.format not in ("jpg", "png", "gif"):
        return checked
    source = _source_bytes(checked)
    try:
        with Image.open(io.BytesIO(source)) as image:
            if getattr(image, "n_frames", 1) > 1:
                return checked
            return _prepare(checked, source, image, prefs)
    except UploadRefused:
        raise
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as error:
        raise UploadRefused(
            checked.path,
            QT_TRANSLATE_NOOP("UploadCheck", "could not be prepared for upload ({error})").format(
                error=str(error)
            ),
        ) from None


def refuse_if_too_large(prepared: CheckedFile, marketplace: str) -> None:
    """Raise UploadRefused when the prepared bytes exceed `marketplace`'s upload limit.

    `prepare_for_upload` does not know the marketplace; a re-encode at a high quality or a
    PNG re-saved after stripping can come out larger than the file was, so the caller asks.
    """
    limit = max_upload_bytes(marketplace)
    if prepared.size > limit:
        raise UploadRefused(
            prepared.path,
            QT_TRANSLATE_NOOP(
                "UploadCheck", "prepared for upload it is larger than {limit} MB ({size} MB)"
            ).format(limit=limit // (1024 * 1024), size=f"{prepared.size / (1024 * 1024):.1f}"),
        )


def _check_preferences(prefs: UploadPreferences) -> None:
    if prefs.downscale and prefs.max_long_edge < 1:
        raise ValueError(
            f"upload preference max_long_edge must be at least 1 pixel, not {prefs.max_long_edge}"
        )
    if prefs.reencode_jpeg and not 1 <= prefs.jpeg_quality <= 95:
        raise ValueError(f"upload preference jpeg_quality must be 1-95, not {prefs.jpeg_quality}")


def _source_bytes(checked: CheckedFile) -> bytes:
    if checked.data is not None:
        return checked.data
    try:
        return checked.path.read_bytes()
    except FileNotFoundError:
        raise UploadRefused(
            checked.path, QT_TRANSLATE_NOOP("UploadCheck", "the file is gone (moved or deleted?)")
        ) from None
    except OSError as error:
        raise UploadRefused(
            checked.path,
            QT_TRANSLATE_NOOP("UploadCheck", "cannot be read: {error}").format(
                error=error.strerror or str(error)
            ),
        ) from None


def _prepare(
    checked: CheckedFile, source: bytes, image: Image.Image, prefs: UploadPreferences
) -> CheckedFile:
    downscale = prefs.downscale and max(image.size) > prefs.max_long_edge
    exif = image.getexif()
    strip = prefs.strip_location and (_has_gps(exif) or _xmp_has_location(image))
    if not (downscale or prefs.reencode_jpeg or strip):
        return checked
    if image.format == "JPEG" and not downscale and not prefs.reencode_jpeg:
        data = _jpeg_without_location(source, exif)
        if data is not None:
            return _described(checked, data, "jpg", image.size)
    if strip:
        exif.pop(_GPS_IFD, None)
    return _reencoded(checked, image, exif, prefs, downscale)


def _has_gps(exif: Image.Exif) -> bool:
    return bool(exif.get(_GPS_IFD)) or bool(exif.get_ifd(_GPS_IFD))


def _xmp_has_location(image: Image.Image) -> bool:
    xmp = image.info.get("xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return any(word in xmp for word in _XMP_LOCATION_WORDS)


def _jpeg_without_location(source: bytes, exif: Image.Exif) -> bytes | None:
    """`source` with GPS gone from its EXIF segment and located XMP dropped; pixels untouched.

    None when the file's segments cannot be walked or the new EXIF would not fit a segment;
    the caller then re-encodes instead (losing a little quality rather than leaking GPS).
    """
    exif.pop(_GPS_IFD, None)
    new_exif = exif.tobytes()
    if not new_exif.startswith(_EXIF_HEADER):
        new_exif = _EXIF_HEADER + new_exif
    if len(new_exif) > _MAX_SEGMENT:
        return None
    out = bytearray(source[:2])
    position = 2
    if source[:2] != b"\xff\xd8":
        return None
    while position + 4 <= len(source):
        if source[position] != 0xFF:
            return None
        marker = source[position + 1]
        if marker == 0xDA:  # start of scan: the compressed image data and the end follow
            out += source[position:]
            return bytes(out)
        (length,) = struct.unpack(">H", source[position + 2 : position + 4])
        payload = source[position + 4 : position + 2 + length]
        segment = source[position : position + 2 + length]
        position += 2 + length
        if marker == 0xE1 and payload.startswith(_EXIF_HEADER):
            out += b"\xff\xe1" + struct.pack(">H", len(new_exif) + 2) + new_exif
        elif marker == 0xE1 and payload.startswith(_XMP_HEADER):
            if not any(word in payload for word in _XMP_LOCATION_WORDS):
                out += segment
        else:
            out += segment
    return None


def _reencoded(
    checked: CheckedFile,
    image: Image.Image,
    exif: Image.Exif,
    prefs: UploadPreferences,
    downscale: bool,
) -> CheckedFile:
    """Decode, turn upright, downscale and encode; see the module docstring for the format."""
    source_format = image.format
    icc = image.info.get("icc_profile")
    qtables = getattr(image, "quantization", None) if source_format == "JPEG" else None
    subsampling = JpegImagePlugin.get_sampling(image) if qtables else -1
    target = _fitted(image.size, prefs.max_long_edge) if downscale else image.size
    if downscale and source_format == "JPEG":
        image.draft(image.mode, target)  # decode at 1/2..1/8 scale: less memory and time
    pixels = _decoded(image)
    orientation = exif.get(_ORIENTATION, 1)
    if orientation in _TRANSPOSE:
        pixels = pixels.transpose(_TRANSPOSE[orientation])
        target = (target[1], target[0]) if orientation >= 5 else target
    if _ORIENTATION in exif:
        exif[_ORIENTATION] = 1
    if pixels.size != target:
        pixels = pixels.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)

    out = io.BytesIO()
    options: dict[str, object] = {"exif": exif.tobytes()} if len(exif) else {}
    if icc:
        options["icc_profile"] = icc
    if prefs.reencode_jpeg:
        pixels = _jpeg_ready(pixels)
        # Chroma at full resolution from quality 90 up (as libvips does): 4:2:0 smears red
        # edges, which a seller asking for high quality would see on a red car.
        subsampling = 0 if prefs.jpeg_quality >= 90 else 2
        pixels.save(
            out,
            "JPEG",
            quality=prefs.jpeg_quality,
            subsampling=subsampling,
            optimize=True,
            **options,
        )
        kind = "jpg"
    elif source_format == "JPEG":
        if qtables:  # keep the photo's own quality
            options.update(qtables=qtables, subsampling=subsampling)
        pixels.save(out, "JPEG", optimize=True, **options)
        kind = "jpg"
    else:
        pixels.save(out, "PNG", optimize=False, **options)
        kind = "png"
    return _described(checked, out.getvalue(), kind, pixels.size)


def _fitted(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    """`size` scaled so its longer side is `long_edge`, the aspect ratio kept (rounded)."""
    width, height = size
    scale = long_edge / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decoded(image: Image.Image) -> Image.Image:
    """The pixels in a mode that resamples well: palettes expanded, 16-bit grey to 8-bit."""
    image.load()
    if image.mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.convert("I").point(lambda value: value / 256).convert("L")
    if image.mode == "RGB" and "transparency" in image.info:
        return image.convert("RGBA")  # a PNG's single transparent colour (tRNS)
    if image.mode not in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return image.convert("RGBA")
    return image.copy()


def _jpeg_ready(pixels: Image.Image) -> Image.Image:
    """JPEG holds L, RGB (and CMYK, which browsers show badly): flatten alpha onto white."""
    if pixels.mode in ("LA", "RGBA"):
        flat = Image.new("RGB", pixels.size, (255, 255, 255))
        flat.paste(pixels.convert("RGBA"), mask=pixels.getchannel("A"))
        return flat
    if pixels.mode in ("L", "RGB"):
        return pixels
    return pixels.convert("RGB")


def _described(checked: CheckedFile, data: bytes, kind: str, size: tuple[int, int]) -> CheckedFile:
    return replace(
        checked,
        format=kind,
        md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
        size=len(data),
        width=size[0],
        height=size[1],
        data=data,
        original_format=checked.original_format or checked.format,
    )
