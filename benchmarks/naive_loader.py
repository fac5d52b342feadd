"""The reference the grid benchmark compares against: the loader one writes first.

Fetches one thumbnail after the other and decodes each on the GUI thread, with no cache and
no priorities. It has the ThumbnailLoader methods MainWindow calls, so the benchmark can put
it into the real window in place of the real loader.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image
from imagedeck.thumbnails.decode import ThumbnailError
from imagedeck.thumbnails.variants import thumbnail_url
from imagedeck.ui.grid.gallery_model import GalleryListModel
from imagedeck.ui.grid.qimage_conversion import decode_to_qimage


class NaiveLoader:
    """Sequential fetch, decode on the GUI thread: what the real loader must beat."""

    def __init__(self, model: GalleryListModel, max_edge: int) -> None:
        self._model = model
        self._max_edge = max_edge
        self._task: asyncio.Task[None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1)
        self.downloads = 0

    @property
    def executor(self) -> Executor:
        return self._executor

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def load(self, client: Marketplace, images: Sequence[Image]) -> None:
        self.cancel()
        self._task = asyncio.ensure_future(self._run(client, list(images)))

    def set_visible(self, image_ids: Sequence[str]) -> None:
        """The naive loader does not care what is on screen."""

    def retry(self, images: Iterable[Image]) -> None:
        """Not needed by the benchmark."""

    def set_edge(self, edge: int) -> None:
        self._max_edge = edge

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def close(self) -> None:
        self.cancel()
        self._executor.shutdown(wait=False)

    async def _run(self, client: Marketplace, images: list[Image]) -> None:
        for image in images:
            try:
                data = await client.fetch_bytes(thumbnail_url(image, self._max_edge))
                self.downloads += 1
                self._model.set_thumbnail(image.id, decode_to_qimage(data, self._max_edge))
            except (MarketplaceError, ThumbnailError) as error:
                self._model.set_thumbnail_failed(image.id, error.message)
