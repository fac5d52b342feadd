"""Shared test setup: headless Qt, a private data folder, and a running sandbox.

Every test runs with QT_QPA_PLATFORM=offscreen (no display needed) and IMAGEDECK_DATA_DIR
pointing at a fresh temporary folder, so no test touches the user's real journal or cache.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test gets its own app-data folder (journal, cache)."""
    path = tmp_path_factory.mktemp("imagedeck-data")
    monkeypatch.setenv("IMAGEDECK_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """A test fails if it leaves a non-daemon thread running (cf. napari's conftest)."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test left threads running: {still}"


@pytest.fixture
def sandbox():
    """A fresh sandbox with the demo data on a free loopback port."""
    from imagedeck.sandbox.server import SandboxServer

    server = SandboxServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
