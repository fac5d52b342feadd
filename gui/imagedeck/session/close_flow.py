"""May the window close now? The close flow's decision, without Qt.

A running save (or resume) is never cut off: the window stays and closes once it has
finished. Unsaved edits are the seller's decision: save (then close), discard (close now)
or cancel (stay). The window keeps only the Qt part: accepting or ignoring its close event
and stopping its threads.
"""

from __future__ import annotations

from collections.abc import Callable

from imagedeck.session.choices import Choice
from imagedeck.session.listing_session import ListingSession
from imagedeck.texts import QT_TRANSLATE_NOOP

WILL_CLOSE = QT_TRANSLATE_NOOP("MainWindow", "ImageDeck will close when the save has finished.")


def may_close(session: ListingSession, close_later: Callable[[], object]) -> bool:
    """True: close now. False: stay open, and `close_later` runs once the save that is
    running (or started here, when the seller chose Save) has succeeded; or the seller
    cancelled and nothing is scheduled."""
    if session.closed:
        return True
    if session.saving:
        session.after_save(close_later)
        session.view.say(WILL_CLOSE)
        return False
    session.view.finish_editing()  # a name still being typed is an unsaved edit
    listing = session.gallery.listing
    if not session.gallery.dirty or listing is None:
        return True
    choice = session.view.ask_unsaved(listing)
    if choice is Choice.SAVE:
        session.after_save(close_later)
        session.save()
        return False
    return choice is Choice.DISCARD
