"""The window and taskbar icon, built from the PNG sizes packaging/make_icons.py writes.

Each size is added separately so Qt picks the sharp one for the title bar (16/24 px) and
the task switcher (48–256 px) instead of blurring one large picture down.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from imagedeck.resources import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """ImageDeck's icon with every bundled size; raises ResourceMissing if one is gone."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource(f"icons/imagedeck-{size}.png")))
    return icon
