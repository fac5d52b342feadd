"""Saves the journal still holds as running when the window starts, and what to tell the
seller about each.

A save left unfinished (ImageDeck quit, crashed or lost the network mid-save) has sent part
of its calls: the marketplace shows a mix of the old and the new order until the rest is
sent. The window therefore asks at start whether to finish them. The journal keeps no
secrets, only the connection's name and where it pointed, so the connection is looked up
among the app's own; a save whose connection is gone cannot be finished from the window,
and the seller is told how to finish it from the command line instead.

Plain Python (no Qt) so the matching and the wording are tested without a dialog; the wording
is marked for translation (`imagedeck.texts`) and the dialog shows it `translated`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from imagedeck.marketplaces.connection import Connection
from imagedeck.sync.journal import JournalSave
from imagedeck.sync.save_lock import save_holder
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

STARTED_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, eq=False)
class UnfinishedSave:
    """One journaled save and the connection that can finish it (None: none can)."""

    save: JournalSave
    connection: Connection | None

    @property
    def resumable(self) -> bool:
        return self.connection is not None

    def describe(self) -> Text:
        """E.g. "plentymarkets item 101: 12 of 40 calls left (started 2025-05-03 14:02)",
        plus, when no connection matches, what to do instead."""
        started = time.strftime(STARTED_FORMAT, time.localtime(self.save.created))
        if self.connection is None:
            return QT_TRANSLATE_NOOP(
                "UnfinishedSave",
                "{summary} (started {started}) — no saved connection for {target}; run "
                "`imagedeck resume` with the secrets in the environment",
            ).format(
                summary=self.save.summary(), started=started, target=describe_target(self.save)
            )
        return QT_TRANSLATE_NOOP("UnfinishedSave", "{summary} (started {started})").format(
            summary=self.save.summary(), started=started
        )


def describe_target(save: JournalSave) -> Text:
    """Where the save was going, in the words the seller set it up with."""
    if save.account:
        return QT_TRANSLATE_NOOP(
            "UnfinishedSave", "“{name}” ({marketplace} at {url}, account {account})"
        ).format(
            name=save.connection,
            marketplace=save.marketplace,
            url=save.base_url,
            account=save.account,
        )
    return QT_TRANSLATE_NOOP("UnfinishedSave", "“{name}” ({marketplace} at {url})").format(
        name=save.connection, marketplace=save.marketplace, url=save.base_url
    )


def find_connection(connections: Iterable[Connection], save: JournalSave) -> Connection | None:
    """The connection that made `save`: the one with its name, else one to the same
    marketplace system (same account preferred), else None.

    By name first because that is how the seller knows it; by address next because a
    renamed connection still reaches the same listings. A different marketplace never
    matches, whatever its name.
    """
    candidates = [c for c in connections if c.marketplace == save.marketplace]
    for connection in candidates:
        if connection.name == save.connection:
            return connection
    same_system = [c for c in candidates if _same_url(c.base_url, save.base_url)]
    for connection in same_system:
        if save.account in (connection.username, connection.client_id):
            return connection
    return same_system[0] if same_system else None


def unfinished_saves(
    connections: Iterable[Connection], saves: Iterable[JournalSave]
) -> list[UnfinishedSave]:
    """Each save paired with the connection that can finish it."""
    known = list(connections)
    return [UnfinishedSave(save, find_connection(known, save)) for save in saves]


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


def split_in_progress(
    journal_file: Path, saves: Iterable[JournalSave]
) -> tuple[list[JournalSave], Text | None]:
    """The saves nobody sends now, and a line about those another live ImageDeck process
    holds (None when there are none): those are neither offered nor discarded here."""
    free: list[JournalSave] = []
    busy: list[tuple[JournalSave, int]] = []
    for save in saves:
        pid = save_holder(journal_file, save.id)
        if pid is None:
            free.append(save)
        else:
            busy.append((save, pid))
    if not busy:
        return free, None
    save, pid = busy[0]
    return free, QT_TRANSLATE_NOOP(
        "UnfinishedSave", "The save of {listing} is in progress in ImageDeck process {pid}."
    ).format(listing=save.listing.describe(), pid=pid or "?")
