"""Recently opened listings, kept in the user's settings per connection.

The settings file is read again before each change and written at once, so a value changed
meanwhile elsewhere (the settings dialog) is not overwritten with an old copy, and a crash
does not forget what was opened. A settings file that cannot be written is logged and
otherwise ignored: remembering is a convenience and must never stop a listing from opening.
"""

from __future__ import annotations

import logging

from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.settings import RecentListing, load_settings, save_settings

log = logging.getLogger(__name__)


def recent_listings(connection: str) -> list[ListingSummary]:
    """The connection's recent listings, newest first."""
    return [
        ListingSummary(
            ListingRef(entry.marketplace, entry.listing_id, entry.variation_id),
            entry.title or ListingRef(entry.marketplace, entry.listing_id).describe(),
        )
        for entry in load_settings().recent_listings
        if entry.connection == connection
    ]


def remember_listing(connection: str, ref: ListingRef, title: str) -> None:
    """Put `ref` first among the recent listings of `connection` and save the settings."""
    settings = load_settings()
    settings.remember_listing(
        RecentListing(connection, ref.marketplace, ref.listing_id, ref.variation_id, title)
    )
    try:
        save_settings(settings)
    except OSError as error:
        log.warning("could not save the recent listings: %s", error)
