"""The journal and the job store open their SQLite files one way (sync/sqlite_file.py): WAL,
foreign keys, private to the user; only how hard they sync differs, and it must stay so."""

from __future__ import annotations

import os
from pathlib import Path

from imagedeck.sync.jobs.store import JobStore
from imagedeck.sync.journal import Journal


def _pragmas(db: object) -> tuple[str, int, int]:
    execute = db.execute  # type: ignore[attr-defined]
    return (
        execute("PRAGMA journal_mode").fetchone()[0],
        execute("PRAGMA synchronous").fetchone()[0],
        execute("PRAGMA foreign_keys").fetchone()[0],
    )


def test_journal_syncs_fully_and_job_store_normally(tmp_path: Path) -> None:
    full, normal = 2, 1  # SQLite's numbers for synchronous=FULL and NORMAL
    with Journal(tmp_path / "data" / "journal.sqlite3") as journal:
        assert _pragmas(journal._db) == ("wal", full, 1)
    with JobStore(tmp_path / "data" / "jobs.sqlite3") as store:
        assert _pragmas(store._db) == ("wal", normal, 1)
    if os.name == "posix":
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
        for name in ("journal.sqlite3", "jobs.sqlite3"):
            assert (tmp_path / "data" / name).stat().st_mode & 0o777 == 0o600
