"""Which thumbnails to fetch next, how many at once, and which to let go: no Qt here.

**Visible tiles first.** The grid reports which images are on screen (`show`); the next
image to start is always a visible one if any is waiting, and a running fetch whose tile
scrolled away is cancelled and queued again behind the visible ones
(`yield_to_visible`), so scrolling to the end of a long listing does not wait for the
whole beginning to download. Images off screen are still fetched afterwards, in display
order, so the listing is complete soon.

**Bounded in flight.** One asyncio task per image, but never more than `max_in_flight`
at a time (marketplaces throttle). Opening another listing bumps a generation number and
cancels everything, so a slow answer for the previous listing can never land on the new
one: a fetch compares the generation it started in with `generation` before it shows
anything.

**Bounded residency.** `Residency` keeps the bytes of thumbnails the view holds under a
bound: past it, the ones shown longest ago that are off screen are let go (the caller
shows them as loading again, and they come back from a cache when they scroll into view).

The Qt glue (the list model, QImage, the caches and decoding) is ui/grid/thumbnail_loader.py.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Collection, Container, Coroutine, Sequence
from typing import Any

from imagedeck.model.image import Image

Start = Callable[[int, Image], Coroutine[Any, Any, None]]
"""Fetches one image's thumbnail: called with the generation it starts in and the image."""
ImageOf = Callable[[str], Image | None]
"""The image with this id, if the listing still holds it (to queue a cancelled one again)."""


class FetchQueue:
    """Waiting and running thumbnail fetches of one listing at a time."""

    def __init__(self, start: Start, max_in_flight: int) -> None:
        self._start = start
        self.max_in_flight = max_in_flight
        self.generation = 0
        self.closed = False
        self.pending: dict[str, Image] = {}  # waiting to start, in display order
        self.running: dict[str, asyncio.Task[None]] = {}
        self.visible: list[str] = []  # ids on screen, in row order
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def busy(self) -> bool:
        return bool(self.running or self.pending)

    async def wait_idle(self) -> None:
        """Until everything queued has finished or was cancelled."""
        await self._idle.wait()

    def waiting_or_running(self, image_id: str) -> bool:
        return image_id in self.pending or image_id in self.running

    def cancel(self) -> None:
        """Drop everything; answers still on their way belong to an old generation."""
        self.generation += 1
        for task in self.running.values():
            task.cancel()
        self.running.clear()
        self.pending.clear()
        self._idle.set()

    def close(self) -> None:
        """Cancel everything; nothing starts any more (a closing window still scrolls)."""
        self.closed = True
        self.cancel()

    def put_first(self, images: dict[str, Image]) -> None:
        """Queue `images` ahead of everything else and count them as visible (a Retry)."""
        self.pending = {**images, **self.pending}
        self.visible = [*images, *(i for i in self.visible if i not in images)]

    def show(self, image_ids: Sequence[str]) -> None:
        """The images now on screen, in row order."""
        self.visible = list(image_ids)

    def yield_to_visible(self, image_of: ImageOf) -> None:
        """Cancel running fetches of images off screen, one per visible image still
        waiting, and queue them again at the end (low priority)."""
        visible = set(self.visible)
        waiting = sum(1 for image_id in self.visible if image_id in self.pending)
        for image_id, task in list(self.running.items()):
            if waiting <= 0:
                break
            if image_id in visible or task.done():
                continue
            task.cancel()
            del self.running[image_id]
            image = image_of(image_id)
            if image is not None:
                self.pending[image_id] = image
            waiting -= 1

    def restart_running(self, image_of: ImageOf) -> None:
        """Cancel every running fetch and queue it again (it started at an old size)."""
        for image_id, task in list(self.running.items()):
            task.cancel()
            del self.running[image_id]
            image = image_of(image_id)
            if image is not None:
                self.pending[image_id] = image

    def pump(self) -> None:
        """Start waiting images, visible ones first, up to the in-flight bound.

        Nothing starts once closed or when the event loop is gone: a closing window still
        gets resize and scroll signals after its loop has stopped."""
        if self.closed:
            return
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:
            return
        if loop.is_closed():
            return
        while self.pending and len(self.running) < self.max_in_flight:
            image = self._next()
            generation = self.generation
            task = loop.create_task(self._start(generation, image))
            self.running[image.id] = task
            task.add_done_callback(lambda done, i=image.id, g=generation: self._done(i, g, done))
        if self.running or self.pending:
            self._idle.clear()
        else:
            self._idle.set()

    def _next(self) -> Image:
        for image_id in self.visible:
            image = self.pending.pop(image_id, None)
            if image is not None:
                return image
        image_id = next(iter(self.pending))
        return self.pending.pop(image_id)

    def _done(self, image_id: str, generation: int, task: asyncio.Task[None]) -> None:
        if generation != self.generation or self.running.get(image_id) is not task:
            return  # cancelled: cancel() or yield_to_visible() already did the bookkeeping
        del self.running[image_id]
        self.pump()


class Residency:
    """The thumbnails the view holds, by id, oldest shown first, within `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._sizes: OrderedDict[str, int] = OrderedDict()
        self.bytes = 0

    def __contains__(self, image_id: object) -> bool:
        return image_id in self._sizes

    def keep_only(self, image_ids: Container[str]) -> None:
        """Forget the thumbnails of images that are not in `image_ids` (another load)."""
        kept = self._sizes.items()
        self._sizes = OrderedDict((i, size) for i, size in kept if i in image_ids)
        self.bytes = sum(self._sizes.values())

    def add(self, image_id: str, size: int, visible: Collection[str]) -> list[str]:
        """`image_id` is shown now, `size` bytes; returns the ids to let go (oldest first,
        never a visible one nor this one) to get back to 90 % of the bound when over it."""
        self.bytes += size - self._sizes.pop(image_id, 0)
        self._sizes[image_id] = size
        if self.bytes <= self.max_bytes:
            return []
        target = int(self.max_bytes * 0.9)
        let_go: list[str] = []
        for old_id in list(self._sizes):
            if self.bytes <= target:
                break
            if old_id in visible or old_id == image_id:
                continue
            self.bytes -= self._sizes.pop(old_id)
            let_go.append(old_id)
        return let_go
