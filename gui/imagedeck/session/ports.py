"""What a `ListingSession` needs from the outside, as narrow protocols (no Qt here).

The session runs the flows (open, re-read keeping edits, save, cancel, conflicts, resume);
the window implements `SessionView` to show them, the save worker is a `Saver`, and the
GUI thread's clients are `Clients`. Tests can drive a session with plain objects.

Texts the session hands to the view are English `Text`s under the context "MainWindow"
(the view renders them in the interface language); a text whose wording depends on a
number is a `Counted`, rendered by the view with Qt's numerus forms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.place_changes import PlaceChange
from imagedeck.session.choices import Choice
from imagedeck.session.jobs import ResumeJob, SaveJob
from imagedeck.session.unfinished_saves import UnfinishedSave
from imagedeck.sync.journal import JournalSave


class NoConnectionError(LookupError):
    """No connection is configured for the marketplace a listing belongs to."""


@dataclass(frozen=True)
class Counted:
    """A text with a count in it ("Saved: 3 changes sent…"): `kind` names which one, the
    view picks the numerus form for `count` and fills in `values`."""

    kind: str
    count: int
    values: Mapping[str, Any] = field(default_factory=dict)


Shown = str | Counted
"""What the view shows in its status line or an error: a (translatable) text or a count."""


class Clients(Protocol):
    """The GUI thread's marketplace clients, one per configured connection."""

    @property
    def connections(self) -> list[Connection]: ...

    def connection(self, marketplace: str) -> Connection: ...

    def client(self, marketplace: str) -> Marketplace: ...

    def use(self, connection: Connection) -> Marketplace | None: ...


class Saver(Protocol):
    """Runs saves one at a time off the GUI thread; answers arrive as the session's
    `save_*` calls."""

    @property
    def journal_file(self) -> Path: ...

    def submit(self, job: SaveJob) -> None: ...

    def resume(self, connection: Connection, save: JournalSave) -> ResumeJob: ...

    def cancel(self, job: SaveJob | ResumeJob | None = None) -> None: ...


class SessionView(Protocol):
    """What the window shows of a session."""

    def refresh(self) -> None:
        """Title, status line and actions follow the session's state."""

    def say(self, text: Shown, timeout_ms: int = 0) -> None:
        """A passing message in the status line (0: until the next one)."""

    def clear_message(self) -> None: ...

    def show_error(self, text: Shown, *, dialog: bool = False) -> None:
        """An error: in the status line, and in a message box with `dialog`."""

    def clear_error(self) -> None: ...

    def show_progress(self, done: int, total: int, text: str) -> None: ...

    def hide_progress(self) -> None: ...

    def finish_editing(self) -> None:
        """Commit a name still being typed: it is part of what to save."""

    def ask_unsaved(self, listing: ListingRef) -> Choice: ...

    def ask_conflict(self, message: str, places: Sequence[PlaceChange] = ()) -> Choice: ...

    def ask_resume(self, entries: Sequence[UnfinishedSave]) -> Choice: ...

    def opening(self, listing: ListingRef, has_details: bool) -> None:
        """`listing` is about to be shown (the details panel learns what it can edit)."""

    def opened(self) -> None:
        """A listing is shown: put the cursor on the first image."""

    def show_thumbnails(self, client: Marketplace, images: Sequence[Image]) -> None: ...

    def remember_selection(self) -> Callable[[], None]:
        """Before a re-read: returns what puts the selection back afterwards."""

    def variations_loading(self) -> None: ...

    def variations_failed(self, reason: str) -> None: ...

    def variations_loaded(self, variations: list[Any], current: str | None) -> None: ...
