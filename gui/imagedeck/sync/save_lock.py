"""One save, one writer: a lock file per journaled save, held by the process sending it.

Two ImageDeck processes on one data folder (a second window, `imagedeck resume` while the
window saves) once sent the same save twice: 74 PUTs where 39 were needed. Now the process
that runs a save holds `<journal folder>/locks/save-<id>.lock`: an OS file lock (flock on
POSIX, msvcrt on Windows) with the owner's process id written inside. Another process that
wants the save sees "in progress in ImageDeck process N" and leaves it alone.

Why an OS lock rather than "a pid file whose process is alive": the kernel drops the lock the
moment its owner dies, SIGKILL and power-cut-free crashes included, so a dead owner's save is
taken over without guessing about reused process ids. The lock is taken inside the journal
transaction that creates the save (`Journal.begin(claim=…)`), so no other process ever sees
the save running without its owner holding it.

`InstanceLock` is the same mechanism for the window: a second window is allowed, but it
learns that another one (process N) is open and says so.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from imagedeck.private_files import private_dir, private_file

if TYPE_CHECKING:
    from imagedeck.model.image import ListingRef
    from imagedeck.sync.journal import Journal, JournalSave

LOCKS = "locks"


class SaveInProgress(Exception):
    """Another live ImageDeck process holds the save; it was left alone."""

    def __init__(self, what: str, pid: int | None) -> None:
        self.pid = pid
        owner = f"ImageDeck process {pid}" if pid else "another ImageDeck process"
        super().__init__(f"{what}: in progress in {owner}; left alone")


class SaveGone(Exception):
    """The save was finished or discarded elsewhere while this process waited for it."""


def _try_lock(handle: IO[str]) -> bool:
    """Take the OS lock of an open file without waiting; whether it was taken."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _owner(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


class FileLock:
    """An OS lock on one file, recording the holder's process id inside it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, *, record: bool = True) -> int | None:
        """Take the lock; None when taken, else the pid of the live holder (or 0 if unknown).
        `record`: write this process's id into the file (not for a mere look)."""
        private_dir(self.path.parent)
        for _ in range(5):  # the file may be replaced between open and lock: try again
            handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - kept open
            private_file(self.path)
            if not _try_lock(handle):
                handle.close()
                return _owner(self.path) or 0
            try:
                same = os.fstat(handle.fileno()).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # released and removed by its owner after we opened it
                _unlock(handle)
                handle.close()
                continue
            if record:
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()))
                handle.flush()
            self._handle = handle
            return None
        return 0

    def release(self, *, remove: bool = True) -> None:
        """Give the lock up (and, by default, remove the file while still holding it)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if remove and os.name != "nt":
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(handle)
        handle.close()

    def holder(self) -> int | None:
        """The pid of a live holder, or None when nobody holds it (nothing is taken)."""
        if self.held:
            return os.getpid()
        if not self.path.exists():
            return None
        pid = self.acquire(record=False)
        if pid is None:
            self.release(remove=False)
        return pid


def lock_folder(journal_file: Path) -> Path:
    return journal_file.parent / LOCKS


class SaveLock(FileLock):
    """The lock of one journaled save."""

    def __init__(self, journal_file: Path, save_id: int) -> None:
        super().__init__(lock_folder(journal_file) / f"save-{save_id}.lock")
        self.save_id = save_id

    def claim(self, what: str) -> SaveLock:
        """Hold the save, or raise SaveInProgress naming its owner."""
        owner = self.acquire()
        if owner is not None:
            raise SaveInProgress(what, owner or None)
        return self


class SaveLocks:
    """The locks one save engine holds, keyed by save id (none without a journal)."""

    def __init__(self, journal: Journal | None) -> None:
        self.journal = journal
        self._held: dict[int, SaveLock] = {}

    def claimer(self, listing: ListingRef) -> Callable[[int], None] | None:
        """For `Journal.begin`: takes a new save's lock inside the transaction creating it."""
        journal = self.journal
        if journal is None:
            return None

        def claim(save_id: int) -> None:
            self._held[save_id] = SaveLock(journal.path, save_id).claim(listing.describe())

        return claim

    def hold(self, save: JournalSave) -> JournalSave:
        """Take an unfinished save's lock and answer its current journal record (another
        process may have sent more of it, or finished it, since `save` was read)."""
        if self.journal is None:
            return save
        lock = SaveLock(self.journal.path, save.id).claim(save.listing.describe())
        current = self.journal.get(save.id)
        if current is None or current.state != "running":
            lock.release()
            raise SaveGone(f"{save.listing.describe()}: finished elsewhere meanwhile")
        self._held[save.id] = lock
        return current

    def release(self, save_id: int | None) -> None:
        lock = self._held.pop(save_id, None) if save_id is not None else None
        if lock is not None:
            lock.release()


def save_holder(journal_file: Path, save_id: int) -> int | None:
    """The process id of the live ImageDeck holding a save, or None."""
    return SaveLock(journal_file, save_id).holder()


class InstanceLock(FileLock):
    """Held by each window for its lifetime; a second window learns about the first."""

    def __init__(self, data_folder: Path, index: int = 0) -> None:
        super().__init__(data_folder / LOCKS / f"window-{index}.lock")

    @classmethod
    def claim_any(cls, data_folder: Path) -> tuple[InstanceLock, list[int]]:
        """Hold the first free window slot; also answers the pids of windows already open."""
        others: list[int] = []
        for index in range(64):
            lock = cls(data_folder, index)
            owner = lock.acquire()
            if owner is None:
                return lock, others
            others.append(owner)
        return cls(data_folder, 64), others
