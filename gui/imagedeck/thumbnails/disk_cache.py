"""Decoded thumbnails on disk, so reopening a listing needs neither the network nor a decode.

Why these choices:

* **Keys can never show a stale picture.** The key is a hash of everything that identifies
  the pixels: the URL fetched (AutoScout24 puts a version tag in its query), plentymarkets'
  md5Checksum and updatedAt when known, and the decoded size. A changed image has a new key;
  the old entry is simply never asked for again and ages out.
* **The decoded thumbnail is stored**, not the download: a hit costs a small PNG read
  (fast zlib level 1, a few milliseconds for 256 px) instead of a JPEG decode of a preview.
* **Corruption is discarded, never shown.** Each file carries a magic tag and a CRC32 of its
  payload; a file that fails either check, or that Pillow cannot read, is deleted and the
  caller fetches again.
* **Atomic writes** (temporary file in the same folder + `os.replace`): a crash or a second
  thread never leaves a half-written entry under a real name.
* **Bounded size, LRU by mtime.** A hit touches the file's mtime; when the folder grows past
  `max_bytes`, the least recently used files go until it is at 90 % (so eviction does not
  run on every write). The running total is kept in memory, scanned once at start.

Thread-safe: the decode pool reads and writes concurrently; the lock guards only the size
bookkeeping and eviction, never the file I/O of a read.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import struct
import tempfile
import threading
import time
import zlib
from pathlib import Path

from PIL import Image

from imagedeck.private_files import private_dir

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAGIC = b"IDTHUMB1"
_HEADER = struct.Struct(">8sI")  # magic, CRC32 of the payload
_SUFFIX = ".thumb"
_EVICT_TO = 0.9


def cache_key(url: str, md5: str = "", updated_at: str = "", edge: int = 0) -> str:
    """A file-name-safe key that changes whenever the picture (or its decoded size) could."""
    text = "\n".join((url, md5, updated_at, str(edge)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DiskThumbnailCache:
    """Decoded RGB/RGBA thumbnails in one folder, bounded by total size."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._total: int | None = None  # scanned lazily: start-up must not walk the folder

    def path_for(self, key: str) -> Path:
        return self.root / f"{key}{_SUFFIX}"

    def get(self, key: str) -> Image.Image | None:
        """The cached thumbnail, or None if absent or damaged (a damaged file is deleted)."""
        path = self.path_for(key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        image = _unpack(blob)
        if image is None:
            log.warning("discarding damaged thumbnail cache file %s", path.name)
            self._remove(path)
            return None
        _touch(path)  # most recently used
        return image

    def put(self, key: str, image: Image.Image) -> None:
        """Store `image` under `key` atomically; cache trouble is logged, never raised
        (a full disk must not turn a shown thumbnail into an error tile)."""
        try:
            blob = _pack(image)
            private_dir(self.root)
            path = self.path_for(key)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-", suffix=_SUFFIX)
            try:
                with os.fdopen(fd, "wb") as file:
                    file.write(blob)
                old_size = _size(path)
                os.replace(tmp, path)
                _touch(path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            log.warning("could not write thumbnail cache entry: %s", error)
            return
        with self._lock:
            self._ensure_total()
            assert self._total is not None
            self._total += len(blob) - old_size
            if self._total > self.max_bytes:
                self._evict()

    def total_bytes(self) -> int:
        """What the cache folder holds now (for tests and a settings page)."""
        with self._lock:
            self._total = None
            self._ensure_total()
            assert self._total is not None
            return self._total

    def clear(self) -> None:
        with self._lock:
            for path, _stat in self._entries():
                path.unlink(missing_ok=True)
            self._total = 0

    # -- bookkeeping (lock held) ---------------------------------------------------------
    def _entries(self) -> list[tuple[Path, os.stat_result]]:
        entries = []
        try:
            paths = list(self.root.glob(f"*{_SUFFIX}"))
        except OSError:
            return []
        for path in paths:
            if path.name.startswith(".tmp-"):
                continue
            try:
                entries.append((path, path.stat()))
            except OSError:
                continue  # removed meanwhile by another thread or process
        return entries

    def _ensure_total(self) -> None:
        if self._total is None:
            self._total = sum(stat.st_size for _path, stat in self._entries())

    def _evict(self) -> None:
        """Delete least recently used files until the folder is at 90 % of the bound."""
        entries = sorted(self._entries(), key=lambda entry: entry[1].st_mtime_ns)
        total = sum(stat.st_size for _path, stat in entries)
        target = int(self.max_bytes * _EVICT_TO)
        for path, stat in entries:
            if total <= target:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= stat.st_size
        self._total = total

    def _remove(self, path: Path) -> None:
        size = _size(path)
        try:
            path.unlink()
        except OSError:
            return
        with self._lock:
            if self._total is not None:
                self._total -= size


def _touch(path: Path) -> None:
    """Set mtime from the high-resolution clock: file systems stamp writes with a coarse
    clock (a few ms), which would make entries written in a burst tie in LRU order."""
    now = time.time_ns()
    with contextlib.suppress(OSError):
        os.utime(path, ns=(now, now))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _pack(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    payload = buffer.getvalue()
    return _HEADER.pack(MAGIC, zlib.crc32(payload)) + payload


def _unpack(blob: bytes) -> Image.Image | None:
    if len(blob) <= _HEADER.size:
        return None
    magic, crc = _HEADER.unpack_from(blob)
    payload = blob[_HEADER.size :]
    if magic != MAGIC or zlib.crc32(payload) != crc:
        return None
    try:
        image = Image.open(io.BytesIO(payload))
        image.load()
    except Exception:  # noqa: BLE001 - any failure means "not usable", never shown
        return None
    if image.mode not in ("RGB", "RGBA"):
        return None
    return image
