"""Fills the grid's thumbnails: download on the GUI thread's asyncio loop, decode in threads.

Downloads are I/O and run as coroutines on the qasync loop (the GUI thread's client). A
fixed number of worker coroutines pull images from one queue, which bounds the requests in
flight (marketplaces throttle) without creating a task per image for listings with
thousands. Decoding is CPU work and runs in a thread pool; each worker hands back a QImage
and the result is stored in the model on the GUI thread, one row at a time.

Opening another listing bumps a generation number and cancels the workers, so a slow
answer for the previous listing can never land on the new one.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor

from PySide6.QtGui import QImage

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image
from imagedeck.thumbnails.decode import ThumbnailError
from imagedeck.ui.gallery_model import GalleryListModel
from imagedeck.ui.qimage_conversion import decode_to_qimage

log = logging.getLogger(__name__)

THUMBNAIL_EDGE = 256
"""Decoded size: a tile's picture area (~156 px) at up to 1.6× display scaling."""
MAX_IN_FLIGHT = 6


class ThumbnailLoader:
    """Loads thumbnails for the images of one listing at a time into a GalleryListModel."""

    def __init__(
        self,
        model: GalleryListModel,
        *,
        max_edge: int = THUMBNAIL_EDGE,
        max_in_flight: int = MAX_IN_FLIGHT,
        executor: Executor | None = None,
    ) -> None:
        self._model = model
        self._max_edge = max_edge
        self._max_in_flight = max_in_flight
        self._owns_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(
            max_workers=min(4, os.cpu_count() or 1), thread_name_prefix="thumbnail-decode"
        )
        self._generation = 0
        self._workers: list[asyncio.Task[None]] = []

    def load(self, client: Marketplace, images: Sequence[Image]) -> None:
        """Fetch thumbnails for `images` that the model lacks, in display order, cancelling
        whatever an earlier call was still loading. Must be called with the loop running
        or about to run (it only schedules)."""
        self.cancel()
        generation = self._generation
        queue = deque(image for image in images if self._model.needs_thumbnail(image))
        for _ in range(min(self._max_in_flight, len(queue))):
            task = asyncio.ensure_future(self._work(generation, client, queue))
            self._workers.append(task)

    def cancel(self) -> None:
        """Stop loading; results still on their way are dropped."""
        self._generation += 1
        for task in self._workers:
            task.cancel()
        self._workers.clear()

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._workers)

    async def wait_idle(self) -> None:
        """Until the current load has finished (for the screenshot script and tests)."""
        await asyncio.gather(*self._workers, return_exceptions=True)

    def close(self) -> None:
        """Cancel everything and release the decoding threads."""
        self.cancel()
        if self._owns_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)

    async def _work(self, generation: int, client: Marketplace, queue: deque[Image]) -> None:
        while queue and generation == self._generation:
            await self._load_one(generation, client, queue.popleft())

    async def _load_one(self, generation: int, client: Marketplace, image: Image) -> None:
        picture: QImage | None = None
        failure = ""
        try:
            picture = await self._fetch_and_decode(client, image)
        except (MarketplaceError, ThumbnailError) as error:
            failure = error.message
        except Exception as error:  # one odd file must not stop the other thumbnails
            log.exception("thumbnail of image %s failed", image.id)
            failure = f"Unexpected error: {error}"
        if generation != self._generation:
            return
        if picture is not None:
            self._model.set_thumbnail(image.id, picture)
        else:
            self._model.set_thumbnail_failed(image.id, failure)

    async def _fetch_and_decode(self, client: Marketplace, image: Image) -> QImage:
        if not image.preview_url:
            raise ThumbnailError("The marketplace offers no preview for this image.")
        data = await client.fetch_bytes(image.preview_url)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, decode_to_qimage, data, self._max_edge)
