"""Every wait a marketplace asks for goes through here: announced, bounded, never silent.

A shop (or a proxy in front of it) may answer `Retry-After: 86400`, a plentymarkets long-period
decay of a day, `Retry-After: inf` or `-5`. Before this module, ImageDeck slept whatever it was
told (a CLI sitting silently for a day, a window saving forever) or retried at once (61 calls
in 0.4 s against a shop that had just said "slow down"). The rules, for both marketplaces:

- `sane_seconds` reads a server's wait; nonsense (negative, NaN, inf, more than a week, not a
  number) is None, and the caller falls back to its normal backoff.
- `WaitPolicy.wait` is the one place a marketplace wait is slept. A wait of `ANNOUNCE_S` or
  more is announced *before* it starts, with its length and reason (the window's status line
  through the save worker's progress signal; a line on stderr in the CLI). A wait longer than
  the ceiling (`max_wait_s`: Settings ▸ "longest wait", `--max-wait`) is not slept at all:
  `WaitTooLong` stops the call, the save engine leaves the journal entry for `imagedeck resume`,
  and the message names the time the shop accepts calls again.

The clock and the sleep are attributes so tests run a day-long wait in no time; the process
defaults (ceiling, announcer) are set once by the CLI or the app at start.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Waits at least this long are announced when they start.
ANNOUNCE_S = 2.0
#: The longest wait slept by default, in whole seconds: the one definition, which Settings'
#: "longest wait" and `--max-wait`'s help take as theirs (an int: settings.json keeps ints).
DEFAULT_MAX_WAIT_S = 180
#: A server wait longer than this is nonsense (no shop means "come back next month").
ABSURD_WAIT_S = 7 * 24 * 3600.0
#: One call (with its retries of timeouts and 5xx) gives up after about this long.
GIVE_UP_AFTER_S = 60.0

Announcer = Callable[[str], None]
Sleep = Callable[[float], Awaitable[None]]


def sane_seconds(value: object) -> float | None:
    """A wait in seconds from a header value or a number; None when it makes no sense.

    `Retry-After` may also be an HTTP date; that is read as the seconds until then.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        text = str(value).strip()
        try:
            seconds = float(text)
        except ValueError:
            until = _seconds_until_http_date(text)
            if until is None:
                return None
            seconds = until
    if math.isnan(seconds) or math.isinf(seconds) or seconds < 0 or seconds > ABSURD_WAIT_S:
        return None
    return seconds


def _seconds_until_http_date(text: str) -> float | None:
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def duration(seconds: float) -> str:
    """'45 s', '12 min', '3 h 20 min', '2 days': a wait as a person reads it."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return f"{round(hours / 24)} days"


def waiting_text(seconds: float) -> str:
    """The status line while the marketplace's budget refills (English for the CLI and logs;
    the window shows it translated)."""
    return QT_TRANSLATE_NOOP("Session", "rate limit: waiting {seconds} s").format(
        seconds=f"{seconds:.0f}"
    )


class WaitTooLong(MarketplaceError):
    """The shop asked for a wait beyond the ceiling; nothing was slept, the call stopped.

    `until` is the wall-clock time (UTC) the shop accepts calls again. A journaled save stays
    unfinished, so `imagedeck resume` or the window's offer continues it after that time.
    """

    def __init__(self, seconds: float, reason: str, ceiling: float, *, host: str = "") -> None:
        self.seconds = seconds
        self.reason = reason
        self.ceiling = ceiling
        self.until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)
        who = host or "the shop"
        super().__init__(
            f"{who} asks ImageDeck to wait {duration(seconds)} ({reason}), longer than the "
            f"{duration(ceiling)} it waits at most (Settings, or --max-wait); it stopped instead. "
            f"The shop accepts calls again at {self.until:%Y-%m-%d %H:%M} UTC",
            status=429,
        )


class SaveStopped(WaitTooLong):
    """A save stopped by a wait beyond the ceiling, after part of it was journaled: the same
    facts, plus how to continue it."""

    def __init__(self, cause: WaitTooLong) -> None:
        MarketplaceError.__init__(
            self,
            f"{cause.message}. Nothing is lost: the rest of the save is kept; after that time "
            "run `imagedeck resume`, or open ImageDeck, which offers to finish it",
            status=cause.status,
        )
        self.seconds, self.reason, self.ceiling = cause.seconds, cause.reason, cause.ceiling
        self.until = cause.until


@dataclass
class WaitPolicy:
    """How one client waits: the ceiling, the announcer, and (for tests) clock and sleep."""

    max_wait_s: float | None = None  # None: the process default, read at each wait
    give_up_after_s: float = GIVE_UP_AFTER_S
    announce: Announcer | None = None
    clock: Callable[[], float] = field(default=time.monotonic)
    sleep: Sleep = field(default=asyncio.sleep)
    host: str = ""

    @property
    def ceiling(self) -> float:
        """The longest wait slept: this policy's own, else the process default (live, so a
        changed setting reaches clients that are already open)."""
        return self.max_wait_s if self.max_wait_s is not None else _defaults.max_wait_s

    def check(self, seconds: float, reason: str, *, announce: bool = True) -> None:
        """Raise WaitTooLong if `seconds` is beyond the ceiling; else announce a long one."""
        ceiling = self.ceiling
        if seconds > ceiling:
            log.warning("not waiting %.0f s (%s): beyond the %.0f s ceiling", seconds, reason,
                        ceiling)  # fmt: skip
            raise WaitTooLong(seconds, reason, ceiling, host=self.host)
        if announce and seconds >= ANNOUNCE_S:
            self.say(waiting_text(seconds))

    async def wait(self, seconds: float, reason: str, *, announce: bool = True) -> None:
        """Sleep `seconds` unless it is beyond the ceiling; announced when it starts."""
        self.check(seconds, reason, announce=announce)
        if seconds > 0:
            await self.sleep(seconds)

    def say(self, text: str) -> None:
        """Tell the user (and the log) about a wait or a retry, as it starts."""
        log.info("%s", text)
        for listener in (self.announce, _defaults.announce):
            if listener is not None:
                listener(text)


@dataclass
class _Defaults:
    max_wait_s: float = float(DEFAULT_MAX_WAIT_S)
    announce: Announcer | None = None  # the CLI's stderr line; the app leaves it None
    clock: Callable[[], float] = field(default=time.monotonic)
    sleep: Sleep = field(default=asyncio.sleep)


_defaults = _Defaults()


def configure(
    *, max_wait_s: float | None = None, announce: Announcer | None | bool = False
) -> None:
    """Set the process-wide ceiling (CLI `--max-wait`, Settings) and the stderr announcer.

    `announce=False` leaves the announcer as it is; None removes it.
    """
    if max_wait_s is not None:
        _defaults.max_wait_s = max(0.0, float(max_wait_s))
    if announce is not False:
        _defaults.announce = announce  # type: ignore[assignment]


def default_policy(host: str = "") -> WaitPolicy:
    """A policy with the process defaults (each client gets its own)."""
    return WaitPolicy(clock=_defaults.clock, sleep=_defaults.sleep, host=host)


def announce(text: str) -> bool:
    """A notice that is not about one client (e.g. the plain-HTTP warning); True when the
    process announcer (the CLI's stderr line) carried it, not only the log."""
    log.warning("%s", text)
    if _defaults.announce is None:
        return False
    _defaults.announce(text)
    return True
