"""The Gallery owns the order: drops, shifts, undo/redo and the events the Qt adapter replays.

The Qt list model only turns `Moved` events into beginMoveRows/endMoveRows, so the events must
describe the change exactly: replaying them on a plain list has to give the gallery's order
after every edit, or the view would show something other than what will be saved.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imagedeck.model.gallery import (
    AboutToMove,
    AboutToReset,
    DirtyChanged,
    Gallery,
    GalleryEvent,
    Moved,
    Reset,
    RowsAboutToChange,
)
from imagedeck.model.image import Image, ListingRef

LISTING = ListingRef("plentymarkets", "101")


def make_gallery(count: int = 8) -> tuple[Gallery, list[GalleryEvent]]:
    """A gallery of images "a", "b", ... loaded clean, and the list its settled events go to
    (the second phase of each change; the first phase is checked on its own below)."""
    gallery = Gallery()
    gallery.load(LISTING, [Image(id=letter) for letter in string.ascii_lowercase[:count]])
    events: list[GalleryEvent] = []

    def settled(event: GalleryEvent) -> None:
        if not isinstance(event, RowsAboutToChange):
            events.append(event)

    gallery.subscribe(settled)
    return gallery, events


def order(gallery: Gallery) -> str:
    return "".join(gallery.order)


def replay(events: list[GalleryEvent], start: list[str], gallery: Gallery) -> list[str]:
    """What an adapter that only sees the events would hold: Reset re-reads, Moved moves."""
    rows = list(start)
    for event in events:
        if isinstance(event, Reset):
            rows = list(gallery.order)
        elif isinstance(event, Moved):
            assert 0 <= event.source < len(rows) and 0 <= event.dest < len(rows), event
            rows.insert(event.dest, rows.pop(event.source))
    return rows


def dirty_events(events: list[GalleryEvent]) -> list[bool]:
    return [event.dirty for event in events if isinstance(event, DirtyChanged)]


# -- drops ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "dest", "expected"),
    [
        ([3, 5], 1, "adfbcegh"),  # non-contiguous, dropped before them
        ([1, 3], 6, "acefbdgh"),  # non-contiguous, dropped after them
        ([1, 4], 3, "acbedfgh"),  # dropped between the picked rows
        ([0, 7], 4, "bcdahefg"),  # both ends into the middle
        ([6, 2, 4], 0, "cegabdfh"),  # rows in any order keep their current relative order
        ([2, 2, 5], 8, "abdeghcf"),  # repeated rows count once; dest = len is the end
        ([1], 99, "acdefghb"),  # dest past the end clamps to the end
        ([6], -5, "gabcdefh"),  # dest before the front clamps to the front
    ],
)
def test_move_drops_the_picked_rows_together(rows: list[int], dest: int, expected: str) -> None:
    gallery, _ = make_gallery()
    assert gallery.move(rows, dest)
    assert order(gallery) == expected


@pytest.mark.parametrize(("rows", "dest"), [([2, 3], 2), ([2, 3], 3), ([2, 3], 4), ([0], 0)])
def test_drop_onto_itself_changes_nothing(rows: list[int], dest: int) -> None:
    gallery, events = make_gallery()
    assert not gallery.move(rows, dest)
    assert order(gallery) == "abcdefgh"
    assert events == []
    assert gallery.undo_label is None


def test_move_of_nothing_is_not_an_edit() -> None:
    gallery, events = make_gallery()
    assert not gallery.move([], 3)
    assert events == [] and gallery.undo_label is None


@pytest.mark.parametrize("rows", [[8], [-1], [0, 8]])
def test_move_of_rows_that_do_not_exist_raises(rows: list[int]) -> None:
    gallery, events = make_gallery()
    with pytest.raises(IndexError):
        gallery.move(rows, 0)
    assert order(gallery) == "abcdefgh" and events == []


def test_move_to_front_and_end() -> None:
    gallery, _ = make_gallery()
    assert gallery.move_to_front([4, 6])
    assert order(gallery) == "egabcdfh"
    assert gallery.undo_label == "Make main image"
    assert gallery.move_to_end([0])
    assert order(gallery) == "gabcdfhe"
    assert gallery.undo_label == "Move to end"
    assert not gallery.move_to_end([7])
    assert not gallery.move_to_front([0])


# -- shifts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "step", "expected", "label"),
    [
        ([3], -1, "abdcefgh", "Move left"),
        ([3], 1, "abcedfgh", "Move right"),
        ([2, 3], -2, "cdabefgh", "Move left"),
        ([2, 3], 1, "abecdfgh", "Move right"),
        ([1], -5, "bacdefgh", "Move left"),  # clamped at the front
        ([6], 5, "abcdefhg", "Move right"),  # clamped at the end
        ([0, 3], 1, "bceadfgh", "Move right"),  # gathers behind the last
    ],
)
def test_shift(rows: list[int], step: int, expected: str, label: str) -> None:
    gallery, _ = make_gallery()
    assert gallery.shift(rows, step)
    assert order(gallery) == expected
    assert gallery.undo_label == label


@pytest.mark.parametrize(("rows", "step"), [([0], -1), ([0, 1], -3), ([7], 1), ([6, 7], 4)])
def test_shift_past_an_end_is_not_an_edit(rows: list[int], step: int) -> None:
    gallery, events = make_gallery()
    assert not gallery.shift(rows, step)
    assert order(gallery) == "abcdefgh" and events == []


# -- set_order -----------------------------------------------------------------------------------


@pytest.mark.parametrize("wanted", ["abcdefg", "abcdefgg", "abcdefgz", "abcdefghi"])
def test_set_order_refuses_anything_but_a_permutation(wanted: str) -> None:
    gallery, events = make_gallery()
    with pytest.raises(ValueError):
        gallery.set_order(list(wanted))
    assert order(gallery) == "abcdefgh" and events == []


# -- events --------------------------------------------------------------------------------------


def test_events_replay_to_the_same_order() -> None:
    gallery, events = make_gallery()
    gallery.move([1, 5], 7)
    assert replay(events, list("abcdefgh"), gallery) == list(gallery.order)


Op = tuple[str, tuple[int, ...], int]


@st.composite
def operations(draw: st.DrawFn) -> list[Op]:
    """Random edits a user could make: drops, shifts, front/end, reorders, undo, redo, reload."""
    kinds = st.sampled_from(
        ["move", "move", "shift", "front", "end", "set", "undo", "undo", "redo", "load"]
    )
    rows = st.lists(st.integers(0, 11), min_size=1, max_size=4).map(tuple)
    return draw(st.lists(st.tuples(kinds, rows, st.integers(-3, 13)), max_size=25))


def run(gallery: Gallery, op: Op, shuffle: list[int]) -> None:
    kind, rows, number = op
    size = len(gallery)
    picked = [row % size for row in rows]
    if kind == "move":
        gallery.move(picked, number)
    elif kind == "shift":
        gallery.shift(picked, number or 1)
    elif kind == "front":
        gallery.move_to_front(picked)
    elif kind == "end":
        gallery.move_to_end(picked)
    elif kind == "set":
        gallery.set_order([gallery.order[i] for i in shuffle])
    elif kind == "undo":
        gallery.undo()
    elif kind == "redo":
        gallery.redo()
    elif kind == "load":
        gallery.load(LISTING, list(gallery.images))


@settings(deadline=None, max_examples=200)
@given(
    st.integers(1, 12).flatmap(
        lambda size: st.tuples(st.just(size), operations(), st.permutations(range(size)))
    )
)
def test_replaying_events_always_reproduces_the_order(
    case: tuple[int, list[Op], list[int]],
) -> None:
    """After every edit the event-fed copy equals the gallery, and DirtyChanged reports every
    change of `dirty` exactly once (alternating, never repeating a value)."""
    size, ops, shuffle = case
    gallery, events = make_gallery(size)
    mirror = list(gallery.order)
    known_dirty = False
    for op in ops:
        events.clear()
        run(gallery, op, list(shuffle))
        mirror = replay(events, mirror, gallery)
        assert mirror == list(gallery.order), op
        for dirty in dirty_events(events):
            assert dirty != known_dirty, f"DirtyChanged({dirty}) repeats the state, {op}"
            known_dirty = dirty
        assert known_dirty == gallery.dirty, op
        assert gallery.dirty == (gallery.order != gallery.loaded_order)


def test_unsubscribe_stops_events() -> None:
    gallery, events = make_gallery()
    seen: list[GalleryEvent] = []
    unsubscribe = gallery.subscribe(seen.append)
    gallery.shift([2], 1)
    unsubscribe()
    gallery.shift([2], 1)
    assert len(seen) < len(events)


# -- dirty ---------------------------------------------------------------------------------------


def test_dirty_follows_the_difference_from_the_loaded_order() -> None:
    gallery, events = make_gallery()
    assert not gallery.dirty

    gallery.shift([2], 1)
    assert gallery.dirty and dirty_events(events) == [True]

    events.clear()
    gallery.shift([0], 1)  # a second edit while dirty says nothing new
    assert gallery.dirty and dirty_events(events) == []

    events.clear()
    gallery.set_order(list("abcdefgh"))  # back to the loaded order by hand
    assert not gallery.dirty and dirty_events(events) == [False]

    events.clear()
    gallery.undo()
    assert gallery.dirty and dirty_events(events) == [True]

    events.clear()
    gallery.load(LISTING, list(gallery.images))  # saved and reloaded: this order is now clean
    assert not gallery.dirty
    assert events == [Reset(), DirtyChanged(False)]

    events.clear()
    gallery.load(LISTING, list(gallery.images))  # reloading a clean gallery only resets
    assert events == [Reset()]


def test_load_replaces_everything_and_clears_history() -> None:
    gallery, events = make_gallery()
    gallery.move_to_end([0])
    gallery.undo()
    gallery.move_to_front([3])
    events.clear()
    gallery.load(LISTING, [Image(id="x"), Image(id="y")])
    assert order(gallery) == "xy" and gallery.loaded_order == ("x", "y")
    assert gallery.undo_label is None and gallery.redo_label is None
    assert not gallery.undo() and not gallery.redo()
    assert events == [Reset(), DirtyChanged(False)]


# -- undo/redo -----------------------------------------------------------------------------------


def test_undo_and_redo_restore_exact_orders_and_labels() -> None:
    gallery, _ = make_gallery()
    history = [order(gallery)]
    gallery.move_to_front([5])
    history.append(order(gallery))
    gallery.shift([2, 4], 1)
    history.append(order(gallery))
    gallery.set_order(list(reversed(gallery.order)), "Reverse")
    history.append(order(gallery))
    labels = ["Make main image", "Move right", "Reverse"]

    for step in range(3, 0, -1):
        assert gallery.undo_label == labels[step - 1]
        assert gallery.undo()
        assert order(gallery) == history[step - 1]
        assert gallery.redo_label == labels[step - 1]
    assert not gallery.undo() and gallery.undo_label is None
    assert not gallery.dirty

    for step in range(1, 4):
        assert gallery.redo()
        assert order(gallery) == history[step]
        assert gallery.undo_label == labels[step - 1]
    assert not gallery.redo() and gallery.redo_label is None


def test_a_new_edit_after_undo_drops_the_redo_branch() -> None:
    gallery, _ = make_gallery()
    gallery.move_to_end([0])
    gallery.undo()
    assert gallery.redo_label == "Move to end"
    gallery.shift([3], -1)
    assert gallery.redo_label is None and not gallery.redo()
    assert gallery.undo_label == "Move left"


def test_an_edit_that_changes_nothing_keeps_the_redo_branch() -> None:
    gallery, _ = make_gallery()
    gallery.move_to_end([0])
    gallery.undo()
    assert not gallery.move_to_front([0])
    assert gallery.redo_label == "Move to end"


def test_every_row_change_is_announced_before_it_happens() -> None:
    """The first phase comes while the gallery still holds the old rows, the second once
    it holds the new ones: what Qt's beginMoveRows/endMoveRows and beginResetModel need."""
    gallery, _ = make_gallery()
    seen: list[tuple[GalleryEvent, str]] = []
    gallery.subscribe(lambda event: seen.append((event, order(gallery))))
    gallery.move([0], 8)  # "a" to the end: one move
    gallery.load(LISTING, [Image(id="x"), Image(id="y")])
    assert [(event, rows) for event, rows in seen if not isinstance(event, DirtyChanged)] == [
        (AboutToMove(0, 7), "abcdefgh"),
        (Moved(0, 7), "bcdefgha"),
        (AboutToReset(), "bcdefgha"),
        (Reset(), "xy"),
    ]


def test_a_listing_title_is_in_the_asked_language_else_the_shops_first() -> None:
    from imagedeck.model.image import ListingSummary

    summary = ListingSummary(
        ListingRef("plentymarkets", "101"),
        "101-CLA · Geschenkset",
        names=(("de", "Geschenkset"), ("en", "Gift set")),
        number="101-CLA",
    )
    assert summary.title_in("en") == "101-CLA · Gift set"
    assert summary.title_in("de") == "101-CLA · Geschenkset"
    assert summary.title_in("fr") == "101-CLA · Geschenkset"  # the shop's first
    assert ListingSummary(ListingRef("autoscout24", "v"), "BMW").title_in("de") == "BMW"
