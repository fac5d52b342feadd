"""Pacing calls by the budget the marketplace reports, before it says 429.

plentymarkets reports its remaining budget on every answer in `X-Plenty-*-Calls-Left` and the
seconds until each window refills in `X-Plenty-*-Decay` (short period, long period, route).
The throttle keeps the latest reading of each window, counts the calls it let out since, and
makes the next call wait for the refill when a window is about to run dry. Waits go through
the connection's `WaitPolicy` (waits.py): announced when long ("rate limit: waiting 42 s"),
refused beyond the ceiling (a long-period decay of a day stops the save for a later resume),
and cancellable. A decay that makes no sense (negative, NaN, inf) is ignored.

**Precise pacing** (issue 16: a shuffle of 100 took 8.7 s where the budget allows 8.0 s):
* a reading is dated by when the server counted the call, not when its answer arrived. The
  server's window ends at most Decay seconds after it counted that call; the call was
  counted at the latest one fastest way back before its answer arrived, and the next call
  takes at least the fastest way there: so the next call may leave at answer - (fastest
  round trip) + Decay. The fastest round trip is the least one seen (+ SAFETY_S); while
  fewer than TRUSTED_ROUND_TRIPS are known, half of it, because the first few samples
  overestimate it and an overestimate would send too early. Dating by the send time drew
  429s under load (a slow round trip was slow before the server counted it); dating by the
  answer waited one round trip too long in every window;
* calls sent after the answered one are not in its Calls-Left yet (they were still on their
  way): they are subtracted, so a burst at a window's start never overdraws it into a 429;
* reads and writes have budgets of their own (the short period and the route windows): a
  read's generous reading must not be merged into the writes' window (it moved the writes'
  refill up to the read's, and the next write drew a 429 and a penalty wait).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from imagedeck.marketplaces.waits import WaitPolicy, default_policy, sane_seconds

WINDOWS = ("global-short-period", "global-long-period", "route")
SHARED_WINDOWS = ("global-long-period", "penalty")
"""Windows every call counts in; the others are kept per kind of call (read or write)."""
MAX_IN_FLIGHT = 4
SAFETY_S = 0.01
"""Added to each refill time: a next call with less latency than the measured one must not
arrive before the window has ended (a 429 costs a whole penalty wait)."""
_SENT_REMEMBERED = 256
_ROUND_TRIPS_REMEMBERED = 32
TRUSTED_ROUND_TRIPS = 8


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
        self._sent = 0  # calls let out so far; before_call returns each one's number
        self._sent_at: dict[int, float] = {}  # call number → when it was let out
        self._round_trips: deque[float] = deque(maxlen=_ROUND_TRIPS_REMEMBERED)

    def observe(self, headers: Mapping[str, str], sent: int | None = None, kind: str = "") -> None:
        """Read the budget from an answer's headers (lower-case keys); `sent` is the number
        before_call gave the answered call and `kind` its kind (see "Precise pacing")."""
        now = self._clock()
        dated, later = now, 0
        if sent is not None and sent in self._sent_at:
            self._round_trips.append(now - self._sent_at[sent])
            fastest = min(self._round_trips)
            if len(self._round_trips) < TRUSTED_ROUND_TRIPS:
                fastest /= 2
            dated, later = now - fastest + SAFETY_S, self._sent - sent
        self._observe(headers, now, dated, later, kind)

    def _observe(
        self, headers: Mapping[str, str], now: float, dated: float, later: int, kind: str
    ) -> None:
        for header_name in WINDOWS:
            name = _window_name(header_name, kind)
            left = headers.get(f"x-plenty-{header_name}-calls-left")
            decay = headers.get(f"x-plenty-{header_name}-decay")
            if left is None or decay is None:
                continue
            seconds = sane_seconds(decay)
            try:
                calls_left = int(float(left)) - later
            except (ValueError, OverflowError):
                continue
            if seconds is None:
                continue  # nonsense: the retry's normal backoff covers a 429 it may bring
            resets_at = dated + seconds
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

    async def before_call(self, kind: str = "") -> int:
        """Wait, if needed, until every window a call of `kind` ("read", "write") counts in
        has budget for one more; then spend it. Returns the call's number for `observe`."""
        async with self._lock:
            while True:
                now = self._clock()
                dry = [
                    w.resets_at - now
                    for name, w in self._windows.items()
                    if w.calls_left <= 0 and w.resets_at > now and _counts(name, kind)
                ]
                if not dry:
                    break
                await self.waits.wait(max(dry), "rate limit")
            now = self._clock()
            for name, window in list(self._windows.items()):
                if window.resets_at <= now:
                    del self._windows[name]  # refilled; the next answer tells the new budget
                elif _counts(name, kind):
                    window.calls_left -= 1
            self._sent += 1
            self._sent_at[self._sent] = now
            self._sent_at.pop(self._sent - _SENT_REMEMBERED, None)
            return self._sent


def _window_name(header_name: str, kind: str) -> str:
    return header_name if header_name in SHARED_WINDOWS or not kind else f"{header_name}/{kind}"


def _counts(window_name: str, kind: str) -> bool:
    """Whether a call of `kind` counts in the window (all do when the kind is not known)."""
    return not kind or "/" not in window_name or window_name.endswith(f"/{kind}")
