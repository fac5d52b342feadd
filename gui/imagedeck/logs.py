"""The support log: a rotating file in the platform's log folder, with secrets redacted.

A log a seller sends to support must not hand over their shop. Redaction therefore happens
on the *formatted* line — message, arguments and exception text with its traceback — so a
secret inside an exception's message (an httpx error quoting a URL with ``?code=…``, a
``repr`` of a request) is caught as well. Two nets: patterns for what secrets look like
(Authorization headers, bearer tokens, ``password=…``, ``"refreshToken": "…"``, ``?code=``),
and the literal values ImageDeck knows to be secret (every password, client secret and
token it reads from or writes to the keyring is registered with `register_secret`).

Plain Python; the error-report dialog uses `redact` on its text too.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import threading
import time
from pathlib import Path
from typing import IO

from imagedeck.paths import log_dir
from imagedeck.private_files import private_file, private_files_in

LOG_FILE = "imagedeck.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
MASK = "***"
#: Shorter values are not masked literally: "demo" or "1" would blank out ordinary text.
MIN_LITERAL = 6

_KEYS = (
    r"password|passwd|pwd|client_?secret|secret|access_?token|refresh_?token|id_?token|"
    r"token|code|api_?key|authorization"
)
# In prose ("password: x") only unambiguous words: "status code: 500" must stay readable.
_PROSE_KEYS = r"password|client_?secret|access_?token|refresh_?token|bearer token"
_PATTERNS = [
    # Authorization: Bearer abc / Basic abc (header lines, dict reprs, curl-style)
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?:bearer|basic)?\s*[^\s'\",}]+"),
    re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]+"),
    # key=value in query strings and forms (?code=…&refresh_token=…)
    re.compile(rf"(?i)([?&;\s(,]|^)((?:{_KEYS})=)[^&\s'\",)]+"),
    # "key": "value" / 'key': 'value' / key: value in JSON, dict reprs and prose
    re.compile(rf"(?i)(['\"]?(?:{_KEYS})['\"]?\s*:\s*['\"])[^'\"]*"),
    re.compile(rf"(?i)(\b(?:{_PROSE_KEYS})\s*:\s+)(?!['\"])[^\s,;)]+"),
    # user:password@ in a URL (a --base-url with credentials in it)
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s@'\"]+@"),
]

_known: set[str] = set()
_known_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask this exact value wherever it appears in a log line from now on."""
    if value and len(value) >= MIN_LITERAL:
        with _known_lock:
            _known.add(value)


def redact(text: str) -> str:
    """`text` with every known secret and everything shaped like one replaced by ***."""
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        text = text.replace(value, MASK)
    text = _PATTERNS[0].sub(lambda m: m.group(1) + MASK, text)
    text = _PATTERNS[1].sub(lambda m: m.group(1) + MASK, text)
    text = _PATTERNS[2].sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    text = _PATTERNS[3].sub(lambda m: m.group(1) + MASK, text)
    text = _PATTERNS[4].sub(lambda m: m.group(1) + MASK, text)
    return _PATTERNS[5].sub(lambda m: m.group(1) + MASK + "@", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then redacts the whole text, traceback included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file() -> Path:
    return log_dir() / LOG_FILE


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the app's log to the rotating file (once per process); answers its path.

    Called at app start. Debug lines of the HTTP client (every request) are kept at INFO
    unless the caller asks for DEBUG, so the file stays useful without growing fast.
    """
    path = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "imagedeck_log", False):
            if Path(getattr(handler, "baseFilename", "")) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    private_files_in(path.parent)  # logs of older versions were readable by others
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.imagedeck_log = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
    logging.getLogger("imagedeck").setLevel(level)
    # httpx logs every request URL at INFO; ours (redacted) is enough.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from imagedeck import __version__

    logging.getLogger("imagedeck").info("ImageDeck %s started", __version__)
    enable_crash_traces(path.parent)
    return path


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the current one and every rotation's new one) is 0600 on POSIX."""

    def _open(self):
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


_crash_file: IO[str] | None = None


def enable_crash_traces(folder: Path) -> Path:
    """Native crashes (a segfault in Qt, an abort) write every thread's Python stack to
    `crash.log` in the log folder (faulthandler), where the rotating log cannot: it is
    written by the signal handler itself, so it needs a file that stays open."""
    global _crash_file
    path = folder / CRASH_FILE
    if _crash_file is None or _crash_file.closed or Path(_crash_file.name) != path:
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for life
        private_file(path)
        _crash_file.write(f"--- ImageDeck started, pid {os.getpid()}, {time.ctime()}\n")
        _crash_file.flush()
        faulthandler.enable(file=_crash_file, all_threads=True)
    return path


def stop_logging() -> None:
    """Detach and close the file handler (tests, and before deleting the log folder)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "imagedeck_log", False):
            root.removeHandler(handler)
            handler.close()
