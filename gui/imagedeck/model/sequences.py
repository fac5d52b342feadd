"""Longest ordered subsequences: the core of every "move as little as possible" decision.

Both the gallery (which rows must move to reach an order) and the plentymarkets save plan
(which images can keep their positions) ask the same question of a sequence of numbers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


def longest_ordered_run(
    values: Sequence[int], *, strict: bool, min_value: int | None = None
) -> list[int]:
    """Indices of a longest increasing (`strict`) or non-decreasing subsequence of `values`.

    Values below `min_value` can never be part of it. Patience sorting: `tails[k]` is the
    smallest last value of any run of length k+1 seen so far. O(n log n).
    """
    find = bisect_left if strict else bisect_right
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        if min_value is not None and value < min_value:
            continue
        length = find(tails, value)
        if length:
            previous[index] = tail_at[length - 1]
        if length == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[length] = value
            tail_at[length] = index
    run: list[int] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        run.append(index)
        index = previous[index]
    run.reverse()
    return run
