"""Starting the app for real, as `imagedeck demo` and `imagedeck --connection NAME` do
(`run_app`, and `run_saved_connection` on a saved connection with no keyring), with the
secret question answered the way a user answers it. tests/startup_child.py does it in a
child process, as a user's start owns its process; the sandbox runs here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("startup_child.py")
CHILD_LIMIT_S = 120  # only a guard against a hang


def start(mode: str, base_url: str) -> tuple[int, dict]:
    result = subprocess.run(
        [sys.executable, str(CHILD), mode, base_url],
        capture_output=True,
        text=True,
        timeout=CHILD_LIMIT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr
    return result.returncode, json.loads(lines[-1])


def test_the_demo_shows_the_largest_listing_and_ends_when_the_window_closes(sandbox) -> None:
    code, seen = start("demo", sandbox.base_url)  # the demo runs its own sandbox
    assert code == 0
    largest = max(sandbox.state.items, key=lambda i: len(sandbox.state.item_images(i)))
    assert seen["listing"] == str(largest) and str(largest) in seen["title"]
    assert seen["images"] == len(sandbox.state.item_images(largest))
    assert not seen["window_left"]


def test_start_on_a_saved_connection_asks_for_the_missing_password(sandbox) -> None:
    """The password is asked for before the window opens, used for this session, and the
    window works on that shop."""
    sandbox.state.plenty_users["editor"] = "editor-pw-1"
    code, seen = start("saved", sandbox.base_url)
    assert code == 0
    assert len(seen["asked"]) == 1 and "My shop" in seen["asked"][0]
    assert seen["listing"] == "101" and seen["images"] == 64
    assert sandbox.state.count("POST", "/rest/login") >= 1  # as "editor", with the answer


def test_cancelling_the_secret_question_ends_the_start_without_a_window(sandbox) -> None:
    code, seen = start("saved-cancel", sandbox.base_url)
    assert code == 1
    assert seen["asked"] and seen["images"] is None and not seen["window_left"]
    assert sandbox.state.count("POST", "/rest/login") == 0
