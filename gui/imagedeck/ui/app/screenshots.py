"""Render the main window to PNG files: the README's pictures, and the look in German and in
dark mode, for a person to open and check.

    python -m imagedeck.ui.app.screenshots OUTDIR [--language de] [--dark]

Runs headless (offscreen) on the built-in sandbox with demo item 101 open, its thumbnails
loaded and one tile selected so the details panel shows. Not part of the app's menus.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.marketplaces.registry import PLENTYMARKETS
from imagedeck.model.image import ListingRef
from imagedeck.paths import ENV_DATA_DIR

DEMO_ITEM = ListingRef(PLENTYMARKETS, "101")
SIZE = (1440, 900)  # a laptop's screen less the task bar, as `fit_to_screen` gives


def render(out: Path, *, language: str = "en", dark: bool = False) -> Path:
    """Renders the window once and returns the PNG's path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault(ENV_DATA_DIR, tempfile.mkdtemp(prefix="imagedeck-shots-"))
    import qasync
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from imagedeck.sandbox.server import SandboxServer
    from imagedeck.ui.app.app import build_main_window
    from imagedeck.ui.app.interface_language import use_interface_language
    from imagedeck.ui.common.theme import dark_palette
    from imagedeck.ui.dialogs.questions import Choice

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)  # closing the window must not stop the loop
    use_interface_language(language)
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    name = f"imagedeck-{language}{'-dark' if dark else ''}.png"
    target = out / name

    async def shoot(base_url: str) -> None:
        window = build_main_window(demo_connections(base_url))
        window.ask_resume = lambda *_args: Choice.LATER
        window.resize(*SIZE)
        window.show()
        if not await window.open_listing(DEMO_ITEM):
            raise SystemExit(f"could not open {DEMO_ITEM.describe()}")
        await window.loader.wait_idle()
        window.grid.selectionModel().setCurrentIndex(
            window.model.index(2), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        await asyncio.sleep(0.3)  # let the panel and the grid paint
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target))
        window.close()
        await window.aclose()

    with SandboxServer() as server, loop:
        loop.run_until_complete(shoot(server.base_url))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion)")
    args = parser.parse_args(argv)
    print(render(args.out, language=args.language, dark=args.dark))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
