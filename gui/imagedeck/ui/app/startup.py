"""Open the window on a saved connection (plain `imagedeck`, or `--connection NAME`).

Secrets the keyring does not hold (no keyring on this machine) are asked for before the
window opens and kept for this session only; cancelling the question ends the start. The
interface language is installed first, so that question is in it too.
"""

from __future__ import annotations

from imagedeck.connections.store import ConnectionsStore, Profile
from imagedeck.model.image import ListingRef
from imagedeck.ui.app.app import create_application, run_app
from imagedeck.ui.app.interface_language import use_interface_language
from imagedeck.ui.dialogs.secret_prompt import ask_secret_dialog


def run_saved_connection(
    store: ConnectionsStore, profile: Profile, initial: ListingRef | None
) -> int:
    create_application()
    use_interface_language()  # the secret question below already in the seller's language
    for kind in store.missing_secrets(profile):
        value = ask_secret_dialog(None, profile.name, kind)
        if not value:
            return 1
        store.secrets.set(profile.name, kind, value)
    connection = store.connection(profile)
    return run_app({profile.marketplace: connection}, initial)
