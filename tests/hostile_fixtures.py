"""Fixtures of the hostile-server tests, loaded with ``pytest_plugins = ["hostile_fixtures"]``.

`hostile`: a misbehaving shop on loopback (tests/hostile_server.py). `fake_time`: the clock and
the sleep every marketplace wait goes through (marketplaces/waits.py), replaced so a day-long
wait costs nothing and every wait is recorded; it also records what the CLI had announced on
stderr when each wait started. `run_cli`: `imagedeck …` in this process (the real `main`), so
the fake clock reaches it; it answers (exit code, stdout, stderr).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile_server import REFRESH, TOKEN, HostileServer, readable_by_others
from imagedeck.logs import stop_logging
from imagedeck.marketplaces import waits
from imagedeck.marketplaces.plain_http import ENV_ALLOW


class FakeTime:
    """A monotonic clock that jumps forward by every wait slept through it."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.offset = 0.0
        self.slept: list[float] = []
        self.said_before: list[str] = []  # stderr so far, at the start of each wait
        self._capsys = capsys
        self._stderr = ""

    def clock(self) -> float:
        return time.monotonic() + self.offset

    async def sleep(self, seconds: float) -> None:
        self._stderr += self._capsys.readouterr().err
        self.said_before.append(self._stderr)
        self.slept.append(seconds)
        self.offset += seconds
        await asyncio.sleep(0)

    def stderr(self) -> str:
        """Everything written to stderr so far (including what was read at each wait)."""
        self._stderr += self._capsys.readouterr().err
        return self._stderr


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


@pytest.fixture
def fake_time(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[FakeTime]:
    fake = FakeTime(capsys)
    monkeypatch.setattr(waits._defaults, "clock", fake.clock)
    monkeypatch.setattr(waits._defaults, "sleep", fake.sleep)
    yield fake
    waits.configure(max_wait_s=waits.DEFAULT_MAX_WAIT_S, announce=None)


@pytest.fixture
def run_cli(fake_time: FakeTime, capsys: pytest.CaptureFixture[str], monkeypatch):
    """run_cli(*argv, password="pw-…") -> (exit code, stdout, stderr) of `imagedeck argv`."""
    from imagedeck.cli.main import main

    def run(*argv: str, password: str = "pw-SECRET-987654") -> tuple[int, str, str]:
        monkeypatch.setenv("IMAGEDECK_PASSWORD", password)
        # --allow-insecure-http sets this for the process: restored after the test.
        monkeypatch.setenv(ENV_ALLOW, os.environ.get(ENV_ALLOW, ""))
        try:
            code = main(list(argv))
        finally:
            stop_logging()  # the CLI logs to the data folder's file; this process goes on
        out = capsys.readouterr()
        fake_time._stderr += out.err
        err = fake_time._stderr
        fake_time._stderr = ""
        for secret in (password, TOKEN, REFRESH, "cs-SECRET"):  # never echoed, whatever happened
            assert secret not in out.out + err, f"{secret} echoed: {out.out + err}"
        assert readable_by_others(Path(os.environ["IMAGEDECK_DATA_DIR"])) == []
        return code, out.out, err

    return run
