"""The open-listing dialog: helpful validation, a list filled in the background, and the
variation picker for plentymarkets only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.errors import AuthError
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.ui.browser.open_listing_dialog import OpenListingDialog, validate

LISTINGS = {
    "plentymarkets": [
        ListingSummary(ListingRef("plentymarkets", "101"), "Outdoor gift set", 64),
        ListingSummary(ListingRef("plentymarkets", "102"), "Ceramic mugs"),
    ],
    "autoscout24": [ListingSummary(ListingRef("autoscout24", "car-1"), "BMW 320d")],
}


async def fetch_listings(marketplace: str) -> list[ListingSummary]:
    if marketplace == "broken":
        raise AuthError("Login refused: wrong password.")
    return LISTINGS[marketplace]


async def fetch_variations(_marketplace: str, listing_id: str) -> list[tuple[str, str]]:
    return [("1011", "1011 Main"), ("1012", "1012 Blue")] if listing_id == "101" else []


@pytest.mark.parametrize(
    ("marketplace", "listing", "variation", "problem"),
    [
        ("plentymarkets", "101", "", ""),
        ("plentymarkets", "101", "1011", ""),
        ("plentymarkets", "", "", "Pick a listing"),
        ("plentymarkets", "10a", "", "is a number"),
        ("plentymarkets", "101", "x", "variation id is a number"),
        ("autoscout24", "3f1c9a52-8d4e", "", ""),
        ("autoscout24", "car 1", "", "letters, digits"),
        ("autoscout24", "102", "", "not a number"),
    ],
)
def test_validation_explains_what_is_wrong(marketplace, listing, variation, problem) -> None:
    message = validate(marketplace, listing, variation)
    assert (problem in message) if problem else message == ""


def make_dialog(qtbot: QtBot, marketplaces=("plentymarkets", "autoscout24"), current=None):
    dialog = OpenListingDialog(
        list(marketplaces), fetch_listings, fetch_variations, current=current
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def open_button(dialog: OpenListingDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Open)


def test_listings_fill_in_and_a_pick_fills_id_and_variations(qasync_loop, qtbot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.listings.count() == 2)
    assert dialog.listings.item(0).text() == "101 — Outdoor gift set (64 images)"
    assert not open_button(dialog).isEnabled()
    dialog.listings.setCurrentRow(0)
    assert dialog.listing_id.text() == "101"
    qtbot.waitUntil(lambda: dialog.variation.count() == 3)
    dialog.variation.setCurrentIndex(2)
    assert dialog.listing_ref() == ListingRef("plentymarkets", "101", "1012")
    assert open_button(dialog).isEnabled()
    dialog.close()


def test_autoscout24_has_no_variation_and_takes_vehicle_ids(qasync_loop, qtbot) -> None:
    dialog = make_dialog(qtbot)
    dialog.marketplace.setCurrentIndex(1)
    assert not dialog.variation.isVisibleTo(dialog)
    # The vehicle's name first: its UUID would push the name out of sight (issue 15).
    qtbot.waitUntil(lambda: dialog.listings.item(0).text() == "BMW 320d — car-1")
    dialog.listing_id.setText("car-1")
    assert dialog.listing_ref() == ListingRef("autoscout24", "car-1")
    dialog.close()


def test_typed_ids_are_checked_as_you_type(qasync_loop, qtbot) -> None:
    dialog = make_dialog(qtbot)
    dialog.listing_id.setText("abc")
    assert "is a number" in dialog.problem.text()
    assert not open_button(dialog).isEnabled()
    assert dialog.listing_ref() is None
    dialog.listing_id.setText("103")
    assert dialog.problem.text() == ""
    assert dialog.listing_ref() == ListingRef("plentymarkets", "103")
    dialog.close()


def test_a_failing_list_still_lets_the_user_type(qasync_loop, qtbot) -> None:
    dialog = make_dialog(qtbot, marketplaces=("broken",))
    qtbot.waitUntil(lambda: "wrong password" in dialog.listings.item(0).text())
    assert "You can type an id" in dialog.listings.item(0).text()
    dialog.close()


def test_prefilled_with_the_open_listing(qasync_loop, qtbot) -> None:
    current = ListingRef("plentymarkets", "101", "1013")
    dialog = make_dialog(qtbot, current=current)
    assert dialog.listing_ref() == current
    qtbot.waitUntil(lambda: dialog.listings.count() == 2)
    dialog.close()


def test_switching_the_marketplace_does_not_keep_the_other_ones_id(qasync_loop, qtbot) -> None:
    """Issue 15: "102" stayed in the field after switching to AutoScout24, and Open asked
    AutoScout24 for vehicle 102. Each marketplace keeps its own typed id."""
    dialog = make_dialog(qtbot)
    dialog.listing_id.setText("102")
    dialog.marketplace.setCurrentIndex(1)
    assert dialog.listing_id.text() == "" and not open_button(dialog).isEnabled()
    dialog.listing_id.setText("102")  # typed again by hand: refused with a reason
    assert "not a number" in dialog.problem.text() and dialog.listing_ref() is None
    dialog.listing_id.setText("car-1")
    dialog.marketplace.setCurrentIndex(0)
    assert dialog.listing_ref() == ListingRef("plentymarkets", "102")
    dialog.marketplace.setCurrentIndex(1)
    assert dialog.listing_ref() == ListingRef("autoscout24", "car-1")
    dialog.close()


def test_item_names_are_in_the_interface_language_else_the_shops_first(
    qasync_loop, qtbot, monkeypatch
) -> None:
    """Issue 15: the Open dialog showed English names while the Listings panel showed
    German ones. Both pick the interface language, else the shop's first language."""
    from PySide6.QtCore import QLocale

    names = (("de", "Geschenkset"), ("en", "Gift set"))
    LISTINGS["plentymarkets"].append(
        ListingSummary(ListingRef("plentymarkets", "105"), "Geschenkset", names=names)
    )
    before = QLocale()
    try:
        for locale, wanted in (
            ("en_GB", "Gift set"),
            ("de_DE", "Geschenkset"),
            ("fr", "Geschenkset"),
        ):
            QLocale.setDefault(QLocale(locale))
            dialog = make_dialog(qtbot)
            qtbot.waitUntil(lambda d=dialog: d.listings.count() == 3)
            assert dialog.listings.item(2).text() == f"105 — {wanted}"
            dialog.close()
    finally:
        QLocale.setDefault(before)
        LISTINGS["plentymarkets"].pop()
