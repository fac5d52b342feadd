"""The pack cache (thumbnails/pack_cache.py): a listing's tiles in one file, checksummed."""

from __future__ import annotations

from pathlib import Path

from imagedeck.thumbnails.pack_cache import PackCache, PackedTile, pack_name


def tile(shade: int, width: int = 4, height: int = 3) -> PackedTile:
    stride = width * 4
    return PackedTile(4, width, height, stride, bytes([shade]) * stride * height)


def key(n: int) -> str:
    return f"{n:064x}"


def test_tiles_come_back_as_written(tmp_path: Path) -> None:
    cache = PackCache(tmp_path, 1 << 20)
    tiles = {key(1): tile(10), key(2): tile(200, width=5)}
    assert cache.write("listing", tiles)
    back = cache.read("listing")
    assert set(back) == set(tiles)
    for name, original in tiles.items():
        got = back[name]
        assert (got.format, got.width, got.height, got.stride) == (
            original.format, original.width, original.height, original.stride,
        )  # fmt: skip
        assert bytes(got.pixels) == original.pixels


def test_a_tile_failing_its_checksum_is_left_out_the_others_stay(tmp_path: Path) -> None:
    cache = PackCache(tmp_path, 1 << 20)
    cache.write("listing", {key(1): tile(10), key(2): tile(20)})
    path = cache.path_for("listing")
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 0xFF  # the last tile's last pixel byte
    path.write_bytes(bytes(blob))
    back = cache.read("listing")
    assert list(back) == [key(1)]


def test_a_damaged_header_discards_the_whole_pack(tmp_path: Path) -> None:
    cache = PackCache(tmp_path, 1 << 20)
    cache.write("listing", {key(1): tile(10)})
    path = cache.path_for("listing")
    blob = bytearray(path.read_bytes())
    blob[20] ^= 0xFF  # inside the index
    path.write_bytes(bytes(blob))
    assert cache.read("listing") == {}
    assert not path.exists()
    assert cache.read("never written") == {}


def test_a_pack_larger_than_the_bound_is_not_written_and_old_packs_age_out(
    tmp_path: Path,
) -> None:
    one_pack = len(tile(0).pixels) * 2 + 200
    cache = PackCache(tmp_path, one_pack * 2)
    assert not cache.write("huge", {key(n): tile(n) for n in range(20)})
    for name in ("a", "b", "c"):
        assert cache.write(name, {key(1): tile(1), key(2): tile(2)})
    assert not cache.path_for("a").exists()
    assert cache.path_for("c").exists()
    assert cache.total_bytes() <= one_pack * 2


def test_the_pack_name_ignores_order_but_not_keys_or_size() -> None:
    assert pack_name([key(1), key(2)], 150) == pack_name([key(2), key(1)], 150)
    assert pack_name([key(1), key(2)], 150) != pack_name([key(1), key(3)], 150)
    assert pack_name([key(1), key(2)], 150) != pack_name([key(1), key(2)], 300)
