"""Files ImageDeck writes are private to the user: folders 0700, files 0600 on POSIX.

The journal, the logs, the settings and the caches hold base URLs, user names, listing ids and
local file paths; on a shared computer they once were 0644/0755, readable by every account.
On Windows they live in the user's profile, whose ACLs already keep other users out, so the
calls below change nothing there. `IMAGEDECK_DATA_DIR` folders are treated the same way.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) and make it 0700 (POSIX); answers it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    return _with_mode(path, DIR_MODE)


def private_file(path: Path) -> Path:
    """Make an existing file 0600 (POSIX); answers it."""
    return _with_mode(path, FILE_MODE)


def _with_mode(path: Path, mode: int) -> Path:
    """Give `path` this mode (POSIX) unless it has it; a path that is not ours to change
    (a shared folder given by the user) is left as it is."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 != mode:
                path.chmod(mode)
    return path


def private_files_in(folder: Path) -> None:
    """Tighten a folder and everything in it (files written before this version)."""
    private_dir(folder)
    if os.name != "posix":
        return
    for entry in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if entry.is_symlink():
                continue
            if entry.is_dir():
                private_dir(entry)
            else:
                private_file(entry)
