"""The thumbnail loader's pack cache: a listing's tiles read in one go, written once loaded.

A reopen of a listing whose tiles were all shown before reads one pack file in the decode
pool and shows every tile from it at once (thumbnails/pack_cache.py says why); only tiles
the pack lacks go on to the per-tile disk cache and the network. After a load that needed
anything beyond the pack, the tiles shown are written as the listing's new pack, in the
pool, so the GUI thread never touches the file.

Packs are made only for listings up to MAX_PACK_IMAGES: the keys are hashed on the GUI
thread as the listing opens, and a larger listing's tiles exceed the pack bound anyway.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future
from pathlib import Path

from PySide6.QtGui import QImage

from imagedeck.thumbnails.memory_cache import MemoryLRU
from imagedeck.thumbnails.pack_cache import PackCache, pack_name
from imagedeck.thumbnails.schedule import FetchQueue
from imagedeck.ui.grid.qimage_conversion import packed_to_qimage, qimage_to_packed

log = logging.getLogger(__name__)

MAX_PACK_IMAGES = 1000
PACK_SHOWN_AT_ONCE = 100
"""Tiles from a pack put into the model per turn of the event loop (visible ones first), so
showing a whole listing's pack never blocks the window for long."""


class TilePacks:
    """Which pack the current listing has, and the tiles collected for its next one."""

    def __init__(self, cache: PackCache, executor: Executor) -> None:
        self.cache = cache
        self._executor = executor
        self._name: str | None = None
        self._keys: dict[str, str] = {}  # image id → tile key
        self._collected: dict[str, QImage] = {}  # tile key → shown picture
        self._collected_bytes = 0
        self._from_pack: set[str] = set()
        self.writing: Future[None] | None = None
        """The last pack write handed to the pool (the loader's wait_idle awaits it)."""

    def begin(self, keys: Mapping[str, str], edge: int) -> bool:
        """A new load of a listing whose images have these tile keys; whether a pack for
        it exists on disk (a stat: a cold open is not delayed by a pool round trip)."""
        self.abandon()
        if not keys or len(keys) > MAX_PACK_IMAGES:
            return False
        self._keys = dict(keys)
        self._name = pack_name(self._keys.values(), edge)
        return self.cache.path_for(self._name).exists()

    def abandon(self) -> None:
        """Forget the current load (another listing, a new size): nothing is written."""
        self._name = None
        self._keys = {}
        self._collected = {}
        self._collected_bytes = 0
        self._from_pack = set()

    async def read(self) -> dict[str, QImage]:
        """The current listing's pack as tile key → QImage (checksums verified, in the pool)."""
        name = self._name
        if name is None:
            return {}
        loop = asyncio.get_running_loop()
        pictures = await loop.run_in_executor(self._executor, self._read_in_pool, name)
        if name == self._name:
            self._from_pack = set(pictures)
        return pictures

    async def serve(
        self,
        queue: FetchQueue,
        show: Callable[[str, QImage], None],
        memory: MemoryLRU[QImage],
    ) -> None:
        """Show every tile of `queue`'s waiting images the pack holds (visible first, a
        batch per turn of the loop), then release the queue (held meanwhile) for the rest."""
        generation = queue.generation
        try:
            pictures = await self.read()
        except Exception:  # a pack is an optimisation: without it the tiles load as usual
            log.exception("reading a thumbnail pack failed")
            pictures = {}
        visible = [i for i in queue.visible if i in queue.pending]
        on_screen = set(visible)
        order = [*visible, *(i for i in queue.pending if i not in on_screen)]
        for number, image_id in enumerate(order):
            if number and number % PACK_SHOWN_AT_ONCE == 0:
                await asyncio.sleep(0)  # let the window paint and take input between batches
            if generation != queue.generation:
                return  # another listing, or a new size: its own load runs
            key = self._keys.get(image_id)
            picture = pictures.get(key) if key is not None else None
            if key is not None and picture is not None and image_id in queue.pending:
                del queue.pending[image_id]
                memory.put(key, picture)
                show(image_id, picture)
        if generation == queue.generation:
            queue.held = False
            queue.pump()

    def _read_in_pool(self, name: str) -> dict[str, QImage]:
        return {key: packed_to_qimage(tile) for key, tile in self.cache.read(name).items()}

    async def written(self) -> None:
        """Until the last pack write handed to the pool has finished."""
        if self.writing is not None and not self.writing.done():
            await asyncio.wrap_future(self.writing)

    def collect(self, image_id: str, picture: QImage) -> None:
        """A tile shown for the current listing; collection stops past the pack bound."""
        key = self._keys.get(image_id)
        if key is None or self._name is None or key in self._collected:
            return
        self._collected[key] = picture
        self._collected_bytes += picture.sizeInBytes()
        if self._collected_bytes > self.cache.max_bytes:
            self.abandon()  # too large to pack: the per-tile cache serves this listing

    def finish(self) -> None:
        """The load is idle: write the pack in the pool if it holds anything the pack on
        disk lacked (a reopen served wholly from its pack writes nothing)."""
        name, collected = self._name, self._collected
        if name is None or not collected or set(collected) <= self._from_pack:
            return
        self._from_pack = set(collected)  # written: the next idle needs no second write
        self.writing = self._executor.submit(self._write_in_pool, name, dict(collected))

    def _write_in_pool(self, name: str, pictures: dict[str, QImage]) -> None:
        try:
            tiles = {key: qimage_to_packed(picture) for key, picture in pictures.items()}
            self.cache.write(name, tiles)
        except Exception:  # a pack is an optimisation: its failure must not reach the grid
            log.exception("writing a thumbnail pack failed")

    def clear(self) -> int:
        """Delete every pack; bytes freed."""
        freed = self.cache.total_bytes()
        self.cache.clear()
        return freed


def packs_beside(tile_folder: Path, max_bytes: int) -> PackCache:
    """The pack folder next to the per-tile cache folder (inside IMAGEDECK_DATA_DIR for tests)."""
    return PackCache(tile_folder.with_name(tile_folder.name + "-packs"), max_bytes)
