"""Opening one of ImageDeck's SQLite files (the journal, the job store) the one way both need.

Private to the user before SQLite makes its -wal and -shm files (they take the database
file's mode), WAL so a reader never blocks the writer, foreign keys on, the schema created if
missing. Only `synchronous` differs: the journal wants FULL (a call marked done survives a
power cut), the job store NORMAL (a step it forgets is run again and finds its work done).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

from imagedeck.private_files import private_dir, private_file


def open_private_db(
    path: Path, schema: str, *, synchronous: Literal["FULL", "NORMAL"]
) -> sqlite3.Connection:
    """The connection to `path` (created if new), usable from several threads behind the
    caller's lock, in autocommit mode (transactions are the caller's BEGIN IMMEDIATE)."""
    private_dir(path.parent)
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    private_file(path)  # before WAL: SQLite gives its -wal and -shm files this mode
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    db.execute("PRAGMA foreign_keys=ON")
    db.executescript(schema)
    return db
