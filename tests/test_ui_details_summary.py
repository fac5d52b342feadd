"""The plain-Python parts of the details panel: what a selection has in common, how typed
languages are understood, and how file facts are worded. No widgets needed."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

import pytest

from imagedeck.model.details import Availability, ImageDetails, ImageName
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.kept_edits import edits_between, reapply
from imagedeck.model.languages import UnknownLanguage
from imagedeck.session.detail_summary import (
    ALTERNATE,
    NAME,
    availability_shares,
    languages_of,
    link_shares,
    shared_text,
)
from imagedeck.ui.details.image_info import human_size, readable_time
from imagedeck.ui.details.language_picker import parse_language

FRONT = ImageDetails(
    (ImageName("en", "Front", "Shoe from the front"), ImageName("de", "Vorne")),
    frozenset({Availability("mandant", -1), Availability("marketplace", 4)}),
    frozenset({"11"}),
)
BACK = ImageDetails(
    (ImageName("en", "Back"), ImageName("fr", "Dos")),
    frozenset({Availability("mandant", 41234), Availability("marketplace", 4)}),
    frozenset({"11", "12"}),
)


def test_languages_come_in_plentymarkets_order_with_unknown_codes_last() -> None:
    odd = ImageDetails((ImageName("xx", "?"),))
    assert languages_of([FRONT, BACK, odd]) == ["de", "en", "fr", "xx"]


def test_shared_text_is_the_text_when_equal_and_mixed_otherwise() -> None:
    assert shared_text([FRONT], "en", NAME).text == "Front"
    assert not shared_text([FRONT, FRONT], "en", ALTERNATE).mixed
    mixed = shared_text([FRONT, BACK], "en", NAME)
    assert mixed.mixed and mixed.text == ""
    assert dict(mixed.counts) == {"Front": 1, "Back": 1}
    missing = shared_text([FRONT, BACK], "de", NAME)
    assert missing.mixed and dict(missing.counts) == {"Vorne": 1, "": 1}


def test_availability_shares_split_all_from_chosen_ids() -> None:
    everywhere, chosen = availability_shares([FRONT, BACK], "mandant")
    assert (everywhere.count, everywhere.total, everywhere.partly) == (1, 2, True)
    assert list(chosen) == [41234] and chosen[41234].partly
    everywhere, chosen = availability_shares([FRONT, BACK], "marketplace")
    assert everywhere.count == 0 and chosen[4].everywhere


def test_link_shares_count_linked_images_per_variation() -> None:
    shares = link_shares([FRONT, BACK])
    assert shares["11"].everywhere and shares["12"].partly


@pytest.mark.parametrize(
    ("typed", "code"),
    [("fr", "fr"), ("French", "fr"), ("french", "fr"), ("French (fr)", "fr"), ("EN", "en")],
)
def test_a_typed_language_becomes_its_plentymarkets_code(typed: str, code: str) -> None:
    assert parse_language(typed) == code


def test_an_unknown_language_is_refused_naming_it() -> None:
    with pytest.raises(UnknownLanguage, match="'xx'"):
        parse_language("xx")
    with pytest.raises(UnknownLanguage, match="Swedish is 'se'"):
        parse_language("sv")
    with pytest.raises(ValueError, match="choose a language"):
        parse_language("  ")


@pytest.mark.parametrize(
    ("size", "text"),
    [(None, ""), (1, "1 byte"), (900, "900 bytes"), (1536, "1.5 KB"), (47_227, "46.1 KB")],
)
def test_file_sizes_read_like_a_file_manager(size: int | None, text: str) -> None:
    assert human_size(size) == text


def test_big_file_sizes_and_times_are_readable() -> None:
    assert human_size(3 * 1024 * 1024) == "3.0 MB"
    assert human_size(250 * 1024 * 1024) == "250 MB"
    assert readable_time("2023-04-03T10:52:00+02:00", timezone(timedelta(hours=2))) == (
        "3 Apr 2023, 10:52"
    )
    assert readable_time("yesterday") == "yesterday"
    assert readable_time("") == ""


def test_kept_edits_go_back_on_top_of_a_new_server_state_as_one_undo_step() -> None:
    """What the window does after a cancelled save: the seller's facts made again on what
    the server holds now, leaving what others changed there alone."""
    loaded = {"1": FRONT, "2": BACK, "3": FRONT}
    wanted = {
        "1": FRONT.with_name("en", "Front!"),
        "2": BACK.with_variation("13"),
        "3": FRONT.with_name("en", "Front!"),
    }
    edits = edits_between(loaded, wanted)
    assert set(edits) == {"1", "2", "3"}
    server = {**loaded, "2": BACK.with_name("it", "Retro")}  # someone added Italian meanwhile
    gallery = Gallery()
    gallery.load(ListingRef("plentymarkets", "7"), [Image(i) for i in "123"], server)
    assert reapply(gallery, edits, "Edit details (not saved)") == 1
    assert gallery.details("1").name("en").name == "Front!"
    assert gallery.details("3").name("en").name == "Front!"
    assert gallery.details("2").variations == {"11", "12", "13"}
    assert gallery.details("2").name("it").name == "Retro", "their change is kept"
    assert gallery.undo_label == "Edit details (not saved)"
    gallery.undo()
    assert not gallery.dirty


@pytest.mark.parametrize(
    ("locale", "zone", "text"),
    [
        ("en_GB", UTC, "4 Dec 2026, 14:43"),
        ("en_US", UTC, "4 Dec 2026, 2:43\u202fPM"),
        ("de_DE", timezone(timedelta(hours=1)), "4 Dez. 2026, 15:43"),
        ("en_GB", timezone(timedelta(hours=-5)), "4 Dec 2026, 09:43"),
    ],
)
def test_times_are_shown_on_the_sellers_clock_in_their_format(locale, zone, text) -> None:
    """Issue 15: "Updated 15:43" at 14:43 UTC, because the server sent +01:00."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert readable_time("2026-12-04T15:43:00+01:00", zone) == text
    finally:
        QLocale.setDefault(before)
