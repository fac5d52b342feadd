"""The user's preferences, kept as one small JSON file in the app's data folder.

Plain Python (no Qt) so the CLI, the save worker and the window read the same values. Secrets
never go here: passwords, client secrets and tokens live in the OS keyring. A damaged or
hand-edited file must never stop the app from starting, so unknown keys are ignored and a value
of the wrong type falls back to its default.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from imagedeck.marketplaces.waits import DEFAULT_MAX_WAIT_S
from imagedeck.paths import data_dir

SETTINGS_FILE = "settings.json"
MIN_THUMBNAIL_SIZE = 96
MAX_THUMBNAIL_SIZE = 400
DEFAULT_THUMBNAIL_SIZE = 168
RECENT_LISTINGS_KEPT = 12
MIN_LONG_EDGE = 64  # pixels: smaller would be no photo a buyer can see
MAX_LONG_EDGE = 20000
MAX_WAIT_CEILING_S = 24 * 3600  # a "longest wait" setting beyond a day is a typo


@dataclass
class UploadPreferences:
    """What happens to a photo before upload. The original file is never modified."""

    downscale: bool = False
    max_long_edge: int = 2560  # pixels; only used when downscale is on
    reencode_jpeg: bool = False
    jpeg_quality: int = 88  # 1-95, Pillow's useful range
    strip_location: bool = True  # remove GPS EXIF so a dealer's home is not published
    names_from_file_name: bool = False  # plentymarkets: name the image after its file


@dataclass
class RecentListing:
    """A listing the user opened, newest first in `Settings.recent_listings`."""

    connection: str
    marketplace: str
    listing_id: str
    variation_id: str | None = None
    title: str = ""


@dataclass
class Settings:
    thumbnail_size: int = DEFAULT_THUMBNAIL_SIZE  # tile edge in device-independent pixels
    language: str = ""  # "" follows the system; else "de" or "en"
    cache_size_mb: int = 200
    uploads: UploadPreferences = field(default_factory=UploadPreferences)
    last_connection: str = ""
    # The longest wait (seconds) a shop may ask for before a save stops for a later resume.
    max_wait_s: int = DEFAULT_MAX_WAIT_S  # the waits' own default, defined once there
    last_image_folder: str = ""  # where Add Images… opens next (the folder used last)
    recent_listings: list[RecentListing] = field(default_factory=list)

    def remember_listing(self, entry: RecentListing) -> None:
        """Puts `entry` first, drops an older copy of it, keeps the newest few."""
        same = (entry.connection, entry.listing_id, entry.variation_id)
        kept = [
            old
            for old in self.recent_listings
            if (old.connection, old.listing_id, old.variation_id) != same
        ]
        self.recent_listings = [entry, *kept][:RECENT_LISTINGS_KEPT]
        self.last_connection = entry.connection


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings(
    path: Path | None = None, *, warn: Callable[[str], None] | None = None
) -> Settings:
    """The saved settings, or defaults for whatever is missing or unreadable.

    `warn` hears, in one line naming the file, why a file that is there could not be used
    (the CLI prints it once per command: a silently ignored "longest wait" would surprise)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        if warn is not None:
            reason = error.strerror if isinstance(error, OSError) else f"not JSON ({error})"
            warn(f"settings file {path} is unreadable: {reason}; using the default settings")
        return Settings()
    if not isinstance(raw, dict):
        if warn is not None:
            warn(f"settings file {path} holds no settings object; using the default settings")
        return Settings()
    settings = _fill(Settings(), raw)
    settings.uploads = _fill(UploadPreferences(), raw.get("uploads"))
    recent = raw.get("recent_listings")
    settings.recent_listings = [
        entry
        for item in (recent if isinstance(recent, list) else [])
        if (entry := _recent(item)) is not None
    ][:RECENT_LISTINGS_KEPT]
    settings.thumbnail_size = min(
        MAX_THUMBNAIL_SIZE, max(MIN_THUMBNAIL_SIZE, settings.thumbnail_size)
    )
    settings.max_wait_s = min(MAX_WAIT_CEILING_S, max(0, settings.max_wait_s))
    settings.uploads.jpeg_quality = min(95, max(1, settings.uploads.jpeg_quality))
    settings.uploads.max_long_edge = min(
        MAX_LONG_EDGE, max(MIN_LONG_EDGE, settings.uploads.max_long_edge)
    )
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Writes atomically, so a crash mid-write leaves the previous file intact."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())  # on disk before the rename makes it the settings
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _fill(target: Any, raw: object) -> Any:
    """Copies the keys of `raw` whose values have the type of the default."""
    if not isinstance(raw, dict):
        return target
    for spec in fields(target):
        if spec.name not in raw:
            continue
        value, default = raw[spec.name], getattr(target, spec.name)
        if isinstance(default, bool | int | str) and type(value) is type(default):
            setattr(target, spec.name, value)
    return target


def _recent(raw: object) -> RecentListing | None:
    if not isinstance(raw, dict):
        return None
    try:
        entry = RecentListing(
            connection=str(raw["connection"]),
            marketplace=str(raw["marketplace"]),
            listing_id=str(raw["listing_id"]),
            variation_id=None if raw.get("variation_id") is None else str(raw["variation_id"]),
            title=str(raw.get("title", "")),
        )
    except KeyError:
        return None
    return entry
