"""The save journal: every planned call is on disk before it is sent.

A save is written as one row in `saves` plus one row per planned call in `calls`, in a single
transaction, before the first call goes out; each call is marked done right after the server
accepted it. After a crash, a kill or a closed laptop, `unfinished()` lists what is left and
the engine sends those calls, then verifies. PUTs and DELETEs are simply sent again; a POST
(a new image name, availability or variation link) keeps in its `meta` how to check whether
it reached the server before the crash, and the engine skips it if so. The save also keeps
the details it wanted for each image it changed, so the resumed save can verify them.

SQLite in WAL mode with `synchronous=FULL`: a call marked done survives a power cut, and a
reader (the GUI asking "is there anything to resume?") never blocks the writer.
Secrets are never stored here: a resumed save gets them from the keyring or environment.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.model.details import ImageDetails, details_from_data, details_to_data
from imagedeck.model.image import ListingRef
from imagedeck.sync.sqlite_file import open_private_db
from imagedeck.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS saves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    marketplace TEXT NOT NULL,
    base_url TEXT NOT NULL,
    account TEXT NOT NULL,          -- plentymarkets user or AutoScout24 client id
    connection TEXT NOT NULL,       -- the connection's name, to find its secrets again
    listing_id TEXT NOT NULL,
    variation_id TEXT,
    wanted TEXT NOT NULL,           -- JSON list of image ids, the order the user asked for
    state TEXT NOT NULL DEFAULT 'running',   -- running | done | cancelled | failed
    message TEXT NOT NULL DEFAULT '',
    wanted_details TEXT             -- JSON {image id: details} of the images whose details change
);
CREATE TABLE IF NOT EXISTS calls (
    save_id INTEGER NOT NULL REFERENCES saves(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT,                      -- JSON
    label TEXT NOT NULL,
    done REAL,                      -- time the server accepted it; NULL = still to send
    meta TEXT,                      -- JSON PlannedCall.meta (e.g. how to check a POST)
    PRIMARY KEY (save_id, seq)
);
"""

#: Columns added after the first release: (table, column, type), added to older journals.
ADDED_COLUMNS = (("saves", "wanted_details", "TEXT"), ("calls", "meta", "TEXT"))


@dataclass
class JournalCall:
    seq: int
    call: PlannedCall
    done: bool


@dataclass
class JournalSave:
    """One save as the journal remembers it."""

    id: int
    created: float
    marketplace: str
    base_url: str
    account: str
    connection: str
    listing: ListingRef
    wanted: list[str]
    state: str
    message: str = ""
    calls: list[JournalCall] = field(default_factory=list)
    wanted_details: dict[str, ImageDetails] = field(default_factory=dict)

    @property
    def pending(self) -> list[JournalCall]:
        return [c for c in self.calls if not c.done]

    def summary(self) -> str:
        """E.g. "plentymarkets item 101: 12 of 40 calls left"."""
        left = len(self.pending)
        return QT_TRANSLATE_NOOP("Journal", "{listing}: {left} of {total} calls left").format(
            listing=self.listing.describe(), left=left, total=len(self.calls)
        )


class Journal:
    """The SQLite journal; one instance may be used from several threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_private_db(path, SCHEMA, synchronous="FULL")
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """A journal written by an older version lacks the newer columns: add them, so its
        unfinished saves can still be resumed."""
        for table, column, kind in ADDED_COLUMNS:
            present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in present:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def begin(
        self,
        *,
        marketplace: str,
        base_url: str,
        account: str,
        connection: str,
        listing: ListingRef,
        wanted: Sequence[str],
        calls: Sequence[PlannedCall],
        wanted_details: Mapping[str, ImageDetails] | None = None,
        claim: Callable[[int], None] | None = None,
    ) -> int:
        """Record a save and all its calls at once, before anything is sent.

        `claim(save_id)` runs inside the transaction, before it commits: the save lock is
        taken there, so no other process sees the save running without its owner."""
        with self._lock:
            cursor = self._db.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute(
                    "INSERT INTO saves (created, marketplace, base_url, account, connection,"
                    " listing_id, variation_id, wanted, wanted_details)"
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        time.time(),
                        marketplace,
                        base_url,
                        account,
                        connection,
                        listing.listing_id,
                        listing.variation_id,
                        json.dumps(list(wanted)),
                        json.dumps(
                            {i: details_to_data(d) for i, d in (wanted_details or {}).items()}
                        ),
                    ),
                )
                save_id = int(cursor.lastrowid or 0)
                cursor.executemany(
                    "INSERT INTO calls (save_id, seq, method, path, body, label, meta)"
                    " VALUES (?,?,?,?,?,?,?)",
                    [_call_row(save_id, seq, c) for seq, c in enumerate(calls)],
                )
                if claim is not None:
                    claim(save_id)
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
        return save_id

    def mark_done(self, save_id: int, seq: int) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE calls SET done=? WHERE save_id=? AND seq=?", (time.time(), save_id, seq)
            )

    def finish(self, save_id: int, state: str, message: str = "") -> None:
        """Close a save: 'done' (verified or not), 'cancelled' or 'failed'."""
        with self._lock:
            self._db.execute(
                "UPDATE saves SET state=?, message=? WHERE id=?", (state, message, save_id)
            )

    def get(self, save_id: int) -> JournalSave | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_SAVE_COLUMNS} FROM saves WHERE id=?", (save_id,)
            ).fetchone()
            if row is None:
                return None
            return self._load(row)

    def unfinished(self) -> list[JournalSave]:
        """Saves that were started but neither finished nor cancelled, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_SAVE_COLUMNS} FROM saves WHERE state='running' ORDER BY id"
            ).fetchall()
            return [self._load(row) for row in rows]

    def _load(self, row: tuple[Any, ...]) -> JournalSave:
        (save_id, created, marketplace, base_url, account, connection, listing_id,
         variation_id, wanted, state, message, wanted_details) = row  # fmt: skip
        calls = [
            JournalCall(
                seq,
                PlannedCall(method, path, json.loads(body), label, json.loads(meta or "{}")),
                done is not None,
            )
            for seq, method, path, body, label, done, meta in self._db.execute(
                "SELECT seq, method, path, body, label, done, meta FROM calls"
                " WHERE save_id=? ORDER BY seq",
                (save_id,),
            )
        ]
        details = _decode_details(save_id, wanted_details)
        return JournalSave(
            id=save_id,
            created=created,
            marketplace=marketplace,
            base_url=base_url,
            account=account,
            connection=connection,
            listing=ListingRef(marketplace, listing_id, variation_id),
            wanted=json.loads(wanted),
            state=state,
            message=message,
            calls=calls,
            wanted_details=details,
        )


_SAVE_COLUMNS = (
    "id, created, marketplace, base_url, account, connection, listing_id, variation_id,"
    " wanted, state, message, wanted_details"
)


def _decode_details(save_id: int, text: str | None) -> dict[str, ImageDetails]:
    """The wanted details of a save; ones this version cannot read are left out (the save's
    details are then not verified) rather than making the whole journal unreadable."""
    try:
        return {
            image_id: details_from_data(data) for image_id, data in json.loads(text or "{}").items()
        }
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("journal save %s: wanted details unreadable, not verified: %s", save_id, exc)
        return {}


def _call_row(save_id: int, seq: int, call: PlannedCall) -> tuple[Any, ...]:
    return (
        save_id,
        seq,
        call.method,
        call.path,
        json.dumps(call.json),
        call.label,
        json.dumps(call.meta),
    )
