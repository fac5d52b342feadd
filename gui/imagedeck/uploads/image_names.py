"""Image names made from the files a seller adds, for marketplaces that keep image names.

File work like the rest of uploads/: "Front_view-2.jpg" becomes the name "Front view 2",
once per language the seller names images in, when the seller chose that in Settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def names_from_file(path: Path, languages: Sequence[str]) -> tuple[dict[str, str], ...]:
    """Image names made from the file name (when the seller chose that): the
    stem with separators as spaces, once in each of the seller's languages."""
    name = path.stem.replace("_", " ").replace("-", " ").strip() or path.stem
    return tuple({"lang": language, "name": name[:255]} for language in languages)
