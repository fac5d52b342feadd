"""Scrolling while dragging: faster the nearer the pointer is to the edge (and beyond it).

Qt's own auto-scroll moves a fixed step per tick, about 90 px/s here: moving image 2 to the
end of 64 took some 30 seconds of holding still at the bottom edge. File managers speed up
with how deep into the edge zone the pointer is; this does the same. Within `EDGE` pixels of
the top or bottom the grid scrolls at a speed that grows with the square of the depth, from
`SLOWEST` to `FASTEST` pixels per second (beyond the edge counts as deepest).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QAbstractScrollArea

EDGE = 72  # pixels from the top or bottom where scrolling starts
SLOWEST = 120.0  # pixels per second at the outer end of the zone
FASTEST = 3000.0  # pixels per second at the edge and beyond
TICK_MS = 16


def scroll_speed(y: int, height: int) -> float:
    """Pixels per second for a pointer at `y` in a viewport `height` tall: negative scrolls
    up, positive down, 0 outside the edge zones."""
    zone = min(EDGE, height // 3)
    if zone <= 0:
        return 0.0
    if y < zone:
        depth = min(1.0, (zone - y) / zone)
        return -(SLOWEST + (FASTEST - SLOWEST) * depth * depth)
    if y > height - zone:
        depth = min(1.0, (y - (height - zone)) / zone)
        return SLOWEST + (FASTEST - SLOWEST) * depth * depth
    return 0.0


class DragScroller(QObject):
    """Scrolls `view` while a drag hovers near its edges; `follow(pos)` on every drag move,
    `stop()` when the drag leaves or drops."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self._view = view
        self._speed = 0.0
        self._carry = 0.0  # sub-pixel rest, so slow speeds still move
        self._last = 0.0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def speed(self) -> float:
        return self._speed

    def follow(self, pos: QPoint) -> None:
        self._speed = scroll_speed(pos.y(), self._view.viewport().height())
        if self._speed and not self._timer.isActive():
            self._last = time.monotonic()
            self._carry = 0.0
            self._timer.start()
        elif not self._speed:
            self._timer.stop()

    def stop(self) -> None:
        self._speed = 0.0
        self._timer.stop()

    def _tick(self) -> None:
        now = time.monotonic()
        self._carry += self._speed * (now - self._last)
        self._last = now
        step = int(self._carry)
        self._carry -= step
        bar = self._view.verticalScrollBar()
        if step:
            bar.setValue(bar.value() + step)
        if bar.value() in (bar.minimum(), bar.maximum()) and step:
            self._carry = 0.0
