"""The browser's tree model without a view, driven by a scripted source on the qasync loop:
it asks for nothing until told the end is in sight, drops a late answer to an old query,
reads on past pages without matches, and turns a failure into an error row that retries."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.errors import TransientError
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.ui.browser.listing_tree_model import KindRole, ListingTreeModel, RowKind


def summary(listing_id: str, *variations: str) -> ListingSummary:
    return ListingSummary(
        ListingRef("plentymarkets", listing_id),
        f"Item {listing_id}",
        variations=tuple((v, f"Variation {v}") for v in variations),
    )


class Source:
    """Pages of 2 from `items`; `gates` holds answers back per query; `fail` raises once."""

    def __init__(self, items: list[str], pages: int | None = None) -> None:
        self.items = items
        self.calls: list[tuple[str, int]] = []
        self.gates: dict[str, asyncio.Event] = {}
        self.fail: Exception | None = None
        self.matchless_pages = pages

    async def search(self, query: str, page: int) -> ListingPage:
        self.calls.append((query, page))
        if query in self.gates:
            await self.gates[query].wait()
        if self.fail is not None:
            error, self.fail = self.fail, None
            raise error
        if self.matchless_pages is not None:  # pages without matches, then one hit
            last = page == self.matchless_pages
            entries = (summary(f"{query}-{page}"),) if last else ()
            return ListingPage(entries, page, last)
        chosen = [i for i in self.items if query in i]
        chunk = chosen[(page - 1) * 2 : page * 2]
        return ListingPage(
            tuple(summary(i, f"{i}1") for i in chunk), page, page * 2 >= len(chosen), len(chosen)
        )


@pytest.fixture
def tasks(qasync_loop):
    tasks = BackgroundTasks()
    yield tasks
    tasks.cancel_all()


def texts(model: ListingTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_nothing_is_read_until_live_and_wanted(qtbot: QtBot, tasks) -> None:
    source = Source(["101", "102", "103", "104", "105"])
    model = ListingTreeModel(tasks)
    model.set_source(source.search, None, "Items")
    assert source.calls == [] and not model.canFetchMore(QModelIndex())
    model.go_live()
    qtbot.waitUntil(lambda: len(model.results()) == 2 and not model.busy)
    assert texts(model) == ["Items (5)", "Item 101", "Item 102"]
    assert not model.canFetchMore(QModelIndex()), "page 2 waits until the end is in sight"
    model.want_more()
    qtbot.waitUntil(lambda: len(model.results()) == 4 and not model.busy)
    assert source.calls == [("", 1), ("", 2)]
    index = model.index(1)
    assert model.hasChildren(index) is False  # no children function: items do not expand


def test_a_late_answer_to_an_old_query_is_dropped(qtbot: QtBot, tasks) -> None:
    source = Source(["101", "102", "201"])
    source.gates["10"] = asyncio.Event()
    model = ListingTreeModel(tasks)
    model.set_source(source.search, None, "Items")
    model.go_live()
    model.set_query("10")
    assert texts(model)[-1] == "Loading…"
    model.set_query("20")
    qtbot.waitUntil(lambda: [s.ref.listing_id for s in model.results()] == ["201"])
    source.gates["10"].set()
    qtbot.waitUntil(lambda: not any(t.done() is False for t in tasks._tasks))
    assert [s.ref.listing_id for s in model.results()] == ["201"]
    assert texts(model)[0] == "Items for “20” (1)"


def test_pages_without_matches_are_read_past(qtbot: QtBot, tasks) -> None:
    source = Source([], pages=3)
    model = ListingTreeModel(tasks)
    model.set_source(source.search, None, "Vehicles")
    model.go_live()
    model.set_query("golf")
    qtbot.waitUntil(lambda: len(model.results()) == 1 and not model.busy)
    assert [c for c in source.calls if c[0] == "golf"] == [("golf", 1), ("golf", 2), ("golf", 3)]


def test_no_match_says_so(qtbot: QtBot, tasks) -> None:
    model = ListingTreeModel(tasks)
    model.set_source(Source(["101"]).search, None, "Items")
    model.go_live()
    model.set_query("999")
    qtbot.waitUntil(lambda: texts(model)[-1] == "No matches")
    assert model.index(1).data(KindRole) is RowKind.EMPTY


def test_a_failure_becomes_an_error_row_that_retries(qtbot: QtBot, tasks) -> None:
    source = Source(["101", "102"])
    source.fail = TransientError("Service unavailable", status=503)
    model = ListingTreeModel(tasks)
    model.set_source(source.search, None, "Items")
    model.go_live()
    qtbot.waitUntil(lambda: model.index(1).data(KindRole) is RowKind.ERROR)
    assert "Service unavailable" in model.index(1).data()
    assert not model.canFetchMore(QModelIndex()), "scrolling does not hammer a failing server"
    model.retry(model.index(1))
    qtbot.waitUntil(lambda: len(model.results()) == 2)
    assert source.calls == [("", 1), ("", 1)]


def test_embedded_variations_expand_without_a_call(qtbot: QtBot, tasks) -> None:
    source = Source(["101"])
    asked: list[ListingRef] = []

    async def children(ref: ListingRef, page: int) -> ListingPage:
        asked.append(ref)
        return ListingPage((), page, True)

    model = ListingTreeModel(tasks)
    model.set_source(source.search, children, "Items")
    model.go_live()
    qtbot.waitUntil(lambda: len(model.results()) == 1)
    item = model.index(1)
    assert texts(model, item) == ["Variation 1011"] and not model.canFetchMore(item)
    model.set_recent([summary("555")])
    recent = model.index(1)
    assert texts(model)[:2] == ["Recent", "Item 555"]
    assert model.hasChildren(recent) and model.canFetchMore(recent)
    model.fetchMore(recent)
    qtbot.waitUntil(lambda: asked == [ListingRef("plentymarkets", "555")])
    qtbot.waitUntil(lambda: not model.hasChildren(model.index(1)))
