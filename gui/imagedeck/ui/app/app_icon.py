"""The window and taskbar icon, built from the PNG sizes packaging/make_icons.py writes.

Each size is added separately so Qt picks the sharp one for the title bar (16/24 px) and
the task switcher (48–256 px) instead of blurring one large picture down.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

from imagedeck.resources import ResourceMissing, resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
log = logging.getLogger(__name__)


def app_icon(*, strict: bool = False) -> QIcon:
    """ImageDeck's icon with every bundled size.

    A missing file raises ResourceMissing when `strict` (the self-test); otherwise it is
    logged and the icon is empty, because an install without resources (a plain
    `pip install .`, which does not carry resources/) should still open the window.
    """
    icon = QIcon()
    try:
        for size in ICON_SIZES:
            icon.addFile(str(resource(f"icons/imagedeck-{size}.png")))
    except ResourceMissing as missing:
        if strict:
            raise
        log.warning("window icon left out: %s", missing)
        return QIcon()
    return icon
