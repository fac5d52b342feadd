"""Waits are visible and bounded: `imagedeck order show|set` against a shop that asks for a
day's pause, sends nonsense in its rate headers, or never answers.

The clock and the sleep of every marketplace wait are fake (`fake_time`): a day-long wait would
cost nothing, and the tests see each wait ImageDeck slept, and what it had said on stderr when
the wait began. No test measures wall-clock time.
"""

from __future__ import annotations

import asyncio

import pytest

from hostile_server import HANG, Reply, as24, plenty
from imagedeck.marketplaces import http as http_module
from imagedeck.marketplaces.errors import NetworkError
from imagedeck.marketplaces.retry import MAX_ATTEMPTS, MAX_RATE_LIMIT_ATTEMPTS, with_retries
from imagedeck.marketplaces.waits import WaitPolicy, sane_seconds
from imagedeck.paths import journal_path
from imagedeck.sync.journal import Journal

pytest_plugins = ["hostile_fixtures"]

IMAGES = "/rest/items/101/images"
DAY = {"Retry-After": "86400"}


def test_a_day_long_retry_after_on_a_read_is_not_slept_and_says_when(hostile, run_cli, fake_time):
    hostile.on("GET", IMAGES, Reply(429, {"error": "too many"}, DAY))
    code, out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and out == ""
    assert "wait 24 h (rate limit)" in err and "accepts calls again at 20" in err
    assert fake_time.slept == []  # not one second slept
    assert hostile.count("GET", IMAGES) == 1


def test_a_day_long_wait_on_a_write_stops_the_save_and_resume_finishes_it(
    hostile, run_cli, fake_time
):
    hostile.on("PUT", IMAGES + r"/\d+", Reply(429, {"error": "slow down"}, DAY))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "13"))
    assert code == 1
    assert "wait 24 h" in err and "imagedeck resume" in err
    assert fake_time.slept == []
    with Journal(journal_path()) as journal:
        (left,) = journal.unfinished()
    assert left.wanted == ["13", "11", "12"] and left.pending
    hostile.routes.clear()  # the next day: the shop accepts calls again
    code, out, err = run_cli("resume")
    assert code == 0, err
    assert "finished" in out
    assert [r["id"] for r in sorted(hostile.images, key=lambda r: r["position"])] == [13, 11, 12]


def test_a_long_period_decay_of_a_day_stops_the_save_before_the_next_call(
    hostile, run_cli, fake_time
):
    dry = {
        "X-Plenty-Global-Long-Period-Calls-Left": "0",
        "X-Plenty-Global-Long-Period-Decay": "86400",
    }
    hostile.on("GET", IMAGES, Reply(200, hostile.images, dry))
    code, _out, err = run_cli("order", "set", *plenty(hostile, "--item", "101", "13"))
    assert code == 1 and "wait 24 h (rate limit)" in err
    assert hostile.count("PUT") == 0 and fake_time.slept == []


@pytest.mark.parametrize("header", ["inf", "1e308", "-5", "nan", "soon", "-inf"])
def test_nonsense_retry_after_backs_off_normally_and_gives_up(hostile, run_cli, fake_time, header):
    hostile.on("GET", IMAGES, Reply(429, {"error": "too many"}, {"Retry-After": header}))
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1 and "rate limit" in err
    # Bounded tries, each after a real backoff (no storm), none of them endless.
    assert hostile.count("GET", IMAGES) == MAX_RATE_LIMIT_ATTEMPTS
    assert all(1.0 <= s <= 31.0 for s in fake_time.slept), fake_time.slept
    assert len(fake_time.slept) == MAX_RATE_LIMIT_ATTEMPTS - 1


def test_a_long_wait_is_announced_before_it_starts(hostile, run_cli, fake_time):
    hostile.on("GET", IMAGES, [Reply(429, {}, {"Retry-After": "42"}), Reply(200, hostile.images)])
    code, out, _err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 0 and out.split() == ["11", "12", "13"]
    assert fake_time.slept == [42.0]
    assert "rate limit: waiting 42 s" in fake_time.said_before[0]


def test_max_wait_option_sets_the_ceiling(hostile, run_cli, fake_time):
    hostile.on("GET", IMAGES, [Reply(429, {}, {"Retry-After": "42"}), Reply(200, hostile.images)])
    code, _out, err = run_cli(
        "--max-wait", "10", "order", "show", *plenty(hostile, "--item", "101")
    )
    assert code == 1 and "wait 42 s (rate limit), longer than the 10 s" in err
    assert fake_time.slept == []


def test_max_wait_refuses_nonsense(run_cli):
    with pytest.raises(SystemExit) as stop:
        run_cli("--max-wait", "nan", "resume")
    assert stop.value.code == 2


def test_a_server_that_never_answers_says_retrying_early_and_gives_up(
    hostile, run_cli, fake_time, monkeypatch
):
    # 1 s, not less: under load a shorter timeout can expire before the server has even
    # read the request, and the server would count one try fewer than the client made.
    monkeypatch.setattr(http_module, "DEFAULT_TIMEOUT_S", 1.0)
    hostile.on("GET", IMAGES, HANG)
    code, _out, err = run_cli("order", "show", *plenty(hostile, "--item", "101"))
    assert code == 1
    assert f"retrying (1 of {MAX_ATTEMPTS - 1})" in fake_time.said_before[0]
    assert "did not answer within" in err
    assert hostile.count("GET", IMAGES) == MAX_ATTEMPTS


def test_timeouts_give_up_within_about_a_minute() -> None:
    """Each try costs a 10 s timeout on the (fake) clock: the call stops before ~70 s."""
    now = [0.0]
    tries: list[float] = []

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def attempt() -> None:
        tries.append(now[0])
        now[0] += 10.0
        raise NetworkError("shop did not answer within 10 s")

    policy = WaitPolicy(clock=lambda: now[0], sleep=sleep)
    with pytest.raises(NetworkError):
        asyncio.run(with_retries("GET", attempt, policy=policy))
    assert now[0] <= 70.0 and 2 <= len(tries) <= MAX_ATTEMPTS


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5.0), ("0", 0.0), ("-5", None), ("nan", None), ("inf", None), ("1e308", None),
     ("", None), (None, None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)  # fmt: skip
def test_sane_seconds(value, expected) -> None:
    assert sane_seconds(value) == expected


AS24_TOKEN = {"IMAGEDECK_CLIENT_ID": "dealer", "IMAGEDECK_CLIENT_SECRET": "cs-SECRET-5555555"}


def test_autoscout24_follows_the_same_wait_rules(hostile, run_cli, fake_time, monkeypatch):
    for name, value in AS24_TOKEN.items():
        monkeypatch.setenv(name, value)
    order = "/vehicles/7/imageorder"
    hostile.on("GET", order, Reply(429, {}, DAY))
    code, _out, err = run_cli("order", "show", *as24(hostile, "--vehicle", "7"))
    assert code == 1 and "wait 24 h (rate limit)" in err and fake_time.slept == []
    hostile.on("GET", order, Reply(429, {}, {"Retry-After": "nan"}))
    code, _out, err = run_cli("order", "show", *as24(hostile, "--vehicle", "7"))
    assert code == 1 and hostile.count("GET", order) == 1 + MAX_RATE_LIMIT_ATTEMPTS
    assert all(s >= 1.0 for s in fake_time.slept)
    hostile.on(
        "GET",
        order,
        [Reply(429, {}, {"Retry-After": "3"}), Reply(200, {"_data": {"imageOrder": ["a2", "a1"]}})],
    )
    code, out, err = run_cli("order", "show", *as24(hostile, "--vehicle", "7"))
    assert code == 0 and out.split() == ["a2", "a1"]
    assert "rate limit: waiting 3 s" in fake_time.said_before[-1]
