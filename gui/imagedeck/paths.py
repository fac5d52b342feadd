"""Where ImageDeck keeps its files: the platform's app-data and cache folders.

`IMAGEDECK_DATA_DIR` overrides the data folder (tests and portable installs use it); the
cache and log folders then live inside it too, so a portable install stays in one place.
Every folder is created private to the user (0700 on POSIX; see private_files.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

from imagedeck.private_files import private_dir

APP_NAME = "ImageDeck"
ENV_DATA_DIR = "IMAGEDECK_DATA_DIR"


def data_dir() -> Path:
    """The app's data folder (journal, settings), created on first use."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    return private_dir(path)


def cache_dir() -> Path:
    """The thumbnail cache folder; safe to delete at any time."""
    return _beside_data("cache", platformdirs.user_cache_dir)


def journal_path() -> Path:
    return data_dir() / "journal.sqlite3"


def log_dir() -> Path:
    """The rotating log's folder (Help → Open log folder)."""
    return _beside_data("logs", platformdirs.user_log_dir)


def _beside_data(name: str, platform_folder: Callable[[str, str], str]) -> Path:
    """A folder inside IMAGEDECK_DATA_DIR when it is set (portable installs, tests), else
    the platform's own folder of that kind; created on first use."""
    if os.environ.get(ENV_DATA_DIR):
        return private_dir(data_dir() / name)
    return private_dir(Path(platform_folder(APP_NAME, APP_NAME)))
