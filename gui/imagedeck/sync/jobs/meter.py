"""Counting a job's calls and reading the shop's rate budget from the answers.

Every answer passes the client's HTTP observer; this counts them (reads and writes apart)
and keeps the budget plentymarkets reports in `X-Plenty-Global-Short-Period-Limit` and
`-Decay`: the limit per window and, from the largest Decay seen, the window's length. The
floor of a job is then its calls ÷ (limit ÷ period), which is what `--dry-run` prints and
the Jobs panel's ETA uses — not an average of past calls, which is wrong while the budget
still has room and again once it is spent.
"""

from __future__ import annotations

from dataclasses import dataclass

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.http import HttpResponse
from imagedeck.marketplaces.observe import observe_answers

READ_METHODS = frozenset({"GET", "HEAD"})


@dataclass
class CallMeter:
    reads: int = 0
    writes: int = 0
    limit: int | None = None  # calls per window, as last reported
    period_s: float = 0.0  # the longest Decay seen: the window's length

    @property
    def calls(self) -> int:
        return self.reads + self.writes

    def observe(self, answer: HttpResponse) -> None:
        if answer.method.upper() in READ_METHODS:
            self.reads += 1
        else:
            self.writes += 1
        headers = answer.headers
        try:
            limit = headers.get("x-plenty-global-short-period-limit")
            decay = headers.get("x-plenty-global-short-period-decay")
            if limit is not None:
                self.limit = int(float(limit))
            if decay is not None:
                self.period_s = max(self.period_s, float(decay), 1.0)
        except ValueError:
            pass

    @property
    def calls_per_second(self) -> float | None:
        """The reported budget as a rate; None where the marketplace reports none."""
        if not self.limit or not self.period_s:
            return None
        return self.limit / self.period_s

    def floor_s(self, calls: int) -> float | None:
        """The least time `calls` can take within the reported budget."""
        rate = self.calls_per_second
        return None if rate is None else calls / rate

    def budget_text(self) -> str:
        if self.limit is None:
            return "no rate budget reported (no pacing needed)"
        return f"{self.limit} calls per {self.period_s:g} s"

    def attach(self, client: Marketplace) -> None:
        """Count every answer `client` receives from now on (its HTTP observer)."""
        observe_answers(client, self.observe)
