"""Fault injection: the ways real marketplaces misbehave, switchable while the server runs.

Everything is off by default. Tests change the fields of a live `Faults` object
(`server.faults.error_rate = 0.3`); the server reads them on every request, so a change takes
effect with the next request. Random choices come from one generator seeded by `seed`, so a
failing run can be replayed; assigning `seed` at runtime restarts that sequence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, fields
from typing import Literal, cast

DropWhen = Literal["before", "after", "either"]


@dataclass
class Faults:
    """What can go wrong, per request. Rates are probabilities in [0, 1]."""

    latency_ms: float = 0.0
    """Added to every request (API calls and file downloads alike)."""
    latency_jitter_ms: float = 0.0
    """Extra random latency, uniform in [0, jitter]."""

    write_budget: int | None = None
    """plentymarkets writes (POST/PUT/DELETE) allowed per `write_period_s`; then HTTP 429."""
    write_period_s: float = 1.0
    read_budget: int | None = None
    """plentymarkets reads (GET) allowed per `read_period_s`; then HTTP 429."""
    read_period_s: float = 1.0
    retry_after_s: float | None = None
    """Sent as `Retry-After` on every plentymarkets 429 (gateways in front of a marketplace
    add it); None: only the X-Plenty-* decay headers tell how long to wait."""

    error_rate: float = 0.0
    """Chance of an HTTP 500/502/503 with an HTML error page instead of the real answer."""
    drop_rate: float = 0.0
    """Chance that the connection is closed without any answer."""
    drop_when: DropWhen = "before"
    """Whether a dropped request was applied: "before" = not applied, "after" = applied and
    only the answer is lost (the hard case for a client), "either" = half and half."""

    token_ttl_s: float | None = None
    """Access tokens die this many seconds after they were issued (both marketplaces)."""
    token_max_calls: int | None = None
    """Access tokens die after answering this many authenticated calls."""

    seed: int | None = None
    """Seed of the random choices above; None draws from the OS."""

    _rng: random.Random = field(init=False, repr=False, compare=False)  # set with the seed

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, value)
        if name == "seed":  # every assignment restarts the sequence, even to the same seed
            super().__setattr__("_rng", random.Random(cast("int | None", value)))

    def random(self) -> float:
        """The next number of the fault sequence."""
        return self._rng.random()

    def happens(self, rate: float) -> bool:
        """True with probability `rate`; never draws a number when the rate is 0."""
        return rate > 0 and self.random() < rate

    def latency_s(self) -> float:
        """How long to hold the current request, in seconds."""
        jitter = self.latency_jitter_ms * self.random() if self.latency_jitter_ms > 0 else 0.0
        return max(0.0, self.latency_ms + jitter) / 1000.0

    def clear(self) -> None:
        """Switch every fault off again (the seed stays)."""
        for spec in fields(self):
            if spec.init and spec.name != "seed":
                setattr(self, spec.name, spec.default)
