"""How quickly a big drop shows up in the grid, and how quickly a big delete leaves it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.drop_bench

A seller drops 200 photos onto a 1,000-image listing: the tiles must appear at once (the
gallery inserts them as one undo step and the Qt model announces one row at a time), and
deleting them again, undoing and redoing must not freeze the window. No network: a
gallery, the Qt model and a shown ThumbnailGrid, with every event processed. Also the time
to decode 200 local thumbnails in a 4-thread pool (what the window does off the GUI thread).
Prints wall times; not part of the test run.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from imagedeck.model.gallery import Gallery  # noqa: E402
from imagedeck.model.image import Image, ListingRef  # noqa: E402
from imagedeck.ui.grid.gallery_model import GalleryListModel  # noqa: E402
from imagedeck.ui.grid.qimage_conversion import decode_to_qimage  # noqa: E402
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid  # noqa: E402

LISTING_SIZE = 1000
DROP_SIZE = 200
PHOTO = Path(__file__).resolve().parent.parent / "tests" / "data" / "testimages" / "flower.jpg"


def timed(label: str, app: QApplication, action) -> float:  # noqa: ANN001
    start = time.perf_counter()
    action()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    print(f"{label:<48} {elapsed:8.1f} ms")
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    gallery = Gallery()
    images = [Image(id=str(10_000 + i), position=10 * i) for i in range(LISTING_SIZE)]
    gallery.load(ListingRef("plentymarkets", "1"), images)
    model = GalleryListModel(gallery)
    grid = ThumbnailGrid()
    grid.setModel(model)
    grid.resize(1200, 800)
    grid.show()
    app.processEvents()
    paths = [PHOTO] * DROP_SIZE
    print(f"{DROP_SIZE} files dropped into a {LISTING_SIZE}-image listing (offscreen grid shown)")
    added: list[str] = []
    timed(
        "drop: tiles inserted at row 500",
        app,
        lambda: added.extend(gallery.insert_files(500, paths)),
    )
    timed("undo the drop", app, gallery.undo)
    timed("redo the drop", app, gallery.redo)
    rows = list(range(500, 500 + DROP_SIZE))
    timed(f"delete {DROP_SIZE} selected images", app, lambda: gallery.remove(rows))
    timed("undo the delete", app, gallery.undo)
    assert len(gallery) == LISTING_SIZE + DROP_SIZE

    with ThreadPoolExecutor(max_workers=4) as pool:
        start = time.perf_counter()
        list(pool.map(lambda p: decode_to_qimage(p.read_bytes(), 256), paths))
        elapsed = (time.perf_counter() - start) * 1000
    label = f"decode {DROP_SIZE} local thumbnails (480x360 JPEG, 4 threads)"
    print(f"{label:<48} {elapsed:8.1f} ms")
    grid.close()
    model.detach()


if __name__ == "__main__":
    main()
