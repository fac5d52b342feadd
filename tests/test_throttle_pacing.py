"""The throttle paces on plentymarkets' budget headers precisely (issue 16): refills are
dated by when the server counted the call (its answer less half the least round trip), and
calls still on their way are not counted twice."""

from __future__ import annotations

import asyncio

import pytest

from imagedeck.marketplaces import throttle as throttle_module
from imagedeck.marketplaces.throttle import SAFETY_S, TRUSTED_ROUND_TRIPS, Throttle
from imagedeck.marketplaces.waits import WaitPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(throttle_module, "default_policy", lambda: WaitPolicy(sleep=clock.sleep))
    return clock


def budget(left: int, decay: int) -> dict[str, str]:
    return {
        "x-plenty-global-short-period-calls-left": str(left),
        "x-plenty-global-short-period-decay": str(decay),
    }


def test_the_next_window_is_dated_before_the_answer_came(clock) -> None:
    throttle = Throttle(clock)

    async def scenario() -> None:
        sent = await throttle.before_call()
        clock.now += 0.3  # the answer took 300 ms
        throttle.observe(budget(0, 1), sent)
        await throttle.before_call()

    asyncio.run(scenario())
    # Counted at the latest half the round trip (150 ms) before its answer arrived.
    assert clock.slept == [pytest.approx(0.85 + SAFETY_S)]


def test_a_slow_answer_is_dated_by_the_least_round_trip_not_its_own(clock) -> None:
    throttle = Throttle(clock)

    async def scenario() -> None:
        quick = await throttle.before_call("read")
        clock.now += 0.05
        throttle.observe(budget(5, 1), quick, "read")  # there and back: 50 ms at best
        slow = await throttle.before_call("write")
        clock.now += 0.3  # this one waited somewhere: before or after the server counted it
        throttle.observe(budget(0, 1), slow, "write")
        await throttle.before_call("write")

    asyncio.run(scenario())
    # Counted at the latest 25 ms before its answer (at 100.35): the window ends by 101.325.
    assert clock.slept == [pytest.approx(101.325 + SAFETY_S - 100.35)]


def test_once_enough_round_trips_are_known_the_least_one_is_trusted_whole(clock) -> None:
    throttle = Throttle(clock)

    async def scenario() -> None:
        for _ in range(TRUSTED_ROUND_TRIPS):
            quick = await throttle.before_call("read")
            clock.now += 0.05
            throttle.observe(budget(400, 1), quick, "read")
        slow = await throttle.before_call("write")
        start = clock.now
        clock.now += 0.3
        throttle.observe(budget(0, 1), slow, "write")
        await throttle.before_call("write")
        assert clock.now == pytest.approx(start + 0.25 + 1 + SAFETY_S)

    asyncio.run(scenario())


def test_calls_on_their_way_are_not_counted_twice_so_a_burst_never_overdraws(clock) -> None:
    throttle = Throttle(clock)
    let_out: list[int] = []

    async def scenario() -> None:
        burst = [await throttle.before_call() for _ in range(4)]
        let_out.extend(burst)
        # The first call's answer: the server had counted only it (9 of 10 left); the other
        # three were still on their way and will count too.
        throttle.observe(budget(9, 1), burst[0])
        while not clock.slept:
            let_out.append(await throttle.before_call())

    asyncio.run(scenario())
    assert len(let_out) == 11, "ten in the window, the eleventh after the refill"
    assert clock.slept == [pytest.approx(1 + SAFETY_S)]


def test_without_a_send_number_a_reading_is_dated_by_its_answer(clock) -> None:
    throttle = Throttle(clock)

    async def scenario() -> None:
        throttle.observe(budget(0, 2))
        await throttle.before_call()

    asyncio.run(scenario())
    assert clock.slept == [pytest.approx(2.0)]


def test_a_reads_generous_budget_does_not_move_the_writes_refill(clock) -> None:
    throttle = Throttle(clock)

    async def scenario() -> None:
        read = await throttle.before_call("read")
        throttle.observe(budget(499, 1), read, "read")  # reads refill at 101.0
        clock.now += 0.5
        write = await throttle.before_call("write")
        throttle.observe(budget(0, 1), write, "write")  # writes refill at 101.5
        await throttle.before_call("read")
        assert clock.slept == [], "reads still have budget"
        await throttle.before_call("write")

    asyncio.run(scenario())
    assert clock.slept == [pytest.approx(1 + SAFETY_S)]
