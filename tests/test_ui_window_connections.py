"""The window and saved connections: every listing shown is remembered for the next start,
and choosing a connection in File ▸ Connections… switches the window to it."""

from __future__ import annotations

import pytest

import qt_support as async_support
from imagedeck.connections.keyring_secrets import PASSWORD
from imagedeck.connections.store import Profile
from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.settings import load_settings

pytest_plugins = ["memory_keyring"]


@pytest.fixture
def window_connections(sandbox, memory_keyring):
    """The demo connections, with secrets in the in-memory keyring."""
    return demo_connections(sandbox.base_url)


def test_opened_listings_are_remembered(qtbot, window) -> None:
    assert async_support.run(qtbot, window.open_listing(ListingRef("plentymarkets", "101")))
    assert async_support.run(qtbot, window.open_listing(ListingRef("plentymarkets", "102")))
    settings = load_settings()
    assert settings.last_connection == "Demo plentymarkets"
    assert [(r.connection, r.listing_id) for r in settings.recent_listings[:2]] == [
        ("Demo plentymarkets", "102"),
        ("Demo plentymarkets", "101"),
    ]


def test_choosing_a_saved_connection_switches_the_window(qtbot, window, sandbox) -> None:
    dialog = window.extras.show_connections()
    assert dialog.current_profile().name == "Demo plentymarkets"  # the one in use
    sandbox.state.plenty_users["editor"] = "editor-pw-1"
    window.extras.store.save(
        Profile("My shop", "plentymarkets", sandbox.base_url, username="editor"),
        {PASSWORD: "editor-pw-1"},
    )
    dialog.reload_list()
    dialog.select("My shop")
    dialog.use_button.click()
    assert window.clients.connection("plentymarkets").name == "My shop"
    assert load_settings().last_connection == "My shop"
    sandbox.state.clear_requests()
    assert async_support.run(qtbot, window.open_listing(ListingRef("plentymarkets", "101")))
    assert window.gallery.listing == ListingRef("plentymarkets", "101")
    assert sandbox.state.count("POST", "/rest/login") >= 1  # the new connection logged in
    assert load_settings().recent_listings[0].connection == "My shop"


def test_a_refused_login_says_the_servers_words_and_what_to_do(qtbot, window, sandbox) -> None:
    window.extras.store.save(
        Profile("My shop", "plentymarkets", sandbox.base_url, username="demo"),
        {PASSWORD: "not-the-password"},
    )
    window.extras.use_connection(window.extras.store.connection("My shop"))
    assert not async_support.run(qtbot, window.open_listing(ListingRef("plentymarkets", "101")))
    shown = window.status.error.text()
    assert "The user credentials were incorrect." in shown and "invalid_credentials" in shown
    assert "Check the connection's credentials in File ▸ Connections…" in shown


def test_switching_shops_closes_the_listing_of_the_other_shop(qtbot, window, sandbox) -> None:
    assert async_support.run(qtbot, window.open_listing(ListingRef("plentymarkets", "101")))
    window.gallery.move_to_front([3])
    asked: list[str] = []

    def discard(_window, what):
        from imagedeck.ui.dialogs.questions import Choice

        asked.append(what)
        return Choice.DISCARD

    window.ask_unsaved = discard
    window.extras.store.save(
        Profile("My shop", "plentymarkets", sandbox.base_url, username="demo"), {PASSWORD: "demo"}
    )
    window.extras.use_connection(window.extras.store.connection("My shop"))
    assert asked == ["plentymarkets item 101"]
    assert window.gallery.listing is None and len(window.gallery) == 0
    assert window.clients.connection("plentymarkets").name == "My shop"


def test_test_button_shares_the_live_connection_of_a_saved_profile(qtbot, window, sandbox):
    """AutoScout24 rotates the refresh token on every refresh: a Test with a second copy of
    the connection would kill the token the window holds."""
    from imagedeck.connections.keyring_secrets import CLIENT_SECRET

    store = window.extras.store
    store.save(
        Profile("Dealer", "autoscout24", sandbox.base_url, client_id="demo"),
        {CLIENT_SECRET: "demo"},
    )
    window.extras.use_connection(store.connection("Dealer"))
    dialog = window.extras.show_connections()
    dialog.select("Dealer")
    assert dialog.form_connection() is window.clients.connection("autoscout24")
    dialog.editor.client_secret.setText("other")  # typed: a new, separate connection
    assert dialog.form_connection() is not window.clients.connection("autoscout24")
