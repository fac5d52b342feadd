"""The `uploadFileName` plentymarkets accepts, made from the user's file name.

plentymarkets allows only a-z, A-Z, 0-9, '-' and '_' and no extension (the sandbox refuses
"photo.jpg" with 422, as the spec's character list says). Sellers name files "Fahrzeug Front
(1) ü.jpg", so the name is cut down rather than refused: umlauts and accents become their
base letter (ß becomes "ss"), spaces become '_', anything else is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

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
