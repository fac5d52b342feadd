"""Fills the grid's thumbnails: memory cache, then disk cache, then the network (Qt glue).

Order of lookups: a thumbnail already decoded in this session comes from the memory LRU at
once (synchronously, in `load`); one decoded in an earlier session comes from the disk
cache, read in the decode pool; only the rest are downloaded. So reopening a listing shows
its pictures without waiting for the marketplace.

Downloads are I/O and run as coroutines on the qasync loop (the GUI thread's client), one
task per image but never more than `max_in_flight` at a time (marketplaces throttle).
Decoding and disk reads are CPU/file work and run in a thread pool that hands back a QImage;
the result is stored in the model on the GUI thread, one row at a time.

What to fetch next (visible tiles first, a bounded number in flight, a new listing
cancelling the old one's answers) and which thumbnails to let go is decided by the Qt-free
thumbnails/schedule.py; this module connects it to the list model and the caches.

**Bounded residency.** The model holds at most `max_resident_bytes` of thumbnails (measured:
holding all 5,000 of a large listing peaked above 1 GB); past that, the ones shown longest
ago that are off screen go back to "loading" and come back from the memory or disk cache
when they scroll into view (`set_visible`). Memory hits in `load` are taken synchronously
only for the first MEMORY_HITS_AT_ONCE images, so reopening a huge listing never stalls.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image
from imagedeck.paths import cache_dir
from imagedeck.session.gc_pauses import settle_large_listing
from imagedeck.settings import load_settings
from imagedeck.thumbnails.cache_bounds import pack_bytes, preview_bytes, thumbnail_bytes
from imagedeck.thumbnails.decode import ThumbnailError, decode_thumbnail, warm_up
from imagedeck.thumbnails.disk_cache import DiskThumbnailCache, cache_key
from imagedeck.thumbnails.memory_cache import MemoryLRU
from imagedeck.thumbnails.schedule import FetchQueue, Residency
from imagedeck.thumbnails.variants import thumbnail_url
from imagedeck.ui.common.translated import translated
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.preview_cache import PreviewCache
from imagedeck.ui.grid.qimage_conversion import pil_to_qimage
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from imagedeck.ui.grid.tile_delegate import PADDING, TILE_SIZE
from imagedeck.ui.grid.tile_packs import MAX_PACK_IMAGES, TilePacks, packs_beside

log = logging.getLogger(__name__)

THUMBNAIL_EDGE = 256
"""Decoded size when the caller names none (tests, the benchmark's per-image figures)."""
MAX_IN_FLIGHT = 8
"""As many as the client's connection pool (marketplaces/http.py) keeps alive: fewer leaves
round trips unused (measured: 500 thumbnails took 5.0 s cold with 6, see grid_bench)."""
MAX_RESIDENT_BYTES = 64 * 1024 * 1024
"""Thumbnails the model holds at once: ~900 tiles at the default size, ~140 at the largest."""
MEMORY_CACHE_BYTES = 48 * 1024 * 1024
"""Decoded thumbnails kept beyond those shown (~650 tiles at the default size): reopening a
recent listing is instant, and with the model's bound the 5,000-image grid stays under
400 MB (measured 414 MB with 96 MB here)."""
MEMORY_HITS_AT_ONCE = 200
SHARP_ENOUGH = 0.9
"""A thumbnail at least this fraction of the needed size is kept when zooming: the
difference is invisible and a refetch of thousands of images is not."""


def thumbnail_edge(widget: QWidget, tile_edge: int = TILE_SIZE.width()) -> int:
    """Decode size for tiles `tile_edge` logical pixels wide on `widget`'s screen: the
    picture area in device pixels. Exact rather than generous, because decoding, the disk
    cache and memory all cost by the pixel (5,000 tiles), and a zoom or a move to a denser
    screen re-picks the size anyway (`ThumbnailLoader.set_edge`)."""
    return max(16, math.ceil((tile_edge - 2 * PADDING) * widget.devicePixelRatioF()))


def default_disk_cache() -> DiskThumbnailCache:
    """The app's thumbnail cache folder (inside IMAGEDECK_DATA_DIR for tests), bounded by
    the user's Settings.cache_size_mb (its thumbnail share)."""
    bound = thumbnail_bytes(load_settings().cache_size_mb)
    return DiskThumbnailCache(Path(cache_dir()) / "thumbnails", bound)


def clear_disk_caches() -> int:
    """Empty the thumbnail and preview folders on disk (no window open); bytes freed."""
    thumbnails = default_disk_cache()
    packs = packs_beside(thumbnails.root, 0)
    freed = thumbnails.total_bytes() + packs.total_bytes()
    thumbnails.clear()
    packs.clear()
    return freed + PreviewCache().clear()


class ThumbnailLoader:
    """Loads thumbnails for the images of one listing at a time into a GalleryListModel."""

    def __init__(
        self,
        model: GalleryListModel,
        *,
        max_edge: int = THUMBNAIL_EDGE,
        max_in_flight: int = MAX_IN_FLIGHT,
        executor: Executor | None = None,
        disk_cache: DiskThumbnailCache | None = None,
        memory_cache: MemoryLRU[QImage] | None = None,
        max_resident_bytes: int = MAX_RESIDENT_BYTES,
    ) -> None:
        self._model = model
        self._max_edge = max_edge
        self._max_in_flight = max_in_flight
        self._owns_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(
            max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="thumbnail-decode"
        )
        self._executor.submit(warm_up)
        self._disk = disk_cache if disk_cache is not None else default_disk_cache()
        self._memory: MemoryLRU[QImage] = memory_cache or MemoryLRU(
            QImage.sizeInBytes, max_bytes=MEMORY_CACHE_BYTES
        )
        self._client: Marketplace | None = None
        self._queue = FetchQueue(self._load_one, max_in_flight)
        self._images: dict[str, Image] = {}  # the listing's images by id
        self._resident = Residency(max_resident_bytes)
        self.downloads = 0
        """Files fetched from the marketplace since start (for tests and the benchmark)."""
        self.previews = PreviewCache()
        """The large preview's cache: one per window, so it outlives each preview dialog."""
        pack_bound = pack_bytes(load_settings().cache_size_mb)
        self.packs = TilePacks(packs_beside(self._disk.root, pack_bound), self._executor)
        """A listing's tiles in one file: a reopen reads it and decodes nothing."""
        self._queue.on_idle = self.packs.finish

    # -- public ------------------------------------------------------------------------
    def load(self, client: Marketplace, images: Sequence[Image]) -> None:
        """Show thumbnails for `images` that the model lacks: from memory at once, the rest
        from disk or the network, visible ones first; cancels whatever an earlier call was
        still loading. Must be called with the loop running or about to run."""
        self.cancel()
        self._client = client
        self._images = {image.id: image for image in images}
        settle_large_listing(len(images))
        self._resident.keep_only(self._images)
        keys = {i.id: self._key(i) for i in images} if len(images) <= MAX_PACK_IMAGES else {}
        packed = self.packs.begin(keys, self._max_edge)  # before memory hits: they go in it
        for number, image in enumerate(images):
            if not self._model.needs_thumbnail(image):
                continue
            # The rest look in memory when their turn comes (5,000 lookups would stall).
            early = number < MEMORY_HITS_AT_ONCE and len(self._memory)
            picture = self._memory.get(self._key(image)) if early else None
            if picture is not None:
                self._show(image.id, picture)
            else:
                self._queue.pending[image.id] = image
        if packed and self._queue.pending:
            self._queue.held = True  # the pack first: what it holds needs no disk or network
            serving = self.packs.serve(self._queue, self._show, self._memory)
            asyncio.get_event_loop().create_task(serving)
        self._queue.first_alone = bool(self._queue.pending)
        self._queue.pump()

    def retry(self, images: Iterable[Image]) -> None:
        """Fetch these images again (an error tile's Retry), ahead of everything else."""
        if self._client is None:
            return
        retried = {image.id: image for image in images if image.id not in self._queue.running}
        if not retried:
            return
        for image_id in retried:
            self._model.clear_thumbnail(image_id)
        self._queue.put_first(retried)
        self._queue.pump()

    def set_visible(self, image_ids: Sequence[str]) -> None:
        """The images now on screen, in row order: start those first, and cancel running
        fetches of images that scrolled away (they are queued again, behind these)."""
        self._queue.show(image_ids)
        self._reload_evicted(image_ids)
        self._queue.yield_to_visible(self._model_image)
        self._queue.pump()

    def _reload_evicted(self, image_ids: Sequence[str]) -> None:
        """Visible tiles whose thumbnail was let go: from memory now, else queued."""
        if self._client is None:
            return
        for image_id in image_ids:
            image = self._images.get(image_id)
            if image is None or self._queue.waiting_or_running(image_id):
                continue
            if self._model.thumbnail_state(image_id) != ThumbnailState.LOADING:
                continue
            picture = self._memory.get(self._key(image))
            if picture is not None:
                self._show(image_id, picture)
            else:
                self._queue.pending[image_id] = image

    def _show(self, image_id: str, picture: QImage) -> None:
        """Put `picture` in the model and let go of the oldest off-screen thumbnails if the
        model now holds more than the bound."""
        self._model.set_thumbnail(image_id, picture)
        self.packs.collect(image_id, picture)
        visible = set(self._queue.visible)
        for old_id in self._resident.add(image_id, picture.sizeInBytes(), visible):
            self._model.clear_thumbnail(old_id)

    @property
    def resident_bytes(self) -> int:
        """Bytes of thumbnails the model holds through this loader."""
        return self._resident.bytes

    @property
    def max_resident_bytes(self) -> int:
        """How many bytes of thumbnails the model may hold (see "Bounded residency")."""
        return self._resident.max_bytes

    @max_resident_bytes.setter
    def max_resident_bytes(self, value: int) -> None:
        self._resident.max_bytes = value

    def cancel(self) -> None:
        """Stop loading; results still on their way are dropped."""
        self._queue.cancel()
        self.packs.abandon()

    def clear_caches(self) -> int:
        """Empty the disk and memory caches of thumbnails and previews (what is on screen
        stays); returns the bytes freed on disk."""
        freed = self._disk.total_bytes()
        self._disk.clear()
        self._memory.clear()
        return freed + self.previews.clear() + self.packs.clear()

    def set_cache_size(self, cache_size_mb: int) -> None:
        """A new bound from Settings: the shares of thumbnails and previews, applied at the
        next write (a smaller bound evicts then)."""
        self._disk.max_bytes = thumbnail_bytes(cache_size_mb)
        self.previews.disk.max_bytes = preview_bytes(cache_size_mb)
        self.packs.cache.max_bytes = pack_bytes(cache_size_mb)

    @property
    def disk_cache(self) -> DiskThumbnailCache:
        return self._disk

    @property
    def max_edge(self) -> int:
        """The decoded thumbnails' longer edge in device pixels."""
        return self._max_edge

    def set_edge(self, edge: int, images: Sequence[Image] = ()) -> None:
        """Decode at `edge` from now on (zoom, screen change) and re-render those of
        `images` whose thumbnail is no longer sharp enough, visible ones first. A thumbnail
        already large enough stays (zooming out never refetches), and it stays on screen
        until its sharper version arrives."""
        if edge <= 0:
            raise ValueError(f"a thumbnail edge must be positive, got {edge}")
        if edge == self._max_edge:
            return
        self._max_edge = edge
        self.packs.abandon()  # its tiles are at the old size
        self._queue.held = False  # a pack still being read is dropped (generation below)
        if self._client is None:
            return
        self._queue.restart_running(self._model_image)  # started at the old size
        for image in images:
            # Only what the model shows: a let-go thumbnail is reloaded when it is visible.
            if image.id in self._queue.pending or image.id not in self._resident:
                continue
            if not self._sharp_enough(image):
                picture = self._memory.get(self._key(image))
                if picture is not None:
                    self._show(image.id, picture)
                else:
                    self._queue.pending[image.id] = image
        self._queue.generation += 1  # answers at the old size are dropped
        self._queue.pump()

    def _sharp_enough(self, image: Image) -> bool:
        """Whether the shown thumbnail has enough pixels for the current edge (or as many
        as the original has); a failed one is left for Retry."""
        state = self._model.thumbnail_state(image.id)
        if state != ThumbnailState.READY:
            return state == ThumbnailState.FAILED
        row = self._model.gallery.index_of(image.id)
        shown = self._model.index(row).data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(shown, QImage) or shown.isNull():
            return False
        have = max(shown.width(), shown.height())
        original = image.longest_edge or self._max_edge
        return have >= SHARP_ENOUGH * min(self._max_edge, original)

    @property
    def executor(self) -> Executor:
        """The decode pool, shared with the large preview (one pool, one shutdown)."""
        return self._executor

    @property
    def busy(self) -> bool:
        return self._queue.busy

    async def wait_idle(self) -> None:
        """Until the current load has finished and its pack is written (screenshots, tests)."""
        await self._queue.wait_idle()
        await self.packs.written()

    def close(self) -> None:
        """Cancel everything and release the decoding threads; later scrolls fetch nothing."""
        self._queue.close()
        if self._owns_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)

    # -- helpers ---------------------------------------------------------------------
    def _model_image(self, image_id: str) -> Image | None:
        known = self._images.get(image_id)
        if known is not None:
            return known
        gallery = self._model.gallery
        try:
            return gallery[gallery.index_of(image_id)]
        except KeyError:
            return None

    def _key(self, image: Image) -> str:
        """md5Checksum identifies the pixels; updatedAt is only the fallback without one,
        since it also moves when a name or link changes (a needless refetch, never a stale
        picture). AutoScout24's version tag is part of the URL."""
        url = thumbnail_url(image, self._max_edge)
        updated_at = "" if image.md5 else image.updated_at
        return cache_key(url, image.md5, updated_at, self._max_edge)

    # -- one image ---------------------------------------------------------------------
    async def _load_one(self, generation: int, image: Image) -> None:
        picture: QImage | None = None
        failure = ""
        try:
            picture = await self._cached_or_fetched(image)
        except (MarketplaceError, ThumbnailError) as error:
            failure = translated(error.message)  # the tile and its tooltip show it as is
        except asyncio.CancelledError:
            raise
        except Exception as error:  # one odd file must not stop the other thumbnails
            log.exception("thumbnail of image %s failed", image.id)
            failure = QCoreApplication.translate(
                "ThumbnailLoader", "Unexpected error: {error}"
            ).format(error=error)
        if generation != self._queue.generation:
            return
        if picture is not None:
            self._show(image.id, picture)
        else:
            self._model.set_thumbnail_failed(image.id, failure)

    async def _cached_or_fetched(self, image: Image) -> QImage:
        url = thumbnail_url(image, self._max_edge)
        if not url:
            raise ThumbnailError(
                QCoreApplication.translate(
                    "ThumbnailLoader", "The marketplace offers no preview for this image."
                )
            )
        key = self._key(image)
        picture = self._memory.get(key)
        if picture is not None:
            return picture
        loop = asyncio.get_running_loop()
        picture = None
        # A stat is microseconds; skipping the pool round trip when the file is absent
        # gets a cold listing's first requests out sooner.
        try:
            if self._disk.path_for(key).exists():
                picture = await loop.run_in_executor(self._executor, self._read_disk, key)
            if picture is None:
                assert self._client is not None
                data = await self._client.fetch_bytes(url)
                self.downloads += 1
        finally:
            self._queue.answered()  # a lone first one lets the others go
        if picture is None:
            picture = await loop.run_in_executor(self._executor, self._decode_and_store, data, key)
        self._memory.put(key, picture)
        return picture

    def _read_disk(self, key: str) -> QImage | None:
        """In the pool: the disk cache's thumbnail as a QImage, or None."""
        cached = self._disk.get(key)
        return pil_to_qimage(cached) if cached is not None else None

    def _decode_and_store(self, data: bytes, key: str) -> QImage:
        """In the pool: decode downloaded bytes, keep the result on disk, hand back a QImage."""
        thumbnail = decode_thumbnail(data, self._max_edge)
        self._disk.put(key, thumbnail)
        return pil_to_qimage(thumbnail)
