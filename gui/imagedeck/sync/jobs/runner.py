"""Running a job: its pending listings, a few at a time, paced by the shop's budget.

The runner takes the listings the store says are pending and runs each one's step
(steps.py). A few listings run at once so the job reaches the rate budget's floor even when
each call waits on the network; the client's throttle spends the budget call by call, so
more parallelism would only queue. A listing's failure is recorded with its reason and the
others go on. Pause holds new listings back; cancel lets the listings in flight finish and
leaves the others untouched (the job stays in the store as cancelled). Progress is reported
through plain callbacks: the CLI prints them, the window's worker turns them into signals.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.sync.engine import SaveConflict
from imagedeck.sync.jobs.meter import CallMeter
from imagedeck.sync.jobs.steps import STEPS, StepContext, StepResult
from imagedeck.sync.jobs.store import JobRecord, JobStep, JobStore
from imagedeck.sync.journal import Journal

log = logging.getLogger(__name__)

PARALLEL_LISTINGS = 8


@dataclass
class JobProgress:
    """What the Jobs panel shows: listings done of all, calls sent, seconds left."""

    job_id: int
    done: int
    total: int
    calls: int
    eta_s: float | None
    failures: list[tuple[str, str]] = field(default_factory=list)  # (listing, reason)


@dataclass
class JobOutcome:
    job_id: int
    state: str  # done | cancelled
    done: int
    failed: int
    problems: int  # files refused or failed, listings failed
    calls: int
    seconds: float


class JobControl:
    """Pause, resume and cancel from another thread or the same loop."""

    def __init__(self) -> None:
        self._running = asyncio.Event()
        self._running.set()
        self.cancelled = False

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self.cancelled = True
        self._running.set()

    async def wait_if_paused(self) -> None:
        await self._running.wait()


class JobRunner:
    def __init__(
        self,
        connection: Connection,
        client: Marketplace,
        journal: Journal | None,
        store: JobStore,
        *,
        prefs: object | None = None,
        on_line: Callable[[str], None] | None = None,
        on_progress: Callable[[JobProgress], None] | None = None,
        meter: CallMeter | None = None,
    ) -> None:
        self.store = store
        self.meter = meter or CallMeter()
        self.meter.attach(client)
        self.context = StepContext(connection, client, journal, prefs, on_line or (lambda _l: None))  # type: ignore[arg-type]
        self.on_progress = on_progress or (lambda _p: None)

    async def run(self, job: JobRecord, control: JobControl | None = None) -> JobOutcome:
        """Run the job's pending listings; returns how it went."""
        control = control or JobControl()
        started = time.monotonic()
        calls_before = self.meter.calls
        step_fn = STEPS[job.kind]
        queue = collections.deque(job.pending)
        left = [sum(s.writes for s in queue)]  # writes not yet started, for the ETA
        total = len(job.steps)
        done = total - len(queue)
        failures = [(s.label, s.message) for s in job.failed]
        problems = len(failures)
        self.store.set_state(job.id, "running")

        async def one(step: JobStep) -> None:
            nonlocal done, problems
            before = self.meter.calls
            try:
                result = await step_fn(self.context, step, job.options)
            except (MarketplaceError, SaveConflict, OSError) as error:
                result = StepResult("failed", str(error))
            await asyncio.to_thread(
                self.store.step_finished,
                job.id,
                step.seq,
                result.state,
                result.message,
                self.meter.calls - before,
            )
            done += 1
            if result.state == "failed":
                failures.append((step.label, result.message))
                problems += max(1, result.problems)
                self.context.on_line(f"{step.label}: failed: {result.message}")
            eta = self.meter.floor_s(left[0])
            self.on_progress(JobProgress(job.id, done, total, self.meter.calls, eta, failures))

        running: set[asyncio.Task[None]] = set()
        try:
            while queue or running:
                while queue and len(running) < PARALLEL_LISTINGS and not control.cancelled:
                    await control.wait_if_paused()
                    if control.cancelled:
                        break
                    step = queue.popleft()
                    left[0] -= step.writes
                    running.add(asyncio.ensure_future(one(step)))
                if not running:
                    break
                finished, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    task.result()
        finally:
            for task in running:
                task.cancel()
            if running:
                await asyncio.gather(*running, return_exceptions=True)
        state = "cancelled" if control.cancelled and queue else "done"
        self.store.set_state(job.id, state, f"{len(failures)} listings failed" if failures else "")
        return JobOutcome(
            job.id,
            state,
            done,
            len(failures),
            problems,
            self.meter.calls - calls_before,
            time.monotonic() - started,
        )
