"""Settings survive a round trip, and a damaged file never stops the app."""

from __future__ import annotations

from pathlib import Path

from imagedeck.settings import (
    MAX_THUMBNAIL_SIZE,
    RecentListing,
    Settings,
    load_settings,
    save_settings,
)


def test_round_trip_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(thumbnail_size=240, language="de", cache_size_mb=50)
    settings.uploads.downscale = True
    settings.uploads.jpeg_quality = 70
    settings.remember_listing(RecentListing("Demo", "plentymarkets", "101", None, "Shirt"))
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_damaged_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_wrong_types_and_out_of_range_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"thumbnail_size": 9999, "language": 5, "uploads": {"jpeg_quality": "high"},'
        ' "recent_listings": [{"connection": "x"}, 3], "unknown": 1}',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.thumbnail_size == MAX_THUMBNAIL_SIZE
    assert loaded.language == ""
    assert loaded.uploads.jpeg_quality == Settings().uploads.jpeg_quality
    assert loaded.recent_listings == []


def test_recent_listings_newest_first_without_repeats() -> None:
    settings = Settings()
    for listing_id in ("1", "2", "1"):
        settings.remember_listing(RecentListing("Demo", "plentymarkets", listing_id))
    assert [entry.listing_id for entry in settings.recent_listings] == ["1", "2"]
    assert settings.last_connection == "Demo"


def test_longest_wait_defaults_to_the_waits_ceiling(tmp_path: Path) -> None:
    """One default for the ceiling: a settings file without it and `--max-wait`'s help say the
    waits' own number (settings.py and waits.py once had a literal each, free to part)."""
    from imagedeck.cli.main import build_parser
    from imagedeck.marketplaces import waits

    path = tmp_path / "settings.json"
    path.write_text('{"language": "de"}', encoding="utf-8")
    ceiling = load_settings(path).max_wait_s
    assert ceiling == waits.DEFAULT_MAX_WAIT_S
    assert f"else {ceiling})" in " ".join(build_parser().format_help().split())
