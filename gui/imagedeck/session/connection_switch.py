"""Switching the window to another saved connection, without Qt.

A switch never cuts off a running save (the seller is told to wait). Unsaved edits are
offered for saving first, to the shop they belong to. The listing shown is closed when the
new connection is another shop of the same marketplace: the same id there is another
listing, and a Save must never send one shop's order to the other. The old client is
closed in the background. The ui keeps the dialogs and what it shows afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from imagedeck.marketplaces.connection import Connection
from imagedeck.session.listing_session import ListingSession
from imagedeck.texts import QT_TRANSLATE_NOOP

WAIT_FOR_SAVE = QT_TRANSLATE_NOOP("WindowExtras", "Wait for the save to finish, then switch.")


def request_switch(
    session: ListingSession,
    connection: Connection,
    *,
    stop_thumbnails: Callable[[], None],
    switched: Callable[[Connection], None],
) -> None:
    """Switch `session` to `connection` unless a save runs or the seller cancels at the
    unsaved-edits question (Save switches once the save has succeeded). `stop_thumbnails`
    stops fetches from the shop being closed; `switched` runs after the switch."""
    if session.saving:
        session.view.show_error(WAIT_FOR_SAVE)
        return

    def switch() -> None:
        switch_now(session, connection, stop_thumbnails)
        switched(connection)

    session.unless_cancelled(switch)


def closes_listing(session: ListingSession, connection: Connection) -> bool:
    """Whether switching to `connection` must close the listing shown: it belongs to the
    same marketplace, and `connection` is not the one it was read through."""
    shown = session.gallery.listing
    same = any(c is connection for c in session.clients.connections)
    return shown is not None and shown.marketplace == connection.marketplace and not same


def switch_now(
    session: ListingSession, connection: Connection, stop_thumbnails: Callable[[], None]
) -> None:
    """The switch's steps, without asking: close the listing where it must be, use the
    new connection's client and close the old one in the background."""
    if closes_listing(session, connection):
        stop_thumbnails()  # its fetches go to the shop being closed
        session.gallery.load(None, [])  # type: ignore[arg-type]  # nothing shown
    old = session.clients.use(connection)
    if old is not None:
        session.tasks.spawn(old.aclose())
