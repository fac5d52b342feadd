"""The plentymarkets save plan: which image positions to rewrite so the shop shows a new order.

plentymarkets has no bulk reorder. Every image whose `position` changes costs one rate-limited
PUT, so a reorder of a 60-image listing must not rewrite 60 positions when moving one image
would do. The shop shows an item's images sorted by the key (position, id): positions are
non-negative integers, sparse, and may repeat, in which case the integer image id breaks the
tie. This module finds the fewest positions to rewrite, and chooses new values that leave room
for the next reorder.

The approach (exact, O(n log n) for every input)
------------------------------------------------
Call the wanted order 0..n-1 and write ``P[i]`` for image i's current position and ``id[i]``
for its id. Keep a set K of images where they are and rewrite the rest. K is possible exactly
when every run of rewritten images between two kept neighbours a < b can be given keys that
sort strictly between ``(P[a], id[a])`` and ``(P[b], id[b])``. Packing that run as low as it
goes (each image takes the smallest key after the previous one) is the best any assignment can
do, and it climbs one position exactly at each *descent*: each step j → j+1 where
``id[j+1] < id[j]`` (a tie on the position would sort the pair the wrong way round). Counting
the descents of the whole id sequence from a to b, the run fits if and only if::

    P[b] - P[a] >= descents(a..b)

With ``C[i]`` = the number of descents among ids 0..i (the lowest position image i could ever
have if everything from the front were packed tight), this is ``P[b] - C[b] >= P[a] - C[a]``.
Call ``H[i] = P[i] - C[i]`` image i's *headroom*. Before the first kept image b the run starts
at position 0, which gives ``H[b] >= 0``; after the last kept image there is no upper bound.
The pairwise conditions only involve neighbours, so:

    a set of images can keep their positions  <=>  their headrooms are non-negative and
    non-decreasing along the wanted order.

The fewest writes are therefore n minus the longest non-decreasing subsequence of the
non-negative headrooms, found by patience sorting in O(n log n). (``H`` non-decreasing implies
the kept keys are strictly increasing, so this is never more than n - LIS(keys); it is less
exactly where some gap has no room.)

Why not the plan the design page sketches? It suggested an LIS over the keys, a greedy
feasibility check per pair of kept neighbours, and an O(n^2) dynamic programme over kept pairs
when the LIS choice does not fit. The headroom reduction makes that per-pair check a comparison
of two numbers, so the dynamic programme *is* a longest-non-decreasing-subsequence problem and
the fallback is never needed: the same O(n log n) pass is exact whether or not the gaps have
room, and a 5,000-image listing plans in milliseconds. tests/test_plan.py checks the result
against brute force and against that pairwise dynamic programme.

Choosing new positions
----------------------
Inside a gap between kept images the rewritten images are spread evenly across the gap rather
than packed at one end, so a later move into the same gap still fits without rewriting the
neighbours; after the last kept image they go in steps of `SPREAD_STEP`; before the first kept
image they are spread between 0 and it. Each spread value is clamped between the lowest key the
previous image allows and the highest key that still leaves room for the images after it, so
the result always sorts correctly, even where a gap is exactly full.

`wanted` must list every image of the item: positions are item-wide (a variation's images are
ordered by the item-level position), so an image left out could end up anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise

from imagedeck.model.sequences import longest_ordered_run

#: Distance between consecutive images appended after the last kept one. Gaps of this size let
#: later moves land between them without rewriting anything else.
SPREAD_STEP = 10


def plan_positions(wanted: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Return ``{image_id: new_position}`` for exactly the images that must be rewritten.

    `wanted` is the order the user wants, as ``(image_id, current_position)`` pairs, the main
    image first. Applying the result (replace those positions, sort every image by
    (position, id)) yields exactly that order, with as few rewritten positions as possible.
    Every new position is a non-negative int. See the module docstring for why this is optimal.

    Raises ValueError for duplicate ids, negative positions or non-integer values: positions
    are plentymarkets' non-negative ints, and a plan built on bad input would scramble the shop.
    """
    ids = [image_id for image_id, _ in wanted]
    positions = [position for _, position in wanted]
    _validate(ids, positions)

    kept = _longest_non_decreasing(_headrooms(ids, positions))
    plan = _fill_gaps(ids, positions, kept)
    # By optimality no rewritten image can land on its own position (it could have been kept),
    # but never send a PUT that changes nothing.
    current = dict(zip(ids, positions, strict=True))
    return {image_id: pos for image_id, pos in plan.items() if pos != current[image_id]}


def apply_positions(wanted: Sequence[tuple[int, int]], plan: Mapping[int, int]) -> list[int]:
    """The display order after `plan` is written: image ids sorted by (position, id).

    The save engine's verify step and the tests use this to check a plan (or a re-read of the
    server) against the order the user asked for.
    """
    known = {image_id for image_id, _ in wanted}
    unknown = set(plan) - known
    if unknown:
        raise ValueError(f"plan names images that are not in the listing: {sorted(unknown)}")
    keys = sorted((plan.get(image_id, position), image_id) for image_id, position in wanted)
    return [image_id for _, image_id in keys]


def _validate(ids: Sequence[int], positions: Sequence[int]) -> None:
    """Reject input the position model cannot represent, naming the offending image."""
    for image_id, position in zip(ids, positions, strict=True):
        if not isinstance(image_id, int) or isinstance(image_id, bool):
            raise ValueError(f"image id {image_id!r} is not an int")
        if not isinstance(position, int) or isinstance(position, bool):
            raise ValueError(f"image {image_id}: position {position!r} is not an int")
        if position < 0:
            raise ValueError(f"image {image_id}: position {position} is negative")
    if len(set(ids)) != len(ids):
        twice = sorted(image_id for image_id, times in Counter(ids).items() if times > 1)
        raise ValueError(f"image ids appear more than once: {twice}")


def _headrooms(ids: Sequence[int], positions: Sequence[int]) -> list[int]:
    """``H[i] = P[i] - C[i]``: how far image i sits above the tightest packing from position 0.

    Two images can both keep their positions (with everything between them rewritten) exactly
    when the later one's headroom is at least the earlier one's.
    """
    headrooms: list[int] = []
    descents = 0
    previous: int | None = None
    for image_id, position in zip(ids, positions, strict=True):
        if previous is not None and image_id < previous:
            descents += 1
        headrooms.append(position - descents)
        previous = image_id
    return headrooms


def _longest_non_decreasing(values: Sequence[int]) -> list[int]:
    """Indices of a longest non-decreasing run of the headrooms; a negative headroom means
    not even the front has room for the images before it, so that image cannot stay."""
    return longest_ordered_run(values, strict=False, min_value=0)


def _fill_gaps(ids: Sequence[int], positions: Sequence[int], kept: Sequence[int]) -> dict[int, int]:
    """New positions for every image not in `kept`, spread out where the gap has room."""
    count = len(ids)
    plan: dict[int, int] = {}
    bounds = [-1, *kept, count]
    for low, high in pairwise(bounds):
        gap = range(low + 1, high)
        if not gap:
            continue
        below = (positions[low], ids[low]) if low >= 0 else None
        above = (positions[high], ids[high]) if high < count else None
        gap_ids = [ids[i] for i in gap]
        ideals = _spread(below, above, len(gap))
        ceilings = _ceilings(gap_ids, above)
        previous = below
        for offset, image_id in enumerate(gap_ids):
            floor = _lowest_after(previous, image_id)
            position = max(ideals[offset], floor)
            if ceilings is not None:
                position = min(position, ceilings[offset])
            if position < floor:  # cannot happen for a feasible kept set; guard the invariant
                raise AssertionError(f"no room for image {image_id} between kept images")
            plan[image_id] = position
            previous = (position, image_id)
    return plan


def _lowest_after(previous: tuple[int, int] | None, image_id: int) -> int:
    """The smallest position that sorts `image_id` after the key `previous` (0 at the front)."""
    if previous is None:
        return 0
    position, previous_id = previous
    return position if image_id > previous_id else position + 1


def _ceilings(gap_ids: Sequence[int], above: tuple[int, int] | None) -> list[int] | None:
    """For each image in a gap, the highest position that still leaves room for the rest.

    Mirror of `_lowest_after`, walked back from the kept image above; None when the gap is
    open-ended (after the last kept image).
    """
    if above is None:
        return None
    ceilings = [0] * len(gap_ids)
    position, next_id = above
    for offset in range(len(gap_ids) - 1, -1, -1):
        image_id = gap_ids[offset]
        position = position if image_id < next_id else position - 1
        ceilings[offset] = position
        next_id = image_id
    return ceilings


def _spread(below: tuple[int, int] | None, above: tuple[int, int] | None, count: int) -> list[int]:
    """Evenly spaced target positions for `count` images between two kept keys.

    Targets only: `_fill_gaps` clamps them so ties and full gaps still sort correctly.
    """
    if above is None:
        start = below[0] if below is not None else -SPREAD_STEP
        return [start + SPREAD_STEP * (k + 1) for k in range(count)]
    start = below[0] if below is not None else 0
    span = above[0] - start
    return [start + span * (k + 1) // (count + 1) for k in range(count)]
