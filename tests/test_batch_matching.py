"""Matching photos to listings by file name, and their order (batch/matching.py): the
longest key that prefixes a name at a separator wins, case-insensitively."""

from __future__ import annotations

from pathlib import Path

from imagedeck.batch.matching import KeyIndex, all_candidates, ordered
from imagedeck.model.catalogue import ITEM_ID, VARIATION_ID, VARIATION_NUMBER, CatalogueKey
from imagedeck.model.image import ListingRef

ITEM = ListingRef("plentymarkets", "10001", "100010")
SIZE_M = ListingRef("plentymarkets", "10001", "100011")
OTHER = ListingRef("plentymarkets", "10002", "100020")


def index() -> KeyIndex:
    return KeyIndex(
        [
            CatalogueKey("A-10001", ITEM, VARIATION_NUMBER),
            CatalogueKey("A-10001-M", SIZE_M, VARIATION_NUMBER),
            CatalogueKey("A-10002", OTHER, VARIATION_NUMBER),
            CatalogueKey("100011", SIZE_M, VARIATION_ID),
            CatalogueKey("10001", ListingRef("plentymarkets", "10001"), ITEM_ID),
        ]
    )


def matched(name: str) -> tuple[ListingRef, str] | None:
    found = index().match(Path(name))
    return None if found is None else (found.key.listing, found.sequence)


def test_the_longest_key_wins_so_hyphenated_numbers_find_their_variation() -> None:
    assert matched("A-10001-M-1.jpg") == (SIZE_M, "1")
    assert matched("A-10001-M.jpg") == (SIZE_M, "")
    assert matched("A-10001-1.jpg") == (ITEM, "1")
    assert matched("A-10001_2.jpg") == (ITEM, "2")
    assert matched("A-10001 front.png") == (ITEM, "front")
    assert matched("A-10001.back.jpg") == (ITEM, "back")


def test_a_key_must_end_at_a_separator_and_case_does_not_matter() -> None:
    assert matched("A-100012.jpg") is None  # "A-10001" is followed by a digit, not a separator
    assert matched("a-10001-m-3.JPG") == (SIZE_M, "3")
    assert matched("A-10001-MX.jpg") == (ITEM, "MX")
    assert matched("B-10001-1.jpg") is None


def test_variation_and_item_ids_are_keys_too() -> None:
    assert matched("100011-2.jpg") == (SIZE_M, "2")
    assert matched("10001_front.jpg") == (ListingRef("plentymarkets", "10001"), "front")


def test_a_variation_number_beats_an_id_spelled_the_same() -> None:
    keys = KeyIndex(
        [
            CatalogueKey("500", ListingRef("plentymarkets", "500"), ITEM_ID),
            CatalogueKey("500", OTHER, VARIATION_NUMBER),
        ]
    )
    found = keys.match(Path("500-1.jpg"))
    assert found is not None and found.key.listing == OTHER


def test_order_no_sequence_first_then_numbers_numerically_then_words_by_name() -> None:
    names = ["A-10001-front.jpg", "A-10001-10.jpg", "A-10001-2.jpg", "A-10001.jpg",
             "A-10001-back.jpg", "A-10001-1.jpg"]  # fmt: skip
    keys = index()
    matches = [keys.match(Path(n)) for n in names]
    assert [m.path.name for m in ordered(m for m in matches if m)] == [
        "A-10001.jpg", "A-10001-1.jpg", "A-10001-2.jpg", "A-10001-10.jpg",
        "A-10001-back.jpg", "A-10001-front.jpg",
    ]  # fmt: skip


def test_candidates_keep_the_spelling_for_the_look_up() -> None:
    assert all_candidates([Path("A-10001-M_1.jpg")]) == {"A-10001-M_1", "A-10001-M", "A-10001", "A"}
