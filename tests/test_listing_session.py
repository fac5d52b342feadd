"""The Qt-free ListingSession: the state machine the window shows, driven with plain objects
against the sandbox (real HTTP on loopback). No Qt is imported here: the session must run
without it, as the CLI would drive it.

What is checked is what the seller would notice: the listing shown, the messages, that a
save hands the worker exactly what the grid shows, that a cancelled save re-reads the
server and keeps the seller's order as an unsaved, undoable change, and that a conflict's
answer is acted on.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import imagedeck.session.resume_flow as resume_flow
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection, demo_connections
from imagedeck.model.image import Image, ListingRef
from imagedeck.session.choices import Choice
from imagedeck.session.jobs import ResumeJob, SaveJob
from imagedeck.session.listing_session import ListingSession
from imagedeck.session.ports import Shown
from imagedeck.session.unfinished_saves import UnfinishedSave
from imagedeck.sync.journal import JournalSave

ITEM_101 = ListingRef("plentymarkets", "101")


class Clients:
    """One client per marketplace, opened on first use (what GuiClients does, minus Qt)."""

    def __init__(self, connections: dict[str, Connection]) -> None:
        self._connections = connections
        self._clients: dict[str, Marketplace] = {}

    @property
    def connections(self) -> list[Connection]:
        return list(self._connections.values())

    def connection(self, marketplace: str) -> Connection:
        return self._connections[marketplace]

    def client(self, marketplace: str) -> Marketplace:
        if marketplace not in self._clients:
            self._clients[marketplace] = self._connections[marketplace].open_client()
        return self._clients[marketplace]

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


class Saver:
    """Records what the session hands the save worker; the test plays the worker's answers."""

    def __init__(self, journal_file: Path) -> None:
        self.journal_file = journal_file
        self.submitted: list[SaveJob] = []
        self.cancelled: list[Any] = []

    def submit(self, job: SaveJob) -> None:
        self.submitted.append(job)

    def resume(self, connection: Connection, save: JournalSave) -> ResumeJob:
        return ResumeJob(connection, save)

    def cancel(self, job: Any = None) -> None:
        self.cancelled.append(job)


class View:
    """Everything the session shows, as plain lists; questions answered from `answers`."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.answers: dict[str, Choice] = {}
        self.opened_count = 0

    def refresh(self) -> None:
        pass

    def say(self, text: Shown, timeout_ms: int = 0) -> None:
        self.messages.append(str(text))

    def clear_message(self) -> None:
        pass

    def show_error(self, text: Shown, *, dialog: bool = False) -> None:
        self.errors.append(str(text))

    def clear_error(self) -> None:
        pass

    def show_progress(self, done: int, total: int, text: str) -> None:
        pass

    def hide_progress(self) -> None:
        pass

    def finish_editing(self) -> None:
        pass

    def ask_unsaved(self, listing: ListingRef) -> Choice:
        return self.answers["unsaved"]

    def ask_conflict(self, message: str, places: Sequence = ()) -> Choice:
        self.conflict_places = list(places)  # the images concerned, in places (issue 15)
        return self.answers["conflict"]

    def ask_resume(self, entries: Sequence[UnfinishedSave]) -> Choice:
        return self.answers.get("resume", Choice.LATER)

    def opening(self, listing: ListingRef, has_details: bool) -> None:
        pass

    def opened(self) -> None:
        self.opened_count += 1

    def show_thumbnails(self, client: Marketplace, images: Sequence[Image]) -> None:
        pass

    def remember_selection(self) -> Callable[[], None]:
        return lambda: None

    def variations_loading(self) -> None:
        pass

    def variations_failed(self, reason: str) -> None:
        pass

    def variations_loaded(self, variations: list[Any], current: str | None) -> None:
        pass


def run_session(sandbox, tmp_path: Path, scenario, clients_type: type[Clients] = Clients) -> None:
    """Run `scenario(session, view, saver)` on a plain asyncio loop, then close the clients."""

    async def main() -> None:
        clients = clients_type(demo_connections(sandbox.base_url))
        view, saver = View(), Saver(tmp_path / "journal.sqlite")
        session = ListingSession(clients, saver, view)
        try:
            await scenario(session, view, saver)
            await session.tasks.wait()
        finally:
            session.close()
            await clients.aclose()

    asyncio.run(main())


def test_the_session_runs_without_qt() -> None:
    """Importing the session (and everything it imports) loads no Qt module."""
    code = (
        "import sys, imagedeck.session.listing_session; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    answer = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() == "[]"


def test_open_then_save_hands_the_worker_what_the_grid_shows(sandbox, tmp_path: Path) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        assert await session.open_listing(ITEM_101)
        gallery = session.gallery
        server_order = list(gallery.order)
        assert len(server_order) > 3 and view.opened_count == 1
        assert view.messages[-1] == "Opened plentymarkets item 101."
        gallery.move_to_front([3])
        session.save()
        [job] = saver.submitted
        assert job.listing == ITEM_101 and job.wanted == gallery.order
        assert [image.id for image in job.loaded] == server_order
        assert session.saving and session.being_saved
        session.save()  # one save at a time
        assert len(saver.submitted) == 1

    run_session(sandbox, tmp_path, scenario)


def test_a_cancelled_save_rereads_and_keeps_the_order_as_an_undoable_edit(
    sandbox, tmp_path: Path
) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        await session.open_listing(ITEM_101)
        gallery = session.gallery
        server_order = gallery.order
        gallery.move_to_end([0])
        wanted = gallery.order
        session.save()
        [job] = saver.submitted
        session.cancel_save()
        assert saver.cancelled == [job] and view.messages[-1] == "Cancelling…"
        session.save_cancelled(job)  # the worker's answer: nothing was confirmed
        assert not session.saving
        await session.tasks.wait()  # the re-read
        assert gallery.order == wanted and gallery.dirty
        assert view.messages[-1] == (
            "Save cancelled before any change was confirmed; the listing shows what the "
            "server holds now."
        )
        assert gallery.undo_label == "Reorder (not saved)"
        gallery.undo()
        assert gallery.order == server_order and not gallery.dirty

    run_session(sandbox, tmp_path, scenario)


def test_a_conflict_answered_with_overwrite_saves_again_over_the_server(
    sandbox, tmp_path: Path
) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        await session.open_listing(ITEM_101)
        session.gallery.move_to_front([2])
        session.save()
        view.answers["conflict"] = Choice.OVERWRITE
        session.save_conflict(saver.submitted[0], "The listing changed elsewhere.")
        assert [job.overwrite for job in saver.submitted] == [False, True]
        view.answers["conflict"] = Choice.CANCEL
        session.save_conflict(saver.submitted[1], "The listing changed elsewhere.")
        assert not session.saving and view.messages[-1] == "Not saved."

    run_session(sandbox, tmp_path, scenario)


def test_unsaved_changes_are_asked_about_before_another_open(sandbox, tmp_path: Path) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        await session.open_listing(ITEM_101)
        session.gallery.move_to_front([1])
        opened: list[str] = []
        view.answers["unsaved"] = Choice.CANCEL
        session.unless_cancelled(lambda: opened.append("open"))
        assert opened == []
        view.answers["unsaved"] = Choice.SAVE
        session.unless_cancelled(lambda: opened.append("open"))
        assert opened == [] and len(saver.submitted) == 1  # it opens once the save is done
        view.answers["unsaved"] = Choice.DISCARD
        session.save_failed(saver.submitted[0], "offline")  # a failed save forgets the wait
        session.unless_cancelled(lambda: opened.append("open"))
        assert opened == ["open"]
        assert view.errors[-1].startswith("Saving plentymarkets item 101 failed: offline")

    run_session(sandbox, tmp_path, scenario)


def test_the_journal_is_read_off_the_gui_thread(sandbox, tmp_path: Path, monkeypatch) -> None:
    """Offering unfinished saves reads SQLite; the thread that runs the loop never does."""
    opened_on: list[bool] = []
    real_journal = resume_flow.Journal

    def recording_journal(path: Path) -> object:
        opened_on.append(threading.current_thread() is threading.main_thread())
        return real_journal(path)

    monkeypatch.setattr(resume_flow, "Journal", recording_journal)

    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        session.resumes.offer()
        await session.tasks.wait()
        assert session.resumes.answered

    run_session(sandbox, tmp_path, scenario)
    assert opened_on == [False]
