"""Whole-catalogue jobs on disk: the plan of every listing, written before the first call.

A job (a folder import, `batch add/remove/main`) is one row in `jobs` and one row per
listing in `job_steps`, written in one transaction before anything is sent; each listing is
marked done (or failed, with the reason) when its work is over. The calls themselves go
through the save journal as before (each upload and each reorder is journaled before it is
sent): this store only remembers which listings are left, so that `imagedeck resume` (or
the window) can finish a job killed at any moment. A listing's work is idempotent — files
already there are found by MD5 and skipped, an order already right costs nothing — so
running an interrupted listing again never makes a duplicate.

SQLite beside the journal, in its own file so the journal's schema and locking stay its
own. WAL with `synchronous=NORMAL`, unlike the journal's FULL: a step marked done that a
power cut forgets is simply run again, and finds its work already there. The plan itself is
written with FULL, before any call. An fsync per listing measured 4-7 ms here, all of it
time the job's event loop stood still.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imagedeck.marketplaces.connection import Connection
from imagedeck.model.image import ListingRef
from imagedeck.paths import data_dir
from imagedeck.sync.sqlite_file import open_private_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    kind TEXT NOT NULL,              -- import | add | remove | main
    marketplace TEXT NOT NULL,
    base_url TEXT NOT NULL,
    account TEXT NOT NULL,
    connection TEXT NOT NULL,
    title TEXT NOT NULL,
    options TEXT NOT NULL,           -- JSON, the command's options
    state TEXT NOT NULL DEFAULT 'running',  -- running | paused | cancelled | done
    message TEXT NOT NULL DEFAULT '',
    calls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS job_steps (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    listing_id TEXT NOT NULL,
    variation_id TEXT,
    label TEXT NOT NULL,
    plan TEXT NOT NULL,              -- JSON, what to do on this listing
    state TEXT NOT NULL DEFAULT 'pending',  -- pending | done | failed
    message TEXT NOT NULL DEFAULT '',
    writes INTEGER NOT NULL DEFAULT 0,      -- planned writes (for the ETA)
    PRIMARY KEY (job_id, seq)
);
"""

UNFINISHED = ("running", "paused")


def jobs_path() -> Path:
    return data_dir() / "jobs.sqlite3"


@dataclass
class JobStep:
    seq: int
    listing: ListingRef
    label: str
    plan: dict[str, Any]
    state: str = "pending"
    message: str = ""
    writes: int = 0


@dataclass
class JobRecord:
    """One job as the store remembers it; field names match JournalSave's where they mean
    the same, so the CLI rebuilds the connection of either the same way."""

    id: int
    created: float
    kind: str
    marketplace: str
    base_url: str
    account: str
    connection: str
    title: str
    options: dict[str, Any]
    state: str
    message: str = ""
    calls: int = 0
    steps: list[JobStep] = field(default_factory=list)

    @property
    def pending(self) -> list[JobStep]:
        return [s for s in self.steps if s.state == "pending"]

    @property
    def failed(self) -> list[JobStep]:
        return [s for s in self.steps if s.state == "failed"]

    def summary(self) -> str:
        done = len(self.steps) - len(self.pending)
        return f"job {self.id} ({self.title}): {done} of {len(self.steps)} listings done"


class JobStore:
    """The jobs file; one instance may be used from several threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or jobs_path()
        self._lock = threading.Lock()
        self._db = open_private_db(self.path, SCHEMA, synchronous="NORMAL")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> JobStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def create(
        self,
        *,
        kind: str,
        marketplace: str,
        base_url: str,
        account: str,
        connection: str,
        title: str,
        options: dict[str, Any],
        steps: Sequence[JobStep],
    ) -> int:
        """Record a job and every listing's plan at once, before anything is sent."""
        with self._lock:
            self._db.execute("PRAGMA synchronous=FULL")  # the plan must survive a power cut
            cursor = self._db.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute(
                    "INSERT INTO jobs (created, kind, marketplace, base_url, account,"
                    " connection, title, options) VALUES (?,?,?,?,?,?,?,?)",
                    (time.time(), kind, marketplace, base_url, account, connection, title,
                     json.dumps(options)),
                )  # fmt: skip
                job_id = int(cursor.lastrowid or 0)
                cursor.executemany(
                    "INSERT INTO job_steps (job_id, seq, listing_id, variation_id, label, plan,"
                    " writes) VALUES (?,?,?,?,?,?,?)",
                    [
                        (job_id, seq, s.listing.listing_id, s.listing.variation_id, s.label,
                         json.dumps(s.plan), s.writes)
                        for seq, s in enumerate(steps)
                    ],
                )  # fmt: skip
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            finally:
                self._db.execute("PRAGMA synchronous=NORMAL")
        return job_id

    def create_for(
        self,
        connection: Connection,
        kind: str,
        title: str,
        options: dict[str, Any],
        steps: Sequence[JobStep],
    ) -> int:
        """`create` with the connection's fields (what a resume needs to find it again)."""
        return self.create(
            kind=kind,
            marketplace=connection.marketplace,
            base_url=connection.base_url,
            account=connection.username or connection.client_id,
            connection=connection.name,
            title=title,
            options=options,
            steps=steps,
        )

    def step_finished(
        self, job_id: int, seq: int, state: str, message: str = "", calls: int = 0
    ) -> None:
        """A listing's work is over ('done' or 'failed'); `calls` it sent are added up."""
        with self._lock:
            self._db.execute(
                "UPDATE job_steps SET state=?, message=? WHERE job_id=? AND seq=?",
                (state, message, job_id, seq),
            )
            self._db.execute("UPDATE jobs SET calls=calls+? WHERE id=?", (calls, job_id))

    def set_state(self, job_id: int, state: str, message: str = "") -> None:
        with self._lock:
            self._db.execute(
                "UPDATE jobs SET state=?, message=? WHERE id=?", (state, message, job_id)
            )

    def get(self, job_id: int) -> JobRecord | None:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id=?", (job_id,)).fetchone()
            return None if row is None else self._load(row)

    def unfinished(self) -> list[JobRecord]:
        """Jobs started and neither done nor cancelled, oldest first."""
        return self._where("state IN ('running', 'paused')")

    def recent(self, limit: int = 20) -> list[JobRecord]:
        """The newest jobs, newest first (the Jobs panel)."""
        return self._where(f"1 ORDER BY id DESC LIMIT {int(limit)}")

    def _where(self, condition: str) -> list[JobRecord]:
        with self._lock:
            order = "" if "ORDER BY" in condition else " ORDER BY id"
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM jobs WHERE {condition}{order}"
            ).fetchall()
            return [self._load(row) for row in rows]

    def _load(self, row: tuple[Any, ...]) -> JobRecord:
        (job_id, created, kind, marketplace, base_url, account, connection, title, options,
         state, message, calls) = row  # fmt: skip
        steps = [
            JobStep(seq, ListingRef(marketplace, listing_id, variation_id), label,
                    json.loads(plan), step_state, step_message, writes)
            for seq, listing_id, variation_id, label, plan, step_state, step_message, writes
            in self._db.execute(
                "SELECT seq, listing_id, variation_id, label, plan, state, message, writes"
                " FROM job_steps WHERE job_id=? ORDER BY seq",
                (job_id,),
            )
        ]  # fmt: skip
        return JobRecord(job_id, created, kind, marketplace, base_url, account, connection,
                         title, json.loads(options), state, message, calls, steps)  # fmt: skip


_COLUMNS = (
    "id, created, kind, marketplace, base_url, account, connection, title, options, state,"
    " message, calls"
)
