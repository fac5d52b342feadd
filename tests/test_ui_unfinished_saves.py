"""Unfinished saves offered at start: which connection finishes each, what the seller reads,
and the question's buttons (built, not shown: `ask_resume` would block in exec())."""

from __future__ import annotations

import time

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.marketplaces.connection import Connection, demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.session.unfinished_saves import (
    UnfinishedSave,
    find_connection,
    unfinished_saves,
)
from imagedeck.sync.journal import JournalCall, JournalSave
from imagedeck.ui.dialogs.questions import Choice, resume_box

BASE = "http://127.0.0.1:8123"
STARTED = time.mktime((2025, 5, 3, 14, 2, 0, 0, 0, -1))


def journaled(
    connection: str = "Demo plentymarkets",
    base_url: str = BASE,
    account: str = "demo",
    marketplace: str = "plentymarkets",
    done: int = 28,
) -> JournalSave:
    calls = [
        JournalCall(seq, PlannedCall("PUT", f"/rest/items/101/images/{seq}", {}, ""), seq < done)
        for seq in range(40)
    ]
    return JournalSave(
        id=1,
        created=STARTED,
        marketplace=marketplace,
        base_url=base_url,
        account=account,
        connection=connection,
        listing=ListingRef(marketplace, "101"),
        wanted=[],
        state="running",
        calls=calls,
    )


def test_the_connection_is_found_by_name_first() -> None:
    connections = list(demo_connections(BASE).values())
    renamed = Connection("Shop", "plentymarkets", "https://elsewhere.example", username="x")
    assert find_connection([renamed, *connections], journaled()) is connections[0]
    assert find_connection(connections, journaled(connection="Shop")) is connections[0], (
        "else by marketplace and address"
    )


def test_same_address_prefers_the_same_account_and_ignores_a_trailing_slash() -> None:
    other = Connection("A", "plentymarkets", BASE + "/", username="someone")
    mine = Connection("B", "plentymarkets", BASE + "/", username="demo")
    assert find_connection([other, mine], journaled(connection="gone")) is mine
    assert find_connection([other], journaled(connection="gone")) is other


def test_no_connection_matches_another_marketplace_or_address() -> None:
    as24 = Connection("Demo plentymarkets", "autoscout24", BASE)  # same name, wrong market
    elsewhere = Connection("X", "plentymarkets", "https://elsewhere.example")
    assert find_connection([as24, elsewhere], journaled()) is None


def test_the_seller_reads_what_is_left_when_and_what_to_do_without_a_connection() -> None:
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime(STARTED))
    [found, missing] = unfinished_saves(
        demo_connections(BASE).values(),
        [journaled(), journaled(connection="Shop", base_url="https://shop.example")],
    )
    assert found.resumable and not missing.resumable
    assert found.describe() == f"plentymarkets item 101: 12 of 40 calls left (started {started})"
    assert missing.describe() == (
        f"plentymarkets item 101: 12 of 40 calls left (started {started}) — no saved "
        "connection for “Shop” (plentymarkets at https://shop.example, account demo); "
        "run `imagedeck resume` with the secrets in the environment"
    )


def test_the_question_lists_each_save_and_offers_three_answers(qapp) -> None:
    entries = unfinished_saves(demo_connections(BASE).values(), [journaled(), journaled()])
    box, choices = resume_box(None, entries)
    try:
        assert "2 saves were interrupted" in box.text()
        assert box.informativeText().count("12 of 40 calls left") == 2
        assert sorted(choice.value for choice in choices.values()) == [
            "discard",
            "finish",
            "later",
        ]
        finish = next(button for button, choice in choices.items() if choice is Choice.FINISH)
        assert finish.text() == "Finish Saving" and finish.isEnabled()
        assert box.defaultButton() is finish
    finally:
        box.deleteLater()


def test_finish_is_disabled_when_no_save_has_a_connection(qapp) -> None:
    entries = [UnfinishedSave(journaled(), None)]
    box, choices = resume_box(None, entries)
    try:
        assert box.text() == "A save was interrupted before it had finished:"
        by_choice = {choice: button for button, choice in choices.items()}
        assert not by_choice[Choice.FINISH].isEnabled()
        assert box.defaultButton() is by_choice[Choice.LATER]
        assert "no saved connection" in box.informativeText()
    finally:
        box.deleteLater()
