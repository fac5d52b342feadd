"""Find the files under `resources/` (icons, compiled translations) wherever the app runs.

From a source tree (or an editable install) they sit in the repository's `resources/`
folder beside `gui/`; in a PyInstaller bundle they sit in `<bundle>/resources/`, which the
frozen app finds through `sys._MEIPASS`. Every lookup goes through `resource()` with a
literal relative path, so tests/test_packaging_resources.py can list what the app loads and
check that the packaging recipe bundles each of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "IMAGEDECK_RESOURCES"
"""Overrides the folder (e.g. a distribution that installs resources elsewhere)."""

SOURCE_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


class ResourceMissing(FileNotFoundError):
    """A resource the app needs is not where this build keeps them."""


def resources_dir() -> Path:
    """The folder holding ImageDeck's resources for this way of running."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return SOURCE_RESOURCES


def resource(relative: str) -> Path:
    """The path of `relative` (e.g. "icons/imagedeck-256.png") under the resources folder.

    Raises ResourceMissing naming the file and the folder searched, so a broken package
    says what is missing instead of showing a blank icon.
    """
    folder = resources_dir()
    path = folder / relative
    if not path.is_file():
        raise ResourceMissing(f"ImageDeck resource {relative!r} is missing from {folder}")
    return path


def is_frozen() -> bool:
    """Whether this process runs from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))
