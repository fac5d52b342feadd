"""The close flow's decision (`session/close_flow.py`), without Qt: a running save is
never cut off, unsaved edits are the seller's choice (save, discard, cancel)."""

from __future__ import annotations

from pathlib import Path

from imagedeck.session.choices import Choice
from imagedeck.session.close_flow import may_close
from imagedeck.session.listing_session import ListingSession
from test_listing_session import ITEM_101, Saver, View, run_session


def test_nothing_unsaved_closes_at_once(sandbox, tmp_path: Path) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        assert may_close(session, lambda: None)  # no listing yet
        await session.open_listing(ITEM_101)
        view.answers["unsaved"] = Choice.CANCEL  # never asked: nothing is unsaved
        assert may_close(session, lambda: None) and not saver.submitted

    run_session(sandbox, tmp_path, scenario)


def test_unsaved_edits_ask_and_the_answer_decides(sandbox, tmp_path: Path) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        await session.open_listing(ITEM_101)
        session.gallery.move_to_front([2])
        closed: list[str] = []
        view.answers["unsaved"] = Choice.CANCEL
        assert not may_close(session, lambda: closed.append("closed"))
        assert not saver.submitted and not session.waiting_after_save

        view.answers["unsaved"] = Choice.SAVE
        assert not may_close(session, lambda: closed.append("closed"))
        [job] = saver.submitted
        assert job.wanted == session.gallery.order and session.waiting_after_save
        assert closed == []
        session.run_after_save()  # what a successful save does
        assert closed == ["closed"]

    run_session(sandbox, tmp_path, scenario)


def test_discard_closes_and_a_running_save_is_waited_for(sandbox, tmp_path: Path) -> None:
    async def scenario(session: ListingSession, view: View, saver: Saver) -> None:
        await session.open_listing(ITEM_101)
        session.gallery.move_to_end([0])
        view.answers["unsaved"] = Choice.DISCARD
        assert may_close(session, lambda: None)

        session.save()
        closed: list[str] = []
        assert not may_close(session, lambda: closed.append("closed"))
        assert view.messages[-1] == "ImageDeck will close when the save has finished."
        assert len(saver.submitted) == 1 and session.waiting_after_save and closed == []

    run_session(sandbox, tmp_path, scenario)
