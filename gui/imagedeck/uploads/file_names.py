"""The `uploadFileName` plentymarkets accepts, made from the user's file name.

plentymarkets allows only a-z, A-Z, 0-9, '-' and '_' and no extension (the sandbox refuses
"photo.jpg" with 422, as the spec's character list says). Sellers name files "Fahrzeug Front
(1) ü.jpg", so the name is cut down rather than refused: umlauts and accents become their
base letter (ß becomes "ss"), spaces become '_', anything else is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from imagedeck.settings import UploadPreferences

FALLBACK_NAME = "image"
_SPECIAL = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}


def upload_file_name(path: str | Path) -> str:
    """plentymarkets' name for the file at `path`.

    "Fahrzeug Front (1) ü.jpg" becomes "Fahrzeug_Front_1_u". Never empty: a name
    with no usable character becomes "image".
    """
    stem = Path(path).stem
    text = "".join(_SPECIAL.get(ch, ch) for ch in stem)
    # NFKD splits "ü" into "u" + a combining mark, which the filter below then drops.
    text = unicodedata.normalize("NFKD", text)
    text = re.sub(r"\s+", "_", text)
    text = re.sub(r"[^A-Za-z0-9_-]", "", text)
    text = re.sub(r"_{2,}", "_", text)
    text = re.sub(r"-{2,}", "-", text)
    text = text.strip("_-")
    return text or FALLBACK_NAME


def names_from_file(
    path: Path, prefs: UploadPreferences | None, languages: Sequence[str]
) -> tuple[dict[str, str], ...]:
    """plentymarkets image names made from the file name, if the seller chose that: the
    stem with separators as spaces, once in each of the seller's languages."""
    if prefs is None or not prefs.names_from_file_name:
        return ()
    name = path.stem.replace("_", " ").replace("-", " ").strip() or path.stem
    return tuple({"lang": language, "name": name[:255]} for language in languages)
