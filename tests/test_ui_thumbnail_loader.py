"""ThumbnailLoader with a fake marketplace: bounded downloads, decoding off the GUI thread,
errors per image, and no stale results after the listing changed."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from imagedeck.marketplaces.errors import NotFoundError
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.ui.grid import thumbnail_loader
from imagedeck.ui.grid.gallery_model import GalleryListModel, ThumbnailErrorRole
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run

IMAGES = Path(__file__).parent / "data" / "testimages"
LISTING = ListingRef("plentymarkets", "101")


class FakeClient:
    """Serves test images by URL, counting concurrent downloads."""

    name = "plentymarkets"

    def __init__(self, delay: float = 0.005, gate: asyncio.Event | None = None) -> None:
        self.delay = delay
        self.gate = gate  # when given, every fetch but the first waits until it is set
        self.in_flight = 0
        self.most_in_flight = 0
        self.fetched: list[str] = []

    async def fetch_bytes(self, url: str) -> bytes:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
            if self.gate is not None and self.fetched:
                await self.gate.wait()
            self.fetched.append(url)
            if url.endswith("missing.jpg"):
                raise NotFoundError("Image file not found on the server.")
            return (IMAGES / url.rsplit("/", 1)[1]).read_bytes()
        finally:
            self.in_flight -= 1


def gallery_of(*files: str) -> Gallery:
    gallery = Gallery()
    gallery.load(
        LISTING, [Image(f"i{n}", preview_url=f"http://x/{f}") for n, f in enumerate(files)]
    )
    return gallery


@pytest.fixture
def loader_for(qasync_loop):
    loaders: list[ThumbnailLoader] = []

    def make(gallery: Gallery, **options) -> tuple[GalleryListModel, ThumbnailLoader]:
        model = GalleryListModel(gallery)
        loader = ThumbnailLoader(model, **options)
        loaders.append(loader)
        return model, loader

    yield make
    for loader in loaders:
        loader.close()


def test_loads_every_thumbnail_with_bounded_downloads(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of(*["hopper.jpg", "flower.jpg", "rgb_trns.png"] * 6)
    model, loader = loader_for(gallery, max_in_flight=3)
    # Answers that take a moment, so the bound is reached whatever the scheduling: answered
    # at once, the first fetches could finish before the third one starts.
    client = FakeClient(delay=0.05)
    loader.load(client, gallery.images)
    run(qtbot, loader.wait_idle())
    states = {model.thumbnail_state(image.id) for image in gallery}
    assert states == {ThumbnailState.READY}
    assert client.most_in_flight == 3
    picture = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert max(picture.width(), picture.height()) == 256
    assert not loader.busy


def test_failures_are_per_image_with_a_readable_reason(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of("hopper.jpg", "missing.jpg", "not_an_image.jpg", "truncated_jpeg.jpg")
    gallery.load(LISTING, [*gallery.images, Image("no-preview")])
    model, loader = loader_for(gallery)
    loader.load(FakeClient(), gallery.images)
    run(qtbot, loader.wait_idle())
    reasons = [model.index(row).data(ThumbnailErrorRole) for row in range(5)]
    assert reasons[0] == ""
    assert reasons[1] == "Image file not found on the server."
    assert "not an image" in reasons[2]
    assert "damaged" in reasons[3]
    assert "no preview" in reasons[4]


def test_decoding_runs_off_the_gui_thread(qasync_loop, loader_for, monkeypatch, qtbot) -> None:
    threads: list[threading.Thread] = []
    decode = thumbnail_loader.decode_thumbnail

    def spy(data: bytes, edge: int):
        threads.append(threading.current_thread())
        return decode(data, edge)

    monkeypatch.setattr(thumbnail_loader, "decode_thumbnail", spy)
    gallery = gallery_of("hopper.jpg", "flower.jpg")
    _model, loader = loader_for(gallery)
    loader.load(FakeClient(), gallery.images)
    run(qtbot, loader.wait_idle())
    assert threads and threading.main_thread() not in threads


def test_switching_listing_drops_stale_results(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of(*["hopper.jpg"] * 8)
    model, loader = loader_for(gallery, max_in_flight=2)
    slow = FakeClient(delay=0.2)
    loader.load(slow, gallery.images)

    qtbot.waitUntil(lambda: slow.in_flight == 1)  # the first goes alone
    gallery.load(ListingRef("plentymarkets", "102"), [Image("i0", preview_url="http://x/a")])
    loader.cancel()
    qtbot.wait(300)  # past the end of the slow downloads
    assert model.thumbnail_state("i0") == ThumbnailState.LOADING
    assert not loader.busy
    assert slow.fetched == []


def test_reload_fetches_only_missing_or_failed_thumbnails(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of("hopper.jpg", "missing.jpg", "flower.jpg")
    model, loader = loader_for(gallery)
    loader.load(FakeClient(), gallery.images)
    run(qtbot, loader.wait_idle())
    again = FakeClient()
    gallery.load(LISTING, list(reversed(gallery.images)))  # e.g. after a save
    loader.load(again, gallery.images)
    run(qtbot, loader.wait_idle())
    assert again.fetched == ["http://x/missing.jpg"]


def test_a_new_loader_shows_thumbnails_from_the_disk_cache_without_downloads(
    qasync_loop, loader_for, qtbot
) -> None:
    """Reopening after a restart: the decoded thumbnails come from the cache folder."""
    gallery = gallery_of("hopper.jpg", "flower.jpg", "rgb_trns.png")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    model, second = loader_for(gallery)  # a fresh model and memory cache, same disk cache
    again = FakeClient()
    second.load(again, gallery.images)
    run(qtbot, second.wait_idle())
    assert again.fetched == []
    assert {model.thumbnail_state(i.id) for i in gallery} == {ThumbnailState.READY}


def test_reopening_in_the_same_session_is_served_from_memory_at_once(
    qasync_loop, loader_for, qtbot
) -> None:
    gallery = gallery_of("hopper.jpg", "flower.jpg")
    model, loader = loader_for(gallery)
    client = FakeClient()
    loader.load(client, gallery.images)
    run(qtbot, loader.wait_idle())
    images = gallery.images
    gallery.load(ListingRef("plentymarkets", "102"), [Image("other", preview_url="http://x/a")])
    gallery.load(LISTING, images)  # back to the first listing: model thumbnails were dropped
    assert model.thumbnail_state("i0") == ThumbnailState.LOADING
    loader.load(client, gallery.images)
    # Synchronously, before the loop runs once more: no disk read, no download.
    assert {model.thumbnail_state(i.id) for i in gallery} == {ThumbnailState.READY}
    assert not loader.busy


def test_a_changed_checksum_is_fetched_again(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of("hopper.jpg")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    changed = Image("i0", preview_url="http://x/flower.jpg", md5="new-checksum")
    gallery.load(LISTING, [changed])
    model, second = loader_for(gallery)
    again = FakeClient()
    second.load(again, gallery.images)
    run(qtbot, second.wait_idle())
    assert again.fetched == ["http://x/flower.jpg"]
    assert model.thumbnail_state("i0") == ThumbnailState.READY


def test_a_corrupt_cache_file_is_refetched_not_shown(
    qasync_loop, loader_for, qtbot, private_data_dir
) -> None:
    gallery = gallery_of("hopper.jpg")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    (entry,) = (private_data_dir / "cache" / "thumbnails").glob("*.thumb")
    entry.write_bytes(entry.read_bytes()[:100])
    first.packs.clear()  # the listing's pack would serve it: this test is about the tile
    model, second = loader_for(gallery)
    again = FakeClient()
    second.load(again, gallery.images)
    run(qtbot, second.wait_idle())
    assert again.fetched == ["http://x/hopper.jpg"]
    picture = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert model.thumbnail_state("i0") == ThumbnailState.READY and not picture.isNull()
    assert len(entry.read_bytes()) > 100  # rewritten whole


def test_visible_images_are_fetched_first_and_scrolled_away_ones_cancelled(
    qasync_loop, loader_for, qtbot
) -> None:
    gallery = Gallery()
    gallery.load(
        LISTING, [Image(f"i{n}", preview_url=f"http://x/{n}/hopper.jpg") for n in range(30)]
    )
    model, loader = loader_for(gallery, max_in_flight=3)
    gate = asyncio.Event()  # i1-i3 cannot finish before the scroll, however slow the machine
    client = FakeClient(gate=gate)
    loader.load(client, gallery.images)
    first_shown = lambda: model.thumbnail_state("i0") == ThumbnailState.READY  # noqa: E731
    qtbot.waitUntil(lambda: client.in_flight == 3 and first_shown())
    loader.set_visible(["i27", "i28", "i29"])  # scrolled to the end
    gate.set()
    ends = ("i27", "i28", "i29")
    qtbot.waitUntil(
        lambda: all(model.thumbnail_state(i) == ThumbnailState.READY for i in ends), timeout=5000
    )
    # i0 went alone first; i1-i3 were cancelled mid-download; the end came next.
    assert client.fetched[0] == "http://x/0/hopper.jpg"
    assert sorted(client.fetched[1:4]) == [f"http://x/{n}/hopper.jpg" for n in (27, 28, 29)]
    run(qtbot, loader.wait_idle())
    assert {model.thumbnail_state(i.id) for i in gallery} == {ThumbnailState.READY}
    # The cancelled ones were queued again behind the end, and nothing came twice.
    assert sorted(client.fetched) == sorted(f"http://x/{n}/hopper.jpg" for n in range(30))


def test_retry_fetches_a_failed_thumbnail_again(qasync_loop, loader_for, qtbot) -> None:
    gallery = gallery_of("missing.jpg")
    model, loader = loader_for(gallery)
    client = FakeClient()
    loader.load(client, gallery.images)
    run(qtbot, loader.wait_idle())
    assert model.thumbnail_state("i0") == ThumbnailState.FAILED
    loader.retry(gallery.images)
    assert model.thumbnail_state("i0") == ThumbnailState.LOADING
    run(qtbot, loader.wait_idle())
    assert client.fetched == ["http://x/missing.jpg"] * 2
    assert model.thumbnail_state("i0") == ThumbnailState.FAILED


def test_a_reopen_is_served_from_the_listings_pack_without_tile_files(
    qasync_loop, loader_for, qtbot, private_data_dir
) -> None:
    gallery = gallery_of("hopper.jpg", "flower.jpg", "rgb_trns.png")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    assert len(list((private_data_dir / "cache" / "thumbnails-packs").glob("*.pack"))) == 1
    for entry in (private_data_dir / "cache" / "thumbnails").glob("*.thumb"):
        entry.unlink()  # only the pack is left to serve the reopen
    model, second = loader_for(gallery)
    again = FakeClient()
    second.load(again, gallery.images)
    run(qtbot, second.wait_idle())
    assert again.fetched == []
    for row in range(3):
        picture = model.index(row).data(Qt.ItemDataRole.DecorationRole)
        assert model.thumbnail_state(f"i{row}") == ThumbnailState.READY and not picture.isNull()


def test_a_tile_damaged_in_the_pack_is_fetched_again_not_shown(
    qasync_loop, loader_for, qtbot, private_data_dir
) -> None:
    gallery = gallery_of("hopper.jpg", "flower.jpg")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    for entry in (private_data_dir / "cache" / "thumbnails").glob("*.thumb"):
        entry.unlink()
    (pack,) = (private_data_dir / "cache" / "thumbnails-packs").glob("*.pack")
    blob = bytearray(pack.read_bytes())
    blob[-1] ^= 0xFF  # the last tile's pixels no longer match its checksum
    pack.write_bytes(bytes(blob))
    model, second = loader_for(gallery)
    again = FakeClient()
    second.load(again, gallery.images)
    run(qtbot, second.wait_idle())
    assert len(again.fetched) == 1
    assert {model.thumbnail_state(i) for i in ("i0", "i1")} == {ThumbnailState.READY}
    third_model, third = loader_for(gallery)
    once_more = FakeClient()
    third.load(once_more, gallery.images)
    run(qtbot, third.wait_idle())
    assert once_more.fetched == [], "the pack was not rewritten whole"


def test_the_first_request_goes_alone_then_the_rest_fill_the_bound_in_display_order(
    qasync_loop, loader_for, qtbot
) -> None:
    gallery = Gallery()
    urls = [f"http://x/{n}/hopper.jpg" for n in range(8)]
    gallery.load(LISTING, [Image(f"i{n}", preview_url=url) for n, url in enumerate(urls)])
    _model, loader = loader_for(gallery, max_in_flight=3)
    client = FakeClient(delay=0.1)
    started: list[tuple[str, int]] = []
    fetch = client.fetch_bytes

    async def noted(url: str) -> bytes:
        started.append((url, client.in_flight))
        return await fetch(url)

    client.fetch_bytes = noted
    loader.load(client, gallery.images)
    run(qtbot, loader.wait_idle())
    assert started[0] == (urls[0], 0)
    assert started[1][1] == 0, "the second waited for the first's answer"
    assert client.most_in_flight == 3, "after the first answer the bound is used whole"
    assert [url for url, _ in started] == urls


def test_a_zoom_while_the_pack_is_read_still_loads_every_tile_at_the_new_size(
    qasync_loop, loader_for, qtbot
) -> None:
    gallery = gallery_of("hopper.jpg", "flower.jpg")
    _model, first = loader_for(gallery)
    first.load(FakeClient(), gallery.images)
    run(qtbot, first.wait_idle())
    model, second = loader_for(gallery)
    client = FakeClient()
    second.load(client, gallery.images)
    qtbot.wait(1)  # its pack is being read in the pool
    second.set_edge(64, gallery.images)
    run(qtbot, second.wait_idle())
    assert {model.thumbnail_state(i) for i in ("i0", "i1")} == {ThumbnailState.READY}
    assert not second.busy


@pytest.mark.parametrize("width,height", [(None, None), (800, None), (None, 0)])
def test_zooming_works_for_images_without_known_size(
    qasync_loop, loader_for, qtbot, width, height
) -> None:
    """AutoScout24 sends no width or height: zooming in, out and back must re-render,
    not raise (it opened an error dialog at every zoom step)."""
    gallery = Gallery()
    gallery.load(
        ListingRef("autoscout24", "v1"),
        [Image("a", preview_url="http://x/hopper.jpg", width=width, height=height)],
    )
    model, loader = loader_for(gallery)
    loader.load(FakeClient(), gallery.images)
    run(qtbot, loader.wait_idle())
    for edge in (400, 120, 256):
        loader.set_edge(edge, gallery.images)
        run(qtbot, loader.wait_idle())
        assert model.thumbnail_state("a") == ThumbnailState.READY
