"""plentymarkets' call limits and the X-Plenty-* headers that announce them.

Three fixed windows are counted per authenticated call: a short one per kind (reads and writes
have separate budgets; Faults sets them), a long global one, and one per route. Every answer
under /rest/ carries the numbers, so a client can pace itself by the headers alone: when
Calls-Left reaches 0 the next call of that kind is answered 429 until Decay seconds have
passed. Without a configured budget the limits are generous but still count down, so clients
see live headers. Decay is whole seconds (rounded up), as plentymarkets sends it.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..faults import Faults

DEFAULT_SHORT = (500, 1.0)
"""Calls and seconds of the short window when Faults sets no budget."""
LONG = (100_000, 3600.0)
"""The long window: everything counts, nothing configures it."""


@dataclass
class Window:
    """A fixed window that starts with its first counted call."""

    limit: int
    period_s: float
    started: float | None = None
    used: int = 0

    def roll(self, now: float, limit: int, period_s: float) -> None:
        """Apply the current limits and forget an elapsed window."""
        self.limit, self.period_s = limit, period_s
        if self.started is not None and now - self.started >= period_s:
            self.started, self.used = None, 0

    @property
    def left(self) -> int:
        return max(0, self.limit - self.used)

    def decay(self, now: float) -> int:
        """Seconds until this window refills (a fresh window: its whole period)."""
        end = (self.started if self.started is not None else now) + self.period_s
        return max(0, math.ceil(end - now))

    def take(self, now: float) -> None:
        if self.started is None:
            self.started = now
        self.used += 1


class PlentyThrottle:
    """The call counters of one server. Thread-safe."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._short = {kind: Window(*DEFAULT_SHORT) for kind in ("read", "write")}
        self._long = Window(*LONG)
        self._routes: dict[str, Window] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _short_limits(kind: str, faults: Faults) -> tuple[int, float]:
        budget = faults.write_budget if kind == "write" else faults.read_budget
        period = faults.write_period_s if kind == "write" else faults.read_period_s
        return (budget, period) if budget is not None else DEFAULT_SHORT

    def _windows(self, kind: str, route: str, faults: Faults) -> tuple[Window, Window, Window]:
        """The three windows of a call, rolled forward to now under the current limits."""
        now = self._clock()
        limit, period = self._short_limits(kind, faults)
        short = self._short[kind]
        route_window = self._routes.setdefault(route, Window(limit, period))
        short.roll(now, limit, period)
        route_window.roll(now, limit, period)
        self._long.roll(now, *LONG)
        return short, self._long, route_window

    def charge(self, kind: str, route: str, faults: Faults) -> str | None:
        """Count one call; None if allowed, else the message of the 429 answer."""
        with self._lock:
            short, long, route_window = self._windows(kind, route, faults)
            if short.left == 0:
                return f"short period {kind} limit reached"
            if long.left == 0:
                return "long period limit reached"
            now = self._clock()
            for window in (short, long, route_window):
                window.take(now)
            return None

    def headers(self, kind: str, route: str, faults: Faults) -> dict[str, str]:
        """The X-Plenty-* headers describing the windows after this call."""
        with self._lock:
            short, long, route_window = self._windows(kind, route, faults)
            now = self._clock()
            return {
                "X-Plenty-Global-Long-Period-Limit": str(long.limit),
                "X-Plenty-Global-Long-Period-Calls-Left": str(long.left),
                "X-Plenty-Global-Long-Period-Decay": str(long.decay(now)),
                "X-Plenty-Global-Short-Period-Limit": str(short.limit),
                "X-Plenty-Global-Short-Period-Calls-Left": str(short.left),
                "X-Plenty-Global-Short-Period-Decay": str(short.decay(now)),
                "X-Plenty-Route-Calls-Left": str(route_window.left),
                "X-Plenty-Route-Decay": str(route_window.decay(now)),
            }
