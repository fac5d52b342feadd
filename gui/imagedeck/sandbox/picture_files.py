"""The files behind image records: drawn on demand for demo data, or kept as uploaded.

Both kinds answer the same questions: the full file, a smaller rendition fitted into a box
(plentymarkets' middle and preview sizes), the MD5 and the byte size. A rendition is produced
on first request and kept in the shared bounded cache; an upload is never enlarged, and an
SVG is served as it is at every size (the sandbox does not rasterise SVG).
"""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image, ImageOps

from .image_check import ImageFacts
from .pictures import PICTURE_CACHE, PictureSpec, Size, fit_within, render_jpeg

_DIGESTS: dict[tuple[PictureSpec, Size], tuple[str, int]] = {}
_DIGESTS_LOCK = threading.Lock()


class PictureFile(Protocol):
    """A stored image file and its renditions."""

    @property
    def mime(self) -> str: ...

    @property
    def width(self) -> int: ...

    @property
    def height(self) -> int: ...

    def rendition(self, box: Size | None = None) -> tuple[bytes, str]:
        """(bytes, MIME type) of the full file (box None) or of a copy fitted into `box`."""
        ...

    def md5(self) -> str:
        """Hex MD5 of the full file."""
        ...

    def byte_size(self) -> int:
        """Length of the full file in bytes."""
        ...

    def digest_known(self) -> bool:
        """Whether md5()/byte_size() answer without rendering (lets a handler skip a thread)."""
        ...


@dataclass(frozen=True)
class RenderedFile:
    """A demo picture: drawn from its spec at full size or straight at a rendition's size."""

    spec: PictureSpec
    width: int
    height: int
    mime: str = "image/jpeg"

    def rendition(self, box: Size | None = None) -> tuple[bytes, str]:
        size = (self.width, self.height)
        return render_jpeg(self.spec, fit_within(size, box) if box else size), self.mime

    def _digest(self) -> tuple[str, int]:
        """MD5 and size of the full file; tiny, so kept for the process's lifetime."""
        key = (self.spec, (self.width, self.height))
        with _DIGESTS_LOCK:
            known = _DIGESTS.get(key)
        if known is None:
            data, _ = self.rendition()
            known = (hashlib.md5(data).hexdigest(), len(data))
            with _DIGESTS_LOCK:
                _DIGESTS[key] = known
        return known

    def md5(self) -> str:
        return self._digest()[0]

    def byte_size(self) -> int:
        return self._digest()[1]

    def digest_known(self) -> bool:
        with _DIGESTS_LOCK:
            return (self.spec, (self.width, self.height)) in _DIGESTS


@dataclass(frozen=True, eq=False)
class UploadedFile:
    """A file as a client uploaded it, after `inspect_image` accepted it."""

    data: bytes
    facts: ImageFacts
    _md5: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_md5", hashlib.md5(self.data).hexdigest())

    @property
    def mime(self) -> str:
        return self.facts.mime

    @property
    def width(self) -> int:
        return self.facts.width

    @property
    def height(self) -> int:
        return self.facts.height

    def md5(self) -> str:
        return self._md5

    def byte_size(self) -> int:
        return len(self.data)

    def digest_known(self) -> bool:
        return True

    def rendition(self, box: Size | None = None) -> tuple[bytes, str]:
        if box is None or self.facts.kind == "svg":
            return self.data, self.mime
        target = fit_within((self.width, self.height), box)
        if target == (self.width, self.height):
            return self.data, self.mime
        mime = "image/jpeg" if self.facts.kind == "jpeg" else "image/png"
        key = ("upload", self._md5, target)
        return PICTURE_CACHE.get_or_create(key, lambda: self._shrink(target)), mime

    def _shrink(self, target: Size) -> bytes:
        """A smaller copy: JPEG stays JPEG (in RGB), PNG and GIF become PNG (alpha kept)."""
        with Image.open(io.BytesIO(self.data)) as source:
            if self.facts.kind == "jpeg":
                source.draft("RGB", target)  # decode at a fraction of the size: much faster
            image = source.copy()
        image.thumbnail(target)
        image = ImageOps.exif_transpose(image)  # after thumbnailing, where it is cheap
        out = io.BytesIO()
        if self.facts.kind == "jpeg":
            image.convert("RGB").save(out, "JPEG", quality=85)
        else:
            mode = "RGBA" if image.mode in {"P", "LA", "RGBA", "PA"} else "RGB"
            image.convert(mode).save(out, "PNG")
        return out.getvalue()
