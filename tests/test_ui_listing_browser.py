"""The listing browser in the real window against the real sandbox, as a seller uses it: the
first page of the shop's 234 items is read when the window shows and the second only when
the list is scrolled to its end (counted on the server); typing narrows the results; Enter
on a result opens it in the window (the grid shows its images), and it then heads the
recent listings; variations open alone; a failure shows the server's message and Enter on
it tries again; Ctrl+L and the arrow keys reach everything; AutoScout24 lists vehicles."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.sandbox.demo import VEHICLE_FULL
from imagedeck.settings import load_settings
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.browser.listing_browser import ListingBrowser
from imagedeck.ui.browser.listing_tree_model import KindRole, RowKind, SummaryRole
from qt_support import run, shot_path

ITEM_LIST = re.compile(r"^/rest/items$")
SCREENSHOT = shot_path("issue7b-browser.png")
WAIT_MS = 30_000


def browser_of(window: MainWindow) -> ListingBrowser:
    return window.browser_dock.browser


def wait_for_results(qtbot: QtBot, browser: ListingBrowser, count: int) -> None:
    qtbot.waitUntil(
        lambda: len(browser.model.results()) >= count and not browser.model.busy, timeout=WAIT_MS
    )


def top_rows(browser: ListingBrowser) -> list[QModelIndex]:
    model = browser.model
    return [model.index(row) for row in range(model.rowCount())]


def row_titled(browser: ListingBrowser, start: str, parent: QModelIndex | None = None):
    model = browser.model
    rows = (
        top_rows(browser)
        if parent is None
        else [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
    )
    return next(index for index in rows if str(index.data()).startswith(start))


def press_enter_on(qtbot: QtBot, browser: ListingBrowser, index: QModelIndex) -> None:
    browser.tree.setFocus()
    browser.tree.setCurrentIndex(index)
    qtbot.keyClick(browser.tree.viewport(), Qt.Key.Key_Return)


def test_second_page_is_read_only_when_scrolled_to(qtbot, window, sandbox) -> None:
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    assert sandbox.state.count("GET", ITEM_LIST) == 1
    assert str(browser.model.results_heading().data()) == "Items (234)"
    browser._fetch_if_end_in_sight()  # what a scroll or resize runs: the end is not in sight
    assert not browser.model.busy and sandbox.state.count("GET", ITEM_LIST) == 1
    assert len(browser.model.results()) == 50

    browser.tree.scrollToBottom()
    wait_for_results(qtbot, browser, 100)
    assert sandbox.state.count("GET", ITEM_LIST) == 2
    assert browser.model.results()[-1].ref.listing_id == "10096"
    window.grab().save(SCREENSHOT)


def test_typing_narrows_the_results(qtbot, window, sandbox) -> None:
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    qtbot.keyClicks(browser.search, "t-shirt")
    qtbot.waitUntil(lambda: browser.model.query == "t-shirt", timeout=WAIT_MS)
    wait_for_results(qtbot, browser, 16)
    titles = [s.title for s in browser.model.results()]
    assert len(titles) == 16 and all("T-Shirt" in t for t in titles)
    # The search went out once, after typing paused, not once per key.
    assert sandbox.state.count("GET", ITEM_LIST) == 2

    browser.search.clear()
    qtbot.keyClicks(browser.search, "A-10023")
    qtbot.waitUntil(
        lambda: [s.ref.listing_id for s in browser.model.results()] == ["10023"], timeout=WAIT_MS
    )
    browser.search.clear()  # the clear button: everything again
    wait_for_results(qtbot, browser, 50)
    assert browser.model.query == ""


def test_enter_opens_the_listing_and_it_heads_the_recent_ones(qtbot, window, sandbox) -> None:
    browser = browser_of(window)
    qtbot.keyClicks(browser.search, "Keramik")
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)  # search now and go to the results
    qtbot.waitUntil(
        lambda: [s.ref.listing_id for s in browser.model.results()] == ["102"], timeout=WAIT_MS
    )
    assert browser.tree.hasFocus()
    index = browser.tree.currentIndex()
    assert index.data(SummaryRole).ref == ListingRef("plentymarkets", "102")
    qtbot.keyClick(browser.tree.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT_MS)
    assert window.gallery.listing == ListingRef("plentymarkets", "102")

    rows = top_rows(browser)
    assert rows[0].data() == "Recent"
    assert rows[1].data(SummaryRole).ref == ListingRef("plentymarkets", "102")
    assert rows[1].data() == "102-MIX · Keramik-Becher Sortiment"
    saved = load_settings().recent_listings[0]
    assert (saved.connection, saved.listing_id, saved.title) == (
        "Demo plentymarkets",
        "102",
        "102-MIX · Keramik-Becher Sortiment",
    )


def test_a_listing_opened_elsewhere_becomes_recent_and_expands_lazily(
    qtbot, window, sandbox
) -> None:
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    assert run(qtbot, window.open_listing(ListingRef("plentymarkets", "103")))
    qtbot.waitUntil(lambda: top_rows(browser)[0].data() == "Recent", timeout=WAIT_MS)
    recent = top_rows(browser)[1]
    assert recent.data(SummaryRole).ref.listing_id == "103"
    # A recent entry carries no variations: expanding reads them, once. (The window has read
    # them too, for the details panel, once the listing opened.)
    qtbot.waitUntil(lambda: window.details.variations.model.rowCount() == 1, timeout=WAIT_MS)
    before = sandbox.state.count("GET", "/rest/items/103/variations")
    browser.tree.expand(recent)
    qtbot.waitUntil(lambda: browser.model.rowCount(recent) == 1, timeout=WAIT_MS)

    def child() -> QModelIndex:  # "Loading…" first, then the variation in its place
        return browser.model.index(0, 0, recent)

    qtbot.waitUntil(lambda: child().data(KindRole) is RowKind.VARIATION, timeout=WAIT_MS)
    assert child().data() == "103-WEI · Weiß (main)"
    assert sandbox.state.count("GET", "/rest/items/103/variations") == before + 1


def test_a_variation_opens_with_only_its_images(qtbot, window, sandbox) -> None:
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    item = row_titled(browser, "101-CLA")
    browser.tree.expand(item)
    sport = row_titled(browser, "101-SPO", item)
    press_enter_on(qtbot, browser, sport)
    expected = len(sandbox.state.plenty_order(101, 1012))
    qtbot.waitUntil(lambda: window.gallery.listing is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=WAIT_MS)
    assert window.gallery.listing == ListingRef("plentymarkets", "101", "1012")
    saved = load_settings().recent_listings[0]
    assert saved.variation_id == "1012" and saved.title.endswith("— 101-SPO · Sport")


def test_a_failure_shows_the_servers_message_and_enter_retries(qtbot, qasync_loop, sandbox):
    sandbox.state.plenty_users["demo"] = "changed in the back end"
    window = build_main_window(demo_connections(sandbox.base_url))
    try:
        window.show()
        qtbot.waitExposed(window)
        browser = browser_of(window)
        qtbot.waitUntil(
            lambda: top_rows(browser)[-1].data(KindRole) is RowKind.ERROR, timeout=WAIT_MS
        )
        error = top_rows(browser)[-1]
        assert "The user credentials were incorrect." in error.data()
        assert sandbox.state.count("GET", ITEM_LIST) == 0

        sandbox.state.plenty_users["demo"] = "demo"
        press_enter_on(qtbot, browser, error)
        wait_for_results(qtbot, browser, 50)
        assert all(i.data(KindRole) is not RowKind.ERROR for i in top_rows(browser))
    finally:
        window.close()
        run(qtbot, window.aclose())
        window.deleteLater()


def test_keyboard_reaches_search_and_results(qtbot, window) -> None:
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    window.grid.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.hasFocus()
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.tree.hasFocus()
    assert browser.tree.currentIndex().data(SummaryRole).ref.listing_id == "101"
    qtbot.keyClick(browser.tree, Qt.Key.Key_Down)
    assert browser.tree.currentIndex().data(SummaryRole).ref.listing_id == "102"


def test_autoscout24_lists_the_accounts_vehicles(qtbot, window, sandbox) -> None:
    browser = browser_of(window)
    browser.marketplace.setCurrentIndex(browser.marketplace.findData("autoscout24"))
    wait_for_results(qtbot, browser, 20)
    assert str(browser.model.results_heading().data()) == "Vehicles (40)"
    first = browser.model.results()[0]
    assert first.ref == ListingRef("autoscout24", VEHICLE_FULL)
    assert not browser.model.hasChildren(row_titled(browser, "320d Touring"))
    press_enter_on(qtbot, browser, row_titled(browser, "320d Touring"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 30, timeout=WAIT_MS)
    assert load_settings().recent_listings[0].connection == "Demo AutoScout24"


def test_the_browser_follows_the_open_listing_and_the_title_names_it(
    qtbot, window, sandbox
) -> None:
    """Issue 15: the Listings panel stayed on plentymarkets while a vehicle was open, and
    the window title showed only a number or UUID."""
    browser = browser_of(window)
    wait_for_results(qtbot, browser, 50)
    assert run(qtbot, window.open_listing(ListingRef("plentymarkets", "102")))
    qtbot.waitUntil(lambda: "Keramik-Becher" in window.windowTitle(), timeout=WAIT_MS)
    assert window.windowTitle().startswith("102-MIX · Keramik-Becher Sortiment — ")
    assert run(qtbot, window.open_listing(ListingRef("autoscout24", VEHICLE_FULL)))
    assert browser.selected_marketplace == "autoscout24"
    wait_for_results(qtbot, browser, 20)
    qtbot.waitUntil(lambda: "320d Touring" in window.windowTitle(), timeout=WAIT_MS)
    assert window.windowTitle().endswith(f"AutoScout24 vehicle {VEHICLE_FULL}[*] — ImageDeck")
