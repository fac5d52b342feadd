"""Find the files under `resources/` (icons, compiled translations) wherever the app runs.

The repository's top-level `resources/` folder is installed as the package
`imagedeck._resources` (setup.py maps it), so an installed wheel and an editable install
both find it through importlib.resources; a bare source tree (gui/ on sys.path, nothing
installed) falls back to the folder beside `gui/`. In a PyInstaller bundle they sit in
`<bundle>/resources/`, which the frozen app finds through `sys._MEIPASS`. Every lookup goes
through `resource()` with a literal relative path, so tests/test_packaging_resources.py can
list what the app loads and check that the packaging recipe bundles each of them.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

ENV_RESOURCES = "IMAGEDECK_RESOURCES"
"""Overrides the folder (e.g. a distribution that installs resources elsewhere)."""

SOURCE_RESOURCES = Path(__file__).resolve().parents[2] / "resources"
"""The checkout's folder, for a source tree run without installing the package."""
PACKAGE = "imagedeck._resources"


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
    return installed_resources() or SOURCE_RESOURCES


def installed_resources() -> Path | None:
    """The folder of the installed `imagedeck._resources` package (wheel or editable), or
    None when it is not installed. Wheels install as plain folders (no zip import), so
    the package's files are real paths that Qt and lrelease can open."""
    try:
        folder = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None


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
