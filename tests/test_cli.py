"""`imagedeck` on the command line, as a script would use it: real processes, real HTTP."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from imagedeck.paths import journal_path
from imagedeck.sync.journal import Journal


def imagedeck(
    *args: str, env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "imagedeck", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kwargs,
    )


def plenty_args(sandbox, *rest: str) -> list[str]:
    return ["plentymarkets", "--base-url", sandbox.base_url, "--username", "demo", *rest]


PASSWORD = {"IMAGEDECK_PASSWORD": "demo"}


def test_version():
    result = imagedeck("--version")
    assert result.returncode == 0 and result.stdout.startswith("ImageDeck ")


def test_order_show_prints_ids_in_display_order(sandbox):
    result = imagedeck("order", "show", *plenty_args(sandbox, "--item", "101"), env=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert [int(x) for x in result.stdout.split()] == sandbox.state.plenty_order(101)


def test_order_show_json(sandbox):
    result = imagedeck(
        "order", "show", *plenty_args(sandbox, "--item", "101", "--json"), env=PASSWORD
    )
    rows = json.loads(result.stdout)
    assert [int(r["id"]) for r in rows] == sandbox.state.plenty_order(101)
    assert all(r["preview"].startswith("http") and isinstance(r["position"], int) for r in rows)


def test_order_set_puts_named_images_first_and_prints_the_call_count(sandbox):
    order = sandbox.state.plenty_order(101)
    first = [str(order[10]), str(order[3])]
    result = imagedeck("order", "set", *plenty_args(sandbox, "--item", "101", *first), env=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"
    rest = [str(i) for i in order if str(i) not in first]
    assert [str(i) for i in sandbox.state.plenty_order(101)] == first + rest


def test_order_set_refuses_an_unknown_image_in_one_line(sandbox):
    result = imagedeck(
        "order", "set", *plenty_args(sandbox, "--item", "101", "424242"), env=PASSWORD
    )
    assert result.returncode != 0
    assert "424242" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_password_never_comes_from_the_command_line(sandbox):
    result = imagedeck("order", "show", *plenty_args(sandbox, "--item", "101"))
    assert result.returncode != 0 and "IMAGEDECK_PASSWORD" in result.stderr


def test_wrong_password_is_reported(sandbox):
    result = imagedeck(
        "order", "show", *plenty_args(sandbox, "--item", "101"), env={"IMAGEDECK_PASSWORD": "x"}
    )
    assert result.returncode != 0 and "login" in result.stderr.lower()


def test_network_down_is_reported_in_one_line_after_announced_retries():
    result = imagedeck(
        "order", "show", "plentymarkets", "--base-url", "http://127.0.0.1:9", "--username", "u",
        "--item", "1", env=PASSWORD,
    )  # fmt: skip
    assert result.returncode != 0
    *retries, last = result.stderr.strip().splitlines()
    assert "127.0.0.1" in last and "retrying" not in last
    assert [line.split("retrying (")[1][:6] for line in retries] == [
        f"{n} of 5" for n in range(1, 6)
    ]


def test_autoscout24_show_and_set(sandbox):
    env = {"IMAGEDECK_CLIENT_ID": "demo", "IMAGEDECK_CLIENT_SECRET": "demo"}
    vehicle = next(v for v in sandbox.state.vehicles if len(sandbox.state.vehicle_order(v)) == 30)
    args = ["autoscout24", "--base-url", sandbox.base_url, "--vehicle", vehicle]
    shown = imagedeck("order", "show", *args, env=env)
    assert shown.stdout.split() == sandbox.state.vehicle_order(vehicle)
    last = shown.stdout.split()[-1]
    result = imagedeck("order", "set", *args, last, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    assert sandbox.state.vehicle_order(vehicle)[0] == last


def test_sigkill_mid_save_then_resume_gives_exactly_the_wanted_order(sandbox):
    """Reverse 64 images (63 PUTs, slowed down), kill -9 half-way, `imagedeck resume`."""
    order = [str(i) for i in sandbox.state.plenty_order(101)]
    wanted = list(reversed(order))
    sandbox.faults.latency_ms = 60
    sandbox.state.clear_requests()
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "order", "set",
         *plenty_args(sandbox, "--item", "101", *wanted)],
        env={**os.environ, **PASSWORD}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$")) < 15:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the save never got going"
        time.sleep(0.02)
    process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows (no SIGKILL there)
    process.communicate()
    assert [str(i) for i in sandbox.state.plenty_order(101)] != wanted

    journal = Journal(journal_path())
    try:
        (save,) = journal.unfinished()
        assert 0 < len(save.pending) < len(save.calls)
    finally:
        journal.close()

    sandbox.faults.latency_ms = 0
    result = imagedeck("resume", env=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "finished" in result.stdout
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted
    assert imagedeck("resume", env=PASSWORD).stdout.strip() == "nothing to resume"


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX signal")
def test_sandbox_command_prints_its_base_url_first():
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def test_a_change_behind_the_back_is_a_one_line_conflict_and_nothing_is_written(sandbox):
    """The listing changes between `order set`'s first read and the engine's re-read."""
    order = sandbox.state.plenty_order(101)
    sandbox.faults.latency_ms = 400
    sandbox.state.clear_requests()
    listing_reads = re.compile(r"^/rest/items/101/images$")
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "order", "set",
         *plenty_args(sandbox, "--item", "101", str(order[-1]))],
        env={**os.environ, **PASSWORD}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while sandbox.state.count("GET", listing_reads) < 1:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    sandbox.state.set_position(101, order[5], 99999)  # someone else moves an image
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "changed elsewhere" in stderr and len(stderr.strip().splitlines()) == 1
    assert sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$")) == 0


def test_a_reader_that_stops_early_is_not_an_error(sandbox):
    """Issue 15: `imagedeck order show … | head` ended with "[Errno 32] Broken pipe"."""
    process = subprocess.Popen(
        [sys.executable, "-m", "imagedeck", "order", "show"]
        + plenty_args(sandbox, "--item", "101"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **PASSWORD},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # what `head -1` reads
    process.stdout.close()  # … then it goes away
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, errors
    assert first.strip().isdigit()
    assert "Broken pipe" not in errors and "Traceback" not in errors
