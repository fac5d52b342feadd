"""Image details in the model, without widgets: languages, availabilities, ImageDetails, and the
gallery's detail edits on the one undo stack they share with reorders.

What matters to a seller: several selected images change in one step with a name saying what
it did, undo and redo land on exactly the state before (whatever mix of reorders and detail
edits came first), and bad input is refused with a clear message while nothing else changes.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imagedeck.model.details import (
    Availability,
    ImageDetails,
    ImageName,
    details_from_data,
    details_from_record,
    details_to_data,
)
from imagedeck.model.gallery import DetailsChanged, DirtyChanged, Gallery, GalleryEvent, Moved
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.languages import LANGUAGES, UnknownLanguage, check_language, language_name

LISTING = ListingRef("plentymarkets", "101")
EVERYWHERE = frozenset(Availability(t) for t in ("mandant", "marketplace", "listing"))


def make_gallery(count: int = 6) -> tuple[Gallery, list[GalleryEvent]]:
    """Images "a", "b", ... each with a German name, available everywhere, linked to 1011."""
    gallery = Gallery()
    ids = string.ascii_lowercase[:count]
    details = {
        image_id: ImageDetails((ImageName("de", f"Bild {image_id}"),), EVERYWHERE, {"1011"})
        for image_id in ids
    }
    gallery.load(LISTING, [Image(id=image_id) for image_id in ids], details)
    events: list[GalleryEvent] = []
    gallery.subscribe(events.append)
    return gallery, events


def snapshot(gallery: Gallery) -> tuple[tuple[str, ...], dict[str, ImageDetails]]:
    return gallery.order, gallery.details_by_id


# -- languages -----------------------------------------------------------------------------------


def test_plentymarkets_codes_have_readable_names() -> None:
    assert list(LANGUAGES)[:3] == ["de", "en", "bg"] and len(LANGUAGES) == 26
    assert language_name("se") == "Swedish" and language_name("cz") == "Czech"
    assert language_name("cn") == "Chinese" and language_name("vn") == "Vietnamese"
    assert language_name("nn") == "Norwegian"
    assert check_language("en") == "en"


@pytest.mark.parametrize(
    ("code", "hint"), [("sv", "Swedish is 'se'"), ("zh", "Chinese is 'cn'"), ("EN", "'en'")]
)
def test_an_unknown_language_names_the_code_the_meant_one_and_the_valid_ones(
    code: str, hint: str
) -> None:
    with pytest.raises(UnknownLanguage) as caught:
        check_language(code)
    message = str(caught.value)
    assert repr(code) in message and hint in message
    assert "de, en, bg" in message and "hu" in message
    assert isinstance(caught.value, ValueError)


# -- availabilities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"), [(-1, -1), (0, 0), ("12", 12), (" 7 ", 7), (4.0, 4), ("-1", -1)]
)
def test_availability_values_become_ints(value: object, expected: int) -> None:
    assert Availability("marketplace", value).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("abc", "availability value 'abc' is not a number"),
        ("", "availability value '' is not a number"),
        (None, "availability value None is not a number"),
        (True, "availability value True is not a number"),
        (4.5, "availability value 4.5 is not a whole number"),
        (-2, "availability value -2 is not allowed"),
    ],
)
def test_a_bad_availability_value_is_refused_in_words(value: object, words: str) -> None:
    with pytest.raises(ValueError) as caught:
        Availability("marketplace", value)  # type: ignore[arg-type]
    assert words in str(caught.value)


def test_an_unknown_availability_type_is_refused_listing_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="'shop' is unknown; use one of mandant, marketplace"):
        Availability("shop", 1)


def test_availabilities_describe_themselves() -> None:
    assert Availability("mandant").describe() == "all stores"
    assert Availability("mandant", 41234).describe() == "store 41234"
    assert Availability("listing", 7).describe() == "listing 7"
    assert Availability("marketplace", 4.0) == Availability("marketplace", "4")


# -- ImageDetails --------------------------------------------------------------------------------


def test_names_are_sorted_by_language_and_one_per_language() -> None:
    details = ImageDetails((ImageName("fr", "Vue"), ImageName("de", "Bild")))
    assert details.languages == ("de", "fr")
    assert details == ImageDetails((ImageName("de", "Bild"), ImageName("fr", "Vue")))
    with pytest.raises(ValueError, match="more than one name per language"):
        ImageDetails((ImageName("de", "a"), ImageName("de", "b")))


def test_with_name_sets_replaces_and_removes() -> None:
    details = ImageDetails().with_name("en", "Front", "Shoe from the front")
    assert details.name("en") == ImageName("en", "Front", "Shoe from the front")
    details = details.with_name("en", "Side")
    assert details.name("en") == ImageName("en", "Side", "")
    assert details.with_name("en", "", "").name("en") is None  # empty → removed, never ""
    assert details.with_name("en", "  ", "").name("en") is None
    assert details.without_name("en") == ImageDetails()


def test_alternative_text_without_a_name_is_refused() -> None:
    with pytest.raises(ValueError, match="English alternative text needs a name"):
        ImageDetails().with_name("en", "", "alt")


def test_with_name_refuses_an_unknown_language() -> None:
    with pytest.raises(UnknownLanguage, match="'sv'"):
        ImageDetails().with_name("sv", "Framsida")


def test_availability_and_variation_helpers() -> None:
    store = Availability("mandant", 41234)
    details = ImageDetails().with_availability(store).with_variation(1012)
    assert details.availabilities == {store} and details.variations == {"1012"}
    assert details.without_availability(store).without_variation("1012") == ImageDetails()
    with pytest.raises(ValueError, match="variation id 'abc' is not a number"):
        details.with_variation("abc")


def test_details_from_a_plentymarkets_record() -> None:
    record = {
        "id": 2001,
        "names": [
            {"imageId": 2001, "lang": "en", "name": "Front", "alternate": None},
            {"imageId": 2001, "lang": "de", "name": "Vorne", "alternate": "Vorderseite"},
        ],
        "availabilities": [
            {"imageId": 2001, "type": "mandant", "value": -1.0},
            {"imageId": 2001, "type": "marketplace", "value": 4.0},
            {"imageId": 2001, "type": "galaxy", "value": 1.0},  # unknown: skipped, not fatal
        ],
    }
    details = details_from_record(record, [1011, "1012"])
    assert details.names == (ImageName("de", "Vorne", "Vorderseite"), ImageName("en", "Front"))
    assert details.availabilities == {Availability("mandant"), Availability("marketplace", 4)}
    assert details.variations == {"1011", "1012"}
    assert details_from_record({"id": 1}) == ImageDetails()


def test_details_survive_the_journal_form() -> None:
    details = ImageDetails(
        (ImageName("de", "Bild", "alt"), ImageName("fr", "Vue")),
        {Availability("mandant"), Availability("listing", 7)},
        {"1011", "1013"},
    )
    assert details_from_data(details_to_data(details)) == details


# -- the gallery: detail edits -------------------------------------------------------------------


def test_one_edit_changes_several_images_as_one_undo_step() -> None:
    gallery, events = make_gallery()
    assert gallery.set_name(["b", "d", "e"], "en", "Shoe")
    assert gallery.undo_label == "Set English name"
    assert [gallery.details(i).name("en") for i in "bde"] == [ImageName("en", "Shoe")] * 3
    assert gallery.details("a").name("en") is None
    assert gallery.loaded_details("b").name("en") is None
    assert events == [DetailsChanged(("b", "d", "e")), DirtyChanged(True)]
    assert gallery.dirty and gallery.details_dirty and not gallery.order_dirty
    assert list(gallery.changed_details) == ["b", "d", "e"]

    events.clear()
    assert gallery.undo()
    assert events == [DetailsChanged(("b", "d", "e")), DirtyChanged(False)]
    assert not gallery.dirty and gallery.changed_details == {}
    assert gallery.redo() and gallery.details("d").name("en") == ImageName("en", "Shoe")


def test_only_images_that_change_are_recorded_and_reported() -> None:
    gallery, events = make_gallery()
    gallery.link_variation(["a"], "1012")
    events.clear()
    assert gallery.link_variation(["a", "b"], 1012)
    assert gallery.undo_label == "Link to variation 1012"
    assert events == [DetailsChanged(("b",))]  # already dirty: no DirtyChanged


@pytest.mark.parametrize(
    ("edit", "label"),
    [
        (lambda g: g.set_name(["a"], "fr", "Vue"), "Set French name"),
        (lambda g: g.set_name(["a"], "de", ""), "Remove German name"),
        (lambda g: g.remove_name(["a"], "de"), "Remove German name"),
        (
            lambda g: g.add_availability(["a"], Availability("mandant", 7)),
            "Make available in store 7",
        ),
        (lambda g: g.remove_availability(["a"], Availability("mandant")), "Remove from all stores"),
        (lambda g: g.link_variation(["a"], "1013"), "Link to variation 1013"),
        (lambda g: g.unlink_variation(["a"], "1011"), "Unlink from variation 1011"),
    ],
)
def test_each_detail_edit_says_what_it_did(edit, label: str) -> None:
    gallery, _ = make_gallery()
    assert edit(gallery)
    assert gallery.undo_label == label


def test_make_available_in_all_stores() -> None:
    gallery, _ = make_gallery()
    gallery.remove_availability(["a", "b"], Availability("mandant"))
    assert gallery.add_availability(["a", "b", "c"], Availability("mandant", -1))
    assert gallery.undo_label == "Make available in all stores"
    assert not gallery.dirty  # back where it was loaded


def test_an_edit_that_changes_nothing_records_nothing_and_keeps_redo() -> None:
    gallery, events = make_gallery()
    gallery.move_to_end([0])
    gallery.undo()
    events.clear()
    assert not gallery.link_variation(["a", "b"], "1011")  # linked already
    assert not gallery.set_name([], "en", "x")
    assert events == [] and gallery.redo_label == "Move to end"


@pytest.mark.parametrize(
    "bad_edit",
    [
        lambda g: g.set_name(["a", "b"], "sv", "Framsida"),
        lambda g: g.set_name([], "xx", "x"),
        lambda g: g.set_name(["a"], "en", "", "alt only"),
        lambda g: g.add_availability(["a"], Availability("marketplace", "abc")),
        lambda g: g.link_variation(["a"], "abc"),
        lambda g: g.set_name(["a", "zz"], "en", "x"),  # an image that is not there
        lambda g: g.edit_details(["a", "b"], _fails_on_b, "Half done"),
    ],
)
def test_bad_input_raises_and_changes_nothing(bad_edit) -> None:
    gallery, events = make_gallery()
    gallery.shift([2], 1)
    before, label = snapshot(gallery), gallery.undo_label
    events.clear()
    with pytest.raises((ValueError, KeyError)):
        bad_edit(gallery)
    assert snapshot(gallery) == before and gallery.undo_label == label and events == []


def _fails_on_b(details: ImageDetails) -> ImageDetails:
    if details.name("de") == ImageName("de", "Bild b"):
        raise ValueError("refused")
    return details.with_name("en", "x")


def test_load_takes_details_and_resets_history() -> None:
    gallery, events = make_gallery()
    gallery.set_name(["a"], "en", "x")
    events.clear()
    gallery.load(LISTING, [Image(id="x"), Image(id="y")], {"x": ImageDetails().with_variation(7)})
    assert gallery.details("x").variations == {"7"} and gallery.details("y") == ImageDetails()
    assert gallery.loaded_details("x") == gallery.details("x")
    assert not gallery.dirty and gallery.undo_label is None
    assert events[-1] == DirtyChanged(False)
    gallery.load(LISTING, [Image(id="x")])  # without details: none
    assert gallery.details("x") == ImageDetails()


def test_undo_of_a_mixed_history_restores_each_exact_state() -> None:
    gallery, _ = make_gallery()
    states = [snapshot(gallery)]
    gallery.move_to_front([3])
    states.append(snapshot(gallery))
    gallery.set_name(["a", "d"], "en", "Front")
    states.append(snapshot(gallery))
    gallery.shift([1], 2)
    states.append(snapshot(gallery))
    gallery.remove_availability(["d"], Availability("listing"))
    states.append(snapshot(gallery))
    for state in reversed(states[:-1]):
        assert gallery.undo()
        assert snapshot(gallery) == state
    assert not gallery.dirty
    for state in states[1:]:
        assert gallery.redo()
        assert snapshot(gallery) == state


# -- random mixed edits --------------------------------------------------------------------------

Op = tuple[str, tuple[int, ...], int]
LANGS = ["de", "en", "fr"]
AVAILABILITIES = [Availability("mandant"), Availability("marketplace", 4), Availability("listing")]


@st.composite
def operations(draw: st.DrawFn) -> list[Op]:
    kinds = st.sampled_from(
        ["move", "name", "unname", "avail", "unavail", "link", "unlink", "undo", "undo", "redo"]
    )
    rows = st.lists(st.integers(0, 7), min_size=1, max_size=3).map(tuple)
    return draw(st.lists(st.tuples(kinds, rows, st.integers(0, 8)), max_size=30))


def run(gallery: Gallery, op: Op) -> None:
    kind, rows, number = op
    ids = [gallery.order[row % len(gallery)] for row in rows]
    if kind == "move":
        gallery.move([row % len(gallery) for row in rows], number)
    elif kind == "name":
        gallery.set_name(ids, LANGS[number % 3], f"name {number}", "alt" if number % 2 else "")
    elif kind == "unname":
        gallery.set_name(ids, LANGS[number % 3], "")
    elif kind == "avail":
        gallery.add_availability(ids, AVAILABILITIES[number % 3])
    elif kind == "unavail":
        gallery.remove_availability(ids, AVAILABILITIES[number % 3])
    elif kind == "link":
        gallery.link_variation(ids, 1011 + number % 3)
    elif kind == "unlink":
        gallery.unlink_variation(ids, 1011 + number % 3)
    elif kind == "undo":
        gallery.undo()
    elif kind == "redo":
        gallery.redo()


@settings(deadline=None, max_examples=200)
@given(operations())
def test_undo_and_redo_follow_a_model_of_the_history(ops: list[Op]) -> None:
    """A plain list of states (with a cursor) predicts the gallery after every edit, undo and
    redo; the events keep a mirror of the rows right; DirtyChanged reports each flip once."""
    gallery, events = make_gallery(8)
    loaded = snapshot(gallery)
    history, cursor = [loaded], 0
    mirror, known_dirty = list(gallery.order), False
    for op in ops:
        events.clear()
        before = snapshot(gallery)
        run(gallery, op)
        after = snapshot(gallery)
        if op[0] == "undo":
            cursor = max(0, cursor - 1)
        elif op[0] == "redo":
            cursor = min(len(history) - 1, cursor + 1)
        elif after != before:
            history[cursor + 1 :] = [after]
            cursor += 1
        assert after == history[cursor], op
        for event in events:
            if isinstance(event, Moved):
                mirror.insert(event.dest, mirror.pop(event.source))
            elif isinstance(event, DirtyChanged):
                assert event.dirty != known_dirty
                known_dirty = event.dirty
        assert mirror == list(gallery.order)
        assert known_dirty == gallery.dirty == (after != loaded), op
