"""What `imagedeck batch …` prints: the plan of a dry run, the figures, the summary.

Plain text, English, one fact per line, so that a shell script can grep it and a seller
can read it: each listing with its key and current image count, then one line per file
with what the plan does with it and why; then the totals, the API calls and the time the
shop's rate budget implies for them.
"""

from __future__ import annotations

from collections.abc import Callable

from imagedeck.batch.plan import ImportPlan, ListingPlan
from imagedeck.sync.jobs.meter import CallMeter
from imagedeck.sync.jobs.runner import JobOutcome

VERBS = {"upload": "upload", "skip": "skip", "refused": "refused", "limit": "over the limit"}


def listing_heading(plan: ListingPlan) -> str:
    return (
        f"{plan.key.key} ({plan.key.kind}, {plan.listing.describe()}): "
        f"{len(plan.current)} images now"
    )


def print_plan(plan: ImportPlan, meter: CallMeter, out: Callable[[str], None]) -> None:
    """The whole plan, as `--dry-run` shows it."""
    out(f"plan: {plan.folder} → {plan.marketplace}, new images at the {plan.at}"
        + (", replacing the old ones" if plan.replace else ""))  # fmt: skip
    for listing in plan.listings:
        out(listing_heading(listing))
        for file in listing.files:
            verb = VERBS[file.status]
            out(f"  {verb} {file.path}" + (f": {file.reason}" if file.reason else ""))
    for file in plan.unmatched:
        out(f"unmatched {file.path}: {file.reason}")
    print_figures(plan, meter, out)


def print_problems(plan: ImportPlan, out: Callable[[str], None]) -> None:
    """A real run's lines for the files the plan already knows will not go: refused, over
    the limit, unmatched (the others get their line when they are sent)."""
    for listing in plan.listings:
        for file in listing.files:
            if file.status in ("refused", "limit"):
                out(f"{VERBS[file.status]} {file.path}: {file.reason}")
    for file in plan.unmatched:
        out(f"unmatched {file.path}: {file.reason}")


def print_figures(plan: ImportPlan, meter: CallMeter, out: Callable[[str], None]) -> None:
    working = plan.working()
    out(
        f"listings: {len(working)} to change of {len(plan.listings)} matched; "
        f"uploads: {plan.count('upload')}; skips: {plan.count('skip')}; "
        f"refused: {plan.count('refused')}; over the limit: {plan.count('limit')}; "
        f"unmatched: {plan.count('unmatched')}"
    )
    writes, reads = plan.write_calls(), plan.read_calls()
    out(f"API calls: {writes} writes and about {reads} reads "
        f"({meter.calls} read for this plan)")  # fmt: skip
    print_time(writes + reads, meter, out)


def print_time(calls: int, meter: CallMeter, out: Callable[[str], None]) -> None:
    floor = meter.floor_s(calls)
    if floor is None:
        out(f"rate budget: {meter.budget_text()}")
    else:
        out(f"rate budget: {meter.budget_text()}; {calls} calls take at least {_duration(floor)}")


def print_outcome(outcome: JobOutcome, meter: CallMeter, out: Callable[[str], None]) -> None:
    floor = meter.floor_s(outcome.calls)
    against = f" (rate budget floor {_duration(floor)})" if floor is not None else ""
    out(
        f"job {outcome.job_id} {outcome.state}: {outcome.done} listings done, "
        f"{outcome.failed} failed; {outcome.calls} calls in {_duration(outcome.seconds)}{against}"
    )


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(int(round(seconds)), 60)
    if minutes < 120:
        return f"{minutes} min {rest} s"
    return f"{minutes // 60} h {minutes % 60} min"
