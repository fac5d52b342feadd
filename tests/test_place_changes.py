"""Conflict summaries in the places a seller sees (issue 15: "image 2025 moved from position
681 to 0" while the grid only ever shows places 1–64)."""

from __future__ import annotations

from imagedeck.model.image import Image
from imagedeck.model.place_changes import PlaceChange, changed_places, describe_changes


def images(*ids: str, positions: dict[str, int] | None = None) -> list[Image]:
    positions = positions or {}
    return [Image(i, position=positions.get(i, 10 * n)) for n, i in enumerate(ids)]


def test_a_move_to_the_front_is_one_change_in_places_not_positions() -> None:
    loaded = images(*[str(2000 + n) for n in range(64)])
    current = [loaded[25], *loaded[:25], *loaded[26:]]
    current = [Image(i.id, position=0 if i.id == "2025" else i.position) for i in current]
    assert changed_places(loaded, current) == [PlaceChange("2025", 26, 1)]
    assert describe_changes(loaded, current) == ["image 26 moved to place 1"]


def test_an_added_image_does_not_make_the_others_moved() -> None:
    loaded = images("a", "b", "c")
    current = images("new", "a", "b", "c")
    assert describe_changes(loaded, current) == ["a new image appeared at place 1"]


def test_a_removed_image_is_named_by_its_place_and_same_order_is_no_change() -> None:
    loaded = images("a", "b", "c")
    assert describe_changes(loaded, images("a", "c")) == ["image 2 was deleted"]
    renumbered = images("a", "b", "c", positions={"a": 681, "b": 700, "c": 900})
    assert describe_changes(loaded, renumbered) == []
