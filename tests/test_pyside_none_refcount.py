"""Regression guard for the PySide6 pin in pyproject.toml.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every Qt call that returns
nothing; after a few thousand calls None's count reaches zero and the interpreter aborts
("none_dealloc"). This test makes such calls and checks the count does not fall, so a
dependency upgrade that re-admits a broken PySide6 fails here instead of on a user's desktop.
"""

import sys

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 5000


def test_qt_calls_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    widget = QWidget()
    point = QPoint()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        point.setX(i)  # returns None in Python
        widget.setWindowTitle("ImageDeck")  # likewise
    after = sys.getrefcount(None)
    assert after >= before - 50, (
        f"None lost {before - after} references over {2 * CALLS} Qt calls: this PySide6 "
        "build corrupts None's refcount (see the pin in pyproject.toml)"
    )
