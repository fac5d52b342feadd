"""The Qt-free thumbnail scheduling: visible tiles first, a bound on fetches in flight, and
a bound on the bytes the view holds (thumbnails/schedule.py), driven without any widget."""

from __future__ import annotations

import asyncio

from imagedeck.model.image import Image
from imagedeck.thumbnails.schedule import FetchQueue, Residency


def test_visible_images_start_first_and_no_more_than_the_bound_run() -> None:
    started: list[str] = []

    async def scenario() -> None:
        release = asyncio.Event()

        async def fetch(_generation: int, image: Image) -> None:
            started.append(image.id)
            await release.wait()

        queue = FetchQueue(fetch, max_in_flight=2)
        for n in range(6):
            queue.pending[str(n)] = Image(str(n))
        queue.show(["4", "5"])
        queue.pump()
        await asyncio.sleep(0)
        assert started == ["4", "5"] and len(queue.running) == 2
        queue.show(["1"])  # scrolled: "1" is on screen, the running two are not
        queue.yield_to_visible(lambda image_id: Image(image_id))
        queue.pump()
        await asyncio.sleep(0)
        assert started[2] == "1" and "4" in queue.pending  # cancelled and queued again
        release.set()
        await queue.wait_idle()
        assert sorted(set(started)) == ["0", "1", "2", "3", "4", "5"] and not queue.busy

    asyncio.run(scenario())


def test_a_new_listing_cancels_the_old_ones_fetches() -> None:
    async def scenario() -> None:
        async def fetch(_generation: int, _image: Image) -> None:
            await asyncio.sleep(3600)

        queue = FetchQueue(fetch, max_in_flight=4)
        queue.pending["a"] = Image("a")
        queue.pump()
        old = queue.generation
        queue.cancel()
        assert queue.generation != old and not queue.busy
        await queue.wait_idle()

    asyncio.run(scenario())


def test_residency_lets_go_of_the_oldest_off_screen_thumbnails() -> None:
    residency = Residency(max_bytes=100)
    for image_id in "abcd":
        assert residency.add(image_id, 25, visible=set()) == []
    assert residency.add("e", 25, visible={"a"}) == ["b", "c"]  # down to 90 %, "a" on screen
    assert residency.bytes == 75 and "a" in residency and "b" not in residency
    residency.keep_only({"a"})
    assert residency.bytes == 25
