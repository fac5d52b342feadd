"""The plentymarkets position plan: correct order, fewest writes, sensible new positions.

Every PUT the plan asks for is one rate-limited call, so besides "the shop shows the wanted
order" these tests pin down "and no plan could have done it with fewer calls": against a brute
force over all kept sets for small listings, and against the pairwise dynamic programme the
design page describes for medium ones. Both references are written here independently of the
headroom reduction that `plan_positions` uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imagedeck.model.plan import SPREAD_STEP, apply_positions, plan_positions

Listing = list[tuple[int, int]]  # (image_id, current_position) in the wanted order

# -- references, written to be obviously right rather than fast --------------------------------


def _next_key(previous: tuple[int, int] | None, image_id: int) -> tuple[int, int]:
    """The smallest (position, id) key for `image_id` that sorts after `previous`, position >= 0."""
    if previous is None:
        return (0, image_id)
    position, previous_id = previous
    return (position, image_id) if image_id > previous_id else (position + 1, image_id)


def keeps_fit(wanted: Listing, kept: set[int]) -> bool:
    """Can the images at indices `kept` stay put while every other one gets a new position?

    Walk the wanted order giving each rewritten image the smallest key after its predecessor;
    that greedy choice leaves the most room for everything after it, so it fails only when no
    assignment exists.
    """
    previous: tuple[int, int] | None = None
    for index, (image_id, position) in enumerate(wanted):
        if index in kept:
            key = (position, image_id)
            if previous is not None and key <= previous:
                return False
        else:
            key = _next_key(previous, image_id)
        previous = key
    return True


def brute_force_writes(wanted: Listing) -> int:
    """The fewest writes, found by trying every kept set from the largest down."""
    for size in range(len(wanted), -1, -1):
        for kept in combinations(range(len(wanted)), size):
            if keeps_fit(wanted, set(kept)):
                return len(wanted) - size
    raise AssertionError("rewriting everything always fits")


def pairwise_dp_writes(wanted: Listing) -> int:
    """The fewest writes by the design page's method: a fit check per pair of kept neighbours
    (greedy through the images between them) and a DP over kept pairs. O(n^3); n <= ~60."""
    count = len(wanted)

    def fits(low: int, high: int) -> bool:
        previous = (wanted[low][1], wanted[low][0]) if low >= 0 else None
        for index in range(low + 1, high):
            previous = _next_key(previous, wanted[index][0])
        if high == count or previous is None:
            return True
        return previous < (wanted[high][1], wanted[high][0])

    most_kept: dict[int, int] = {-1: 0}  # index of the last kept image -> most images kept
    for high in range(count + 1):
        options = [kept + 1 for low, kept in most_kept.items() if fits(low, high)]
        if options:
            most_kept[high] = max(options)
    return count - (most_kept[count] - 1)


def lis_of_keys(wanted: Listing) -> int:
    """Length of the longest strictly increasing run of current (position, id) keys. O(n^2)."""
    keys = [(position, image_id) for image_id, position in wanted]
    best = [1] * len(keys)
    for j in range(len(keys)):
        for i in range(j):
            if keys[i] < keys[j]:
                best[j] = max(best[j], best[i] + 1)
    return max(best, default=0)


def display_order(images: Listing) -> Listing:
    """How the shop shows `images` today: sorted by (position, id)."""
    return sorted(images, key=lambda image: (image[1], image[0]))


def assert_plan_is_sound(wanted: Listing, plan: dict[int, int]) -> None:
    """The plan produces the wanted order and only writes real, changed, valid positions."""
    assert apply_positions(wanted, plan) == [image_id for image_id, _ in wanted]
    current = dict(wanted)
    for image_id, position in plan.items():
        assert type(position) is int and position >= 0, (image_id, position)
        assert position != current[image_id], f"image {image_id} rewritten to its own position"


# -- strategies --------------------------------------------------------------------------------


@st.composite
def listings(draw: st.DrawFn, max_size: int) -> Listing:
    """Images as the server holds them: unique ids; positions sparse, repeated, consecutive,
    starting at 0 or not, paired with ids in any way (so ties are broken either direction)."""
    size = draw(st.integers(0, max_size))
    id_range = draw(st.sampled_from([size + 3, 1_000_000]))  # dense ids make more id ties
    ids = draw(st.lists(st.integers(1, id_range), min_size=size, max_size=size, unique=True))
    start = draw(st.sampled_from([0, 0, 1, 3]) | st.integers(0, 40))
    steps = draw(st.lists(st.sampled_from([0, 0, 1, 1, 2, 5, 10]), min_size=size, max_size=size))
    positions = [start + offset for offset in accumulate(steps, initial=0)][:size]
    positions = draw(st.permutations(positions))
    return display_order(list(zip(ids, positions, strict=True)))


@st.composite
def few_moves(draw: st.DrawFn, shown: Listing, max_moves: int = 3) -> Listing:
    """The common case: a few images dragged somewhere else in the current order."""
    order = list(shown)
    for _ in range(draw(st.integers(0, max_moves))):
        if not order:
            break
        image = order.pop(draw(st.integers(0, len(order) - 1)))
        order.insert(draw(st.integers(0, len(order))), image)
    return order


@st.composite
def reorders(draw: st.DrawFn, max_size: int) -> Listing:
    """A listing and an order the user wants: any permutation, or a few moves."""
    shown = draw(listings(max_size))
    if draw(st.booleans()):
        return list(draw(st.permutations(shown)))
    return draw(few_moves(shown))


# -- properties --------------------------------------------------------------------------------


@settings(deadline=None, max_examples=300)
@given(reorders(max_size=40))
def test_applying_the_plan_gives_the_wanted_order(wanted: Listing) -> None:
    assert_plan_is_sound(wanted, plan_positions(wanted))


@settings(deadline=None, max_examples=300)
@given(reorders(max_size=7))
def test_plan_writes_as_few_positions_as_brute_force(wanted: Listing) -> None:
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == brute_force_writes(wanted)


@settings(deadline=None, max_examples=100)
@given(reorders(max_size=30))
def test_plan_writes_as_few_positions_as_the_pairwise_dp(wanted: Listing) -> None:
    assert len(plan_positions(wanted)) == pairwise_dp_writes(wanted)


@settings(deadline=None, max_examples=150)
@given(listings(max_size=40))
def test_unchanged_order_writes_nothing(shown: Listing) -> None:
    assert plan_positions(shown) == {}


@settings(deadline=None, max_examples=150)
@given(st.integers(0, 60), st.data())
def test_sparse_positions_and_few_moves_cost_n_minus_lis(size: int, data: st.DataObject) -> None:
    """With the usual gaps of 10 a handful of moves always fits, so the plan reaches the bound
    the design page promises: every image on a longest increasing run of keys stays."""
    ids = data.draw(st.lists(st.integers(1, 10_000), min_size=size, max_size=size, unique=True))
    shown = display_order([(image_id, 10 * (k + 1)) for k, image_id in enumerate(ids)])
    wanted = data.draw(few_moves(shown, max_moves=3))
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == len(wanted) - lis_of_keys(wanted)


# -- examples ----------------------------------------------------------------------------------


def sixty_by_tens() -> Listing:
    """60 images, ids 1..60 at positions 10, 20, ..., 600."""
    return [(k, 10 * k) for k in range(1, 61)]


def test_moving_one_of_sixty_to_the_front_costs_one_write() -> None:
    shown = sixty_by_tens()
    wanted = [shown[37], *shown[:37], *shown[38:]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert plan == {38: 5}  # spread into the free room 0..9 below the first kept image


def test_moving_the_last_of_sixty_to_the_front_costs_one_write() -> None:
    shown = sixty_by_tens()
    wanted = [shown[-1], *shown[:-1]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 1


def test_moving_an_image_into_a_gap_lands_in_its_middle() -> None:
    shown = sixty_by_tens()
    wanted = [shown[0], shown[59], *shown[1:59]]  # between positions 10 and 20
    assert plan_positions(wanted) == {60: 15}


def test_moving_an_image_to_the_end_steps_past_the_last() -> None:
    shown = sixty_by_tens()
    wanted = [*shown[1:], shown[0]]
    assert plan_positions(wanted) == {1: 600 + SPREAD_STEP}


def test_several_images_in_one_gap_are_spread_evenly() -> None:
    shown = [(1, 0), (2, 100), (3, 200), (4, 300), (5, 400)]
    wanted = [shown[0], shown[3], shown[4], shown[1], shown[2]]  # 4 and 5 between 0 and 100
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 2
    assert sorted(plan.values()) == [33, 66]


def test_swapping_two_costs_two_writes() -> None:
    shown = sixty_by_tens()
    wanted = list(shown)
    wanted[5], wanted[40] = wanted[40], wanted[5]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 2


def test_swapping_two_neighbours_costs_one_write() -> None:
    shown = sixty_by_tens()
    wanted = list(shown)
    wanted[5], wanted[6] = wanted[6], wanted[5]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 1


def test_reversing_a_hundred_costs_ninety_nine_writes() -> None:
    wanted = [(k, 10 * k) for k in range(1, 101)][::-1]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 99


def test_consecutive_positions_from_zero_last_to_front() -> None:
    """0..59 leaves no room below the main image, and the moved image has the higher id, so a
    tie at 0 sorts it second: the optimum rewrites the old main image too."""
    shown = [(k + 1, k) for k in range(60)]
    wanted = [shown[-1], *shown[:-1]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) <= 2
    assert len(plan) == pairwise_dp_writes(wanted) == 2


def test_a_tie_at_zero_suffices_when_the_moved_image_has_the_lowest_id() -> None:
    """Consecutive 0..59 again, but the moved image has the lowest id: (0, 1) sorts first."""
    shown = [(k + 2, k) for k in range(60)] + [(1, 60)]
    wanted = [shown[-1], *shown[:-1]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert plan == {1: 0}


def test_first_image_at_zero_with_lower_id_needs_two_writes() -> None:
    shown = [(k, 10 * (k - 1)) for k in range(1, 61)]  # id 1 at position 0
    wanted = [shown[-1], *shown[:-1]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == 2 == pairwise_dp_writes(wanted)


def test_all_positions_zero_orders_by_id() -> None:
    shown = [(k, 0) for k in range(1, 11)]
    wanted = [shown[4], *shown[:4], *shown[5:]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == pairwise_dp_writes(wanted)


def test_full_gap_renumbers_only_where_there_is_no_room() -> None:
    """Positions 1,2,3 have no room between them, but the far end does."""
    shown = [(1, 1), (2, 2), (3, 3), (4, 50), (5, 60)]
    wanted = [shown[0], shown[4], shown[1], shown[2], shown[3]]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    assert len(plan) == brute_force_writes(wanted)


def test_empty_and_single() -> None:
    assert plan_positions([]) == {}
    assert plan_positions([(7, 0)]) == {}
    assert apply_positions([], {}) == []


@pytest.mark.parametrize(
    "wanted",
    [
        [(1, 0), (1, 10)],  # duplicate id
        [(1, -1), (2, 10)],  # negative position
        [(1, 1.5), (2, 10)],  # not an int
        [(1, True), (2, 10)],  # bool is not a position
    ],
)
def test_bad_input_is_refused(wanted: Sequence[tuple[int, int]]) -> None:
    with pytest.raises(ValueError):
        plan_positions(wanted)


def test_apply_refuses_a_plan_for_unknown_images() -> None:
    with pytest.raises(ValueError, match="99"):
        apply_positions([(1, 10)], {99: 0})


@pytest.mark.parametrize("shuffle", ["few moves", "reverse"])
def test_five_thousand_images_plan_soundly(shuffle: str) -> None:
    """A listing far larger than any real one still gets a sound, minimal plan (its speed
    is measured by benchmarks/plan_bench.py, not asserted here)."""
    shown = [(k, 10 * k) for k in range(1, 5001)]
    if shuffle == "few moves":
        wanted = list(shown)
        for source, dest in [(4999, 0), (2500, 10), (17, 4000)]:
            wanted.insert(dest, wanted.pop(source))
    else:
        wanted = shown[::-1]
    plan = plan_positions(wanted)
    assert_plan_is_sound(wanted, plan)
    if shuffle == "few moves":
        assert len(plan) == 3
