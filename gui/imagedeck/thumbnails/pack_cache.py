"""One file of decoded tiles per listing, read in one go: a reopen costs one read, no decode.

Why a pack beside the per-tile cache (disk_cache.py):

* **No decode on a reopen.** A tile is stored as the pixels the grid paints (the QImage's own
  format, rows as they are in memory), so showing it costs a copy, not a PNG or JPEG decode
  (measured: reading 500 per-tile PNGs kept both cores busy for about half a second).
* **One file, one read.** 500 files mean 500 opens, stats and pool round trips; a pack is one
  `read_bytes` and one hop back to the GUI thread with every tile.
* **Checksums kept.** The header and each tile carry a CRC32; a tile that fails its check is
  left out (the loader fetches it again, and the pack is rewritten afterwards), a pack whose
  header is damaged is deleted. Nothing unchecked is ever shown.
* **Named by what it holds.** A pack's name is a hash of the sorted tile keys of the listing
  (keys already change with the picture's checksum and the decoded size), so a changed image
  or a zoom makes a new pack and the old one simply ages out.
* **Bounded**, least recently used packs first; a listing whose tiles alone exceed the bound
  gets no pack (the per-tile cache still serves it).

Qt-free: the pixels are opaque bytes with a format number the caller gives back to Qt.
Thread-safe for the decode pool: writes are atomic (temporary file + `os.replace`), the lock
guards only the size bookkeeping.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import struct
import tempfile
import threading
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from imagedeck.private_files import private_dir

log = logging.getLogger(__name__)

MAGIC = b"IDPACK01"
_HEAD = struct.Struct(">8sII")  # magic, tile count, CRC32 of the index
_ENTRY = struct.Struct(">32sIHHIII")  # key, format, width, height, stride, length, CRC32
_SUFFIX = ".pack"
_EVICT_TO = 0.9


@dataclass(frozen=True)
class PackedTile:
    """A decoded tile's pixels as the painter holds them.

    `pixels` is `stride * height` bytes (a memoryview into the pack when read back); `format`
    is the caller's pixel-format number (a QImage.Format value in the app)."""

    format: int
    width: int
    height: int
    stride: int
    pixels: bytes | memoryview


def pack_name(keys: Iterable[str], edge: int) -> str:
    """The pack of a listing with these tile keys (order-free: a reorder keeps its pack)."""
    digest = hashlib.sha256(str(edge).encode())
    for key in sorted(keys):
        digest.update(key.encode())
    return digest.hexdigest()


class PackCache:
    """Pack files in one folder, bounded by total size (LRU by modification time)."""

    def __init__(self, root: Path, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def path_for(self, name: str) -> Path:
        return self.root / f"{name}{_SUFFIX}"

    def read(self, name: str) -> dict[str, PackedTile]:
        """Every tile of the pack whose checksum holds, by key; {} when there is none."""
        path = self.path_for(name)
        try:
            blob = path.read_bytes()
        except OSError:
            return {}
        tiles = _unpack(blob)
        if tiles is None:
            log.warning("discarding damaged thumbnail pack %s", path.name)
            path.unlink(missing_ok=True)
            return {}
        _touch(path)
        return tiles

    def write(self, name: str, tiles: Mapping[str, PackedTile]) -> bool:
        """Store `tiles` as the pack `name` atomically; False when it is too large for the
        bound or cannot be written (logged: a full disk must not disturb the grid)."""
        size = _HEAD.size + sum(_ENTRY.size + len(t.pixels) for t in tiles.values())
        if not tiles or size > self.max_bytes * _EVICT_TO:
            return False
        try:
            private_dir(self.root)  # mkstemp's file is 0600 already
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-", suffix=_SUFFIX)
            try:
                with os.fdopen(fd, "wb") as file:
                    _pack_into(file, tiles)
                os.replace(tmp, self.path_for(name))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            log.warning("could not write thumbnail pack: %s", error)
            return False
        _touch(self.path_for(name))
        with self._lock:
            self._evict(keep=name)
        return True

    def total_bytes(self) -> int:
        return sum(stat.st_size for _path, stat in self._entries())

    def clear(self) -> None:
        with self._lock:
            for path, _stat in self._entries():
                path.unlink(missing_ok=True)

    def _entries(self) -> list[tuple[Path, os.stat_result]]:
        entries = []
        try:
            paths = [p for p in self.root.glob(f"*{_SUFFIX}") if not p.name.startswith(".tmp-")]
        except OSError:
            return []
        for path in paths:
            with contextlib.suppress(OSError):
                entries.append((path, path.stat()))
        return entries

    def _evict(self, keep: str) -> None:
        """Delete least recently used packs (never `keep`) until the folder fits."""
        entries = sorted(self._entries(), key=lambda entry: entry[1].st_mtime_ns)
        total = sum(stat.st_size for _path, stat in entries)
        target = int(self.max_bytes * _EVICT_TO)
        for path, stat in entries:
            if total <= self.max_bytes and total <= target:
                break
            if path == self.path_for(keep):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                total -= stat.st_size


def _pack_into(file, tiles: Mapping[str, PackedTile]) -> None:  # noqa: ANN001 - a binary file
    index = b"".join(
        _ENTRY.pack(
            bytes.fromhex(key), tile.format, tile.width, tile.height, tile.stride,
            len(tile.pixels), zlib.crc32(tile.pixels),
        )
        for key, tile in tiles.items()
    )  # fmt: skip
    file.write(_HEAD.pack(MAGIC, len(tiles), zlib.crc32(index)))
    file.write(index)
    for tile in tiles.values():
        file.write(tile.pixels)


def _unpack(blob: bytes) -> dict[str, PackedTile] | None:
    """The tiles whose CRC holds; None when the header or index is damaged."""
    if len(blob) < _HEAD.size:
        return None
    magic, count, index_crc = _HEAD.unpack_from(blob)
    index_end = _HEAD.size + count * _ENTRY.size
    if magic != MAGIC or index_end > len(blob):
        return None
    view = memoryview(blob)
    if zlib.crc32(view[_HEAD.size : index_end]) != index_crc:
        return None
    tiles: dict[str, PackedTile] = {}
    offset = index_end
    for number in range(count):
        key, fmt, width, height, stride, length, crc = _ENTRY.unpack_from(
            blob, _HEAD.size + number * _ENTRY.size
        )
        pixels = view[offset : offset + length]
        offset += length
        if len(pixels) != length or length != stride * height or zlib.crc32(pixels) != crc:
            log.warning("thumbnail pack: tile %d of %d fails its checksum", number + 1, count)
            continue
        tiles[key.hex()] = PackedTile(fmt, width, height, stride, pixels)
    return tiles


def _touch(path: Path) -> None:
    now = time.time_ns()
    with contextlib.suppress(OSError):
        os.utime(path, ns=(now, now))
