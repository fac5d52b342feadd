"""The thumbnail caches without Qt: the disk cache never shows a stale or damaged picture
and stays within its size bound; the memory LRU obeys both of its bounds; the variant pick
is the smallest sharp one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image as PilImage

from imagedeck.model.image import Image
from imagedeck.thumbnails.disk_cache import DiskThumbnailCache, cache_key
from imagedeck.thumbnails.memory_cache import MemoryLRU
from imagedeck.thumbnails.variants import thumbnail_url


def picture(colour: tuple[int, int, int], size: int = 64) -> PilImage.Image:
    return (
        PilImage.effect_noise((size, size), 60)
        .convert("RGB")
        .point(lambda v, c=colour[0]: (v + c) % 256)
    )


@pytest.fixture
def cache(tmp_path: Path) -> DiskThumbnailCache:
    return DiskThumbnailCache(tmp_path / "thumbnails")


def test_round_trip_keeps_the_pixels(cache: DiskThumbnailCache) -> None:
    original = picture((10, 0, 0))
    key = cache_key("http://x/a.jpg", "md5-a", "2024-01-01", 256)
    assert cache.get(key) is None
    cache.put(key, original)
    restored = cache.get(key)
    assert restored is not None
    assert restored.mode == "RGB" and restored.tobytes() == original.tobytes()


def test_rgba_survives(cache: DiskThumbnailCache) -> None:
    original = PilImage.new("RGBA", (20, 10), (1, 2, 3, 128))
    cache.put("k", original)
    restored = cache.get("k")
    assert restored is not None and restored.mode == "RGBA"
    assert restored.tobytes() == original.tobytes()


def test_a_changed_checksum_or_date_or_url_or_size_is_another_key() -> None:
    base = cache_key("http://x/a.jpg", "md5-a", "2024-01-01", 256)
    assert cache_key("http://x/a.jpg", "md5-b", "2024-01-01", 256) != base
    assert cache_key("http://x/a.jpg", "md5-a", "2024-01-02", 256) != base
    assert cache_key("http://x/a.jpg?v=2", "md5-a", "2024-01-01", 256) != base
    assert cache_key("http://x/a.jpg", "md5-a", "2024-01-01", 300) != base
    assert cache_key("http://x/a.jpg", "md5-a", "2024-01-01", 256) == base


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated (e.g. power loss, other tool)
        lambda blob: blob[:-20] + bytes(20),  # bytes flipped inside the payload
        lambda blob: b"GARBAGE!" + blob[8:],  # not our file
        lambda blob: b"",
    ],
    ids=["truncated", "flipped", "bad-magic", "empty"],
)
def test_a_damaged_file_is_deleted_and_never_returned(cache: DiskThumbnailCache, damage) -> None:
    cache.put("k", picture((0, 0, 0)))
    path = cache.path_for("k")
    path.write_bytes(damage(path.read_bytes()))
    assert cache.get("k") is None
    assert not path.exists()


def test_eviction_bounds_the_folder_and_keeps_recently_used(tmp_path: Path) -> None:
    probe = DiskThumbnailCache(tmp_path / "probe")
    probe.put("probe", picture((0, 0, 0)))
    entry = probe.total_bytes()
    cache = DiskThumbnailCache(tmp_path / "thumbnails", max_bytes=entry * 5 + entry // 2)
    cache.put("first", picture((1, 0, 0)))
    for n in range(30):
        cache.put(f"k{n}", picture((n + 2, 0, 0)))
        assert cache.get("first") is not None, f"recently used entry evicted at {n}"
        assert cache.total_bytes() <= cache.max_bytes
    files = list((tmp_path / "thumbnails").iterdir())
    assert sum(f.stat().st_size for f in files) <= cache.max_bytes
    assert cache.get("k0") is None  # the oldest untouched ones went
    assert cache.get("k29") is not None


def test_no_temporary_files_are_left_behind(cache: DiskThumbnailCache) -> None:
    for n in range(5):
        cache.put(f"k{n}", picture((n, 0, 0)))
    assert all(not p.name.startswith(".tmp-") for p in cache.root.iterdir())


def test_concurrent_writers_and_readers_stay_within_bounds(tmp_path: Path) -> None:
    cache = DiskThumbnailCache(tmp_path / "thumbnails", max_bytes=200_000)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(25):
                key = f"k{n % 10}"
                cache.put(key, picture((worker * 25 + n, 0, 0)))
                got = cache.get(key)
                assert got is None or got.size == (64, 64)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert cache.total_bytes() <= cache.max_bytes


def test_memory_lru_is_bounded_by_count() -> None:
    lru: MemoryLRU[bytes] = MemoryLRU(len, max_bytes=10_000, max_count=3)
    for key in "abcd":
        lru.put(key, b"x")
    assert len(lru) == 3 and lru.get("a") is None and lru.get("d") == b"x"


def test_memory_lru_is_bounded_by_bytes_and_evicts_least_recently_used() -> None:
    lru: MemoryLRU[bytes] = MemoryLRU(len, max_bytes=300, max_count=100)
    lru.put("a", b"x" * 100)
    lru.put("b", b"x" * 100)
    lru.put("c", b"x" * 100)
    assert lru.get("a") is not None  # now most recent
    lru.put("d", b"x" * 100)
    assert "b" not in lru and "a" in lru and lru.total_bytes == 300
    lru.put("huge", b"x" * 301)
    assert "huge" not in lru and lru.total_bytes == 300


def test_memory_lru_replacing_a_key_keeps_the_byte_count_right() -> None:
    lru: MemoryLRU[bytes] = MemoryLRU(len, max_bytes=1000)
    lru.put("a", b"x" * 100)
    lru.put("a", b"x" * 40)
    assert lru.total_bytes == 40 and len(lru) == 1


PLENTY_RAW = {
    "urlPreview": "http://x/preview/a.jpg",
    "urlSecondPreview": "http://x/secondPreview/a.jpg",
    "urlMiddle": "http://x/middle/a.jpg",
}


@pytest.mark.parametrize(
    ("edge", "expected"),
    [
        (100, "preview"),
        (150, "preview"),
        (154, "secondPreview"),
        (256, "secondPreview"),
        (308, "middle"),
        (2000, "middle"),
    ],
)
def test_smallest_plentymarkets_variant_that_is_sharp(edge: int, expected: str) -> None:
    image = Image("1", preview_url=PLENTY_RAW["urlPreview"], raw=PLENTY_RAW)
    assert thumbnail_url(image, edge) == f"http://x/{expected}/a.jpg"


def test_autoscout24_uses_its_one_href() -> None:
    href = "http://x/as24/img.jpg?v=3"
    assert thumbnail_url(Image("v", preview_url=href, raw={"href": href}), 308) == href
