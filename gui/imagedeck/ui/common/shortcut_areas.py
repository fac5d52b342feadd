"""Where a keyboard shortcut works, for the grouped Help ▸ Keyboard Shortcuts page.

Del deletes images in the grid, removes a language in the names table and an id from a
"Shown in" list: three meanings of one key, which a flat list showed as "Del" three times
with no context. A widget whose shortcuts only work while it has the focus names its area
with `mark_area(widget, AREA)`; the page groups those shortcuts under that name, and the
window-wide ones under the menu they are in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from imagedeck.texts import QT_TRANSLATE_NOOP

AREA_PROPERTY = "imagedeckShortcutArea"

GRID_AREA = QT_TRANSLATE_NOOP("ShortcutAreas", "Image grid (when it has the focus)")
DETAILS_AREA = QT_TRANSLATE_NOOP("ShortcutAreas", "Image details panel")


def mark_area(widget: QWidget, area: str) -> None:
    """The shortcuts of `widget` and its children belong to `area` (an untranslated,
    marked text: the page shows it in the interface language)."""
    widget.setProperty(AREA_PROPERTY, str(area))


def area_of(widget: QWidget | None) -> str | None:
    """The marked area of `widget` or its nearest marked ancestor."""
    while widget is not None:
        area = widget.property(AREA_PROPERTY)
        if area:
            return str(area)
        widget = widget.parentWidget()
    return None
