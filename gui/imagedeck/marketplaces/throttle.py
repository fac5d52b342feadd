"""Pacing calls by the budget the marketplace reports, before it says 429.

plentymarkets reports its remaining budget on every answer in `X-Plenty-*-Calls-Left` and the
seconds until each window refills in `X-Plenty-*-Decay` (short period, long period, route).
The throttle keeps the latest reading of each window, counts the calls it let out since, and
makes the next call wait for the refill when a window is about to run dry. Waits go through
the connection's `WaitPolicy` (waits.py): announced when long ("rate limit: waiting 42 s"),
refused beyond the ceiling (a long-period decay of a day stops the save for a later resume),
and cancellable. A decay that makes no sense (negative, NaN, inf) is ignored.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from imagedeck.marketplaces.waits import WaitPolicy, default_policy, sane_seconds

WINDOWS = ("global-short-period", "global-long-period", "route")
MAX_IN_FLIGHT = 4


@dataclass
class Window:
    calls_left: int
    resets_at: float  # monotonic time the window refills


class Throttle:
    """Shared by all calls of one connection on one event loop."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, waits: WaitPolicy | None = None
    ) -> None:
        self._clock = clock
        self._windows: dict[str, Window] = {}
        self._lock = asyncio.Lock()
        self.waits = waits or default_policy()

    def observe(self, headers: Mapping[str, str]) -> None:
        """Read the budget from an answer's headers (lower-case keys)."""
        now = self._clock()
        for name in WINDOWS:
            left = headers.get(f"x-plenty-{name}-calls-left")
            decay = headers.get(f"x-plenty-{name}-decay")
            if left is None or decay is None:
                continue
            seconds = sane_seconds(decay)
            try:
                calls_left = int(float(left))
            except (ValueError, OverflowError):
                continue
            if seconds is None:
                continue  # nonsense: the retry's normal backoff covers a 429 it may bring
            resets_at = now + seconds
            known = self._windows.get(name)
            if known is not None and now < known.resets_at:
                # Same window: Decay is rounded up to whole seconds, so every reading is an
                # upper bound of the refill time; the smallest one is the closest.
                resets_at = min(resets_at, known.resets_at)
                calls_left = min(calls_left, known.calls_left)
            self._windows[name] = Window(calls_left, resets_at)

    def penalise(self, seconds: float, reason: str = "rate limit") -> None:
        """After a 429: no call goes out for `seconds`."""
        sane = sane_seconds(seconds)
        if sane is not None:
            self._windows["penalty"] = Window(0, self._clock() + sane)

    def in_flight_limit(self) -> int:
        """How many calls may run at once: fewer as the reported budget shrinks."""
        budgets = [w.calls_left for w in self._windows.values() if w.resets_at > self._clock()]
        if not budgets:
            return MAX_IN_FLIGHT
        return max(1, min(MAX_IN_FLIGHT, min(budgets) // 2))

    async def before_call(self) -> None:
        """Wait, if needed, until every window has budget for one more call; then spend it."""
        async with self._lock:
            while True:
                now = self._clock()
                dry = [
                    w.resets_at - now
                    for w in self._windows.values()
                    if w.calls_left <= 0 and w.resets_at > now
                ]
                if not dry:
                    break
                await self.waits.wait(max(dry), "rate limit")
            now = self._clock()
            for name, window in list(self._windows.items()):
                if window.resets_at <= now:
                    del self._windows[name]  # refilled; the next answer tells the new budget
                else:
                    window.calls_left -= 1
