"""The colours of a tile, chosen for the palette the grid is painted with.

A light placeholder grey or a pale pink error box is a glaring patch on a dark window, and a
dark-red message on a dark-grey tile cannot be read; so each colour comes in a light and a
dark version, picked by `theme.is_dark` on the palette Qt hands the delegate (the system's,
or `theme.dark_palette()` in the screenshots and tests). The amber MAIN badge with dark
text reads on both and stays the same: sellers learn it as "the main image".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from imagedeck.ui.common.theme import TONES, is_dark

MAIN_BADGE_COLOUR = QColor("#f2a900")  # amber: reads as "highlighted", not as an error
MAIN_BADGE_TEXT = QColor("#1d1d1d")


@dataclass(frozen=True)
class TileColours:
    """Everything a tile paints besides the photo and the palette's own roles."""

    placeholder: QColor
    """The box where a picture is still coming."""
    placeholder_text: QColor
    """Its spinner arc and "Loading…"."""
    error_background: QColor
    error: QColor
    """The warning sign and the reason on a failed tile."""
    error_sign_text: QColor
    """The "!" inside the sign."""
    number_badge: QColor
    number_text: QColor


LIGHT = TileColours(
    placeholder=QColor("#e6e6e6"),
    placeholder_text=QColor("#6b6b6b"),
    error_background=QColor("#fbe3e3"),
    error=QColor(TONES["error"][0]),
    error_sign_text=QColor("white"),
    number_badge=QColor("#4a4a4a"),
    number_text=QColor("white"),
)

DARK = TileColours(
    placeholder=QColor("#363636"),
    placeholder_text=QColor("#a8a8a8"),
    error_background=QColor("#4a2626"),
    error=QColor(TONES["error"][1]),
    error_sign_text=QColor("#1e1e1e"),  # white on the pale red sign would not read
    number_badge=QColor("#d0d0d0"),
    number_text=QColor("#1e1e1e"),
)


def tile_colours(palette: QPalette) -> TileColours:
    """The set that reads on `palette`'s window colour (the reds are `theme.TONES`' error)."""
    return DARK if is_dark(palette) else LIGHT
