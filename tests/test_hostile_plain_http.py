"""Secrets never travel in clear text: plain http:// to another computer is refused before a
byte is sent — in `order`, in `resume`, in the window's save worker, for saved connections —
unless the user opts in (--allow-insecure-http / IMAGEDECK_ALLOW_INSECURE_HTTP=1), which
warns every time.

"Another computer" without a network: either an address that is not loopback (nothing is sent,
so it never needs to exist), or the hostile server on 127.0.0.1 with the loopback test made to
answer "no" (`remote`), so the opt-in is seen reaching a real server.
"""

from __future__ import annotations

import pytest

from hostile_server import plenty
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.plain_http import ENV_ALLOW, is_loopback
from imagedeck.model.image import ListingRef
from imagedeck.paths import journal_path
from imagedeck.sync.journal import Journal

pytest_plugins = ["hostile_fixtures"]

REMOTE = "http://shop.example.com"


def test_order_show_refuses_plain_http_to_another_host(run_cli, monkeypatch):
    monkeypatch.delenv(ENV_ALLOW, raising=False)
    code, _out, err = run_cli(
        "order", "show", "plentymarkets", "--base-url", REMOTE, "--username", "u", "--item", "1"
    )
    assert code == 1
    assert "does not send your password or tokens to shop.example.com over plain http" in err
    assert ENV_ALLOW in err and "--allow-insecure-http" in err


def test_autoscout24_client_secret_is_refused_over_plain_http(run_cli, monkeypatch):
    monkeypatch.delenv(ENV_ALLOW, raising=False)
    monkeypatch.setenv("IMAGEDECK_CLIENT_ID", "dealer")
    monkeypatch.setenv("IMAGEDECK_CLIENT_SECRET", "cs-SECRET-5555555")
    code, _out, err = run_cli(
        "order", "show", "autoscout24", "--base-url", REMOTE, "--vehicle", "7"
    )
    assert code == 1 and "over plain http" in err


def test_resume_refuses_plain_http_and_keeps_the_save(run_cli, monkeypatch):
    monkeypatch.delenv(ENV_ALLOW, raising=False)
    connection = Connection("cli", "plentymarkets", REMOTE, "u", "pw-SECRET-987654")
    from imagedeck.marketplaces.base import PlannedCall

    with Journal(journal_path()) as journal:
        journal.begin(
            marketplace="plentymarkets", base_url=REMOTE, account="u", connection="cli",
            listing=ListingRef("plentymarkets", "1"), wanted=["2"],
            calls=[PlannedCall("PUT", "/rest/items/1/images/2", {"position": 0})],
        )  # fmt: skip
    del connection
    code, _out, err = run_cli("resume")
    assert code == 2 and "over plain http" in err
    with Journal(journal_path()) as journal:
        assert len(journal.unfinished()) == 1


@pytest.fixture
def remote(monkeypatch):
    """The hostile server (on 127.0.0.1) treated as another computer by the check."""
    from imagedeck.marketplaces import plain_http

    monkeypatch.setattr(plain_http, "is_loopback", lambda _host: False)
    monkeypatch.delenv(ENV_ALLOW, raising=False)


def test_nothing_is_sent_to_another_computer_over_plain_http(hostile, remote, run_cli):
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and "over plain http" in err
    assert hostile.requests == []  # not the login, not anything


@pytest.mark.parametrize("opt_in", ["option", "environment"])
def test_the_opt_in_warns_every_time_and_then_sends(hostile, remote, run_cli, monkeypatch, opt_in):
    option = ["--allow-insecure-http"] if opt_in == "option" else []
    if opt_in == "environment":
        monkeypatch.setenv(ENV_ALLOW, "1")
    for run in range(1, 3):
        code, out, err = run_cli(*option, "order", "show", *plenty(hostile, "--item", "101"))
        assert code == 0 and out.split() == ["11", "12", "13"]
        assert err.count("WARNING: sending your password and tokens in clear text") == 1
        assert hostile.count("GET") == run


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.5.5.5", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("shop.localhost", True), ("shop.example.com", False),
     ("10.0.0.1", False), ("", False), (None, False)],
)  # fmt: skip
def test_is_loopback(host, loopback) -> None:
    assert is_loopback(host) is loopback


def test_the_window_save_worker_refuses_too(qtbot, monkeypatch):
    monkeypatch.delenv(ENV_ALLOW, raising=False)
    from imagedeck.model.image import Image
    from imagedeck.ui.workers.save_worker import SaveJob, SaveWorker

    worker = SaveWorker()
    failed: list[str] = []
    worker.failed.connect(lambda _job, message: failed.append(str(message)))
    try:
        connection = Connection("remote", "plentymarkets", REMOTE, "u", "pw-SECRET-987654")
        job = SaveJob(connection, ListingRef("plentymarkets", "1"), (Image("2"),), ("2",))
        worker.submit(job)
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    finally:
        worker.stop()
    assert "over plain http" in failed[0] and "pw-SECRET" not in failed[0]


def test_saved_connections_refuse_plain_http_unless_opted_in(monkeypatch):
    from imagedeck.connections.store import ProfileError, validate_base_url

    monkeypatch.delenv(ENV_ALLOW, raising=False)
    with pytest.raises(ProfileError):
        validate_base_url(REMOTE)
    monkeypatch.setenv(ENV_ALLOW, "1")
    assert validate_base_url(REMOTE) == REMOTE
