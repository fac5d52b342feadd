"""Switching to another saved connection (`session/connection_switch.py`), without Qt:
a running save blocks it, unsaved edits are asked about, another shop of the same
marketplace closes the listing shown, and the old client is closed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.session.choices import Choice
from imagedeck.session.connection_switch import request_switch
from imagedeck.session.listing_session import ListingSession
from test_listing_session import ITEM_101, Clients, Saver, View, run_session


class SwitchingClients(Clients):
    """The test clients plus `use` (what GuiClients does: the old client is handed back)."""

    def use(self, connection: Connection) -> Marketplace | None:
        self._connections[connection.marketplace] = connection
        return self._clients.pop(connection.marketplace, None)


def run(sandbox, tmp_path: Path, scenario) -> None:
    """`scenario(session, view, saver, clients)` run by test_listing_session's runner."""

    async def with_clients(session: ListingSession, view: View, saver: Saver) -> None:
        await scenario(session, view, saver, session.clients)

    run_session(sandbox, tmp_path, with_clients, SwitchingClients)


def test_another_shop_closes_the_listing_and_its_client(sandbox, tmp_path: Path) -> None:
    async def scenario(session, view, saver, clients) -> None:
        await session.open_listing(ITEM_101)
        old_client = clients.client("plentymarkets")
        other = dataclasses.replace(clients.connection("plentymarkets"), name="Other shop")
        stopped, switched = [], []
        request_switch(
            session, other, stop_thumbnails=lambda: stopped.append(1), switched=switched.append
        )
        assert switched == [other] and stopped == [1]
        assert session.gallery.listing is None and len(session.gallery) == 0
        assert clients.connection("plentymarkets") is other
        await session.tasks.wait()  # the old client is closed in the background
        assert old_client is not clients.client("plentymarkets")

    run(sandbox, tmp_path, scenario)


def test_a_running_save_or_a_cancel_keeps_the_connection(sandbox, tmp_path: Path) -> None:
    async def scenario(session, view, saver, clients) -> None:
        await session.open_listing(ITEM_101)
        first = clients.connection("plentymarkets")
        other = dataclasses.replace(first, name="Other shop")
        switched: list[Connection] = []
        session.gallery.move_to_front([2])
        view.answers["unsaved"] = Choice.CANCEL
        request_switch(session, other, stop_thumbnails=lambda: None, switched=switched.append)
        assert switched == [] and session.gallery.listing == ITEM_101

        session.save()
        request_switch(session, other, stop_thumbnails=lambda: None, switched=switched.append)
        assert view.errors[-1] == "Wait for the save to finish, then switch."
        assert switched == [] and clients.connection("plentymarkets") is first

    run(sandbox, tmp_path, scenario)


def test_another_marketplace_keeps_the_listing_shown(sandbox, tmp_path: Path) -> None:
    async def scenario(session, view, saver, clients) -> None:
        await session.open_listing(ITEM_101)
        as24 = dataclasses.replace(clients.connection("autoscout24"), name="Dealer")
        switched: list[Connection] = []
        request_switch(session, as24, stop_thumbnails=lambda: None, switched=switched.append)
        assert switched == [as24] and session.gallery.listing == ITEM_101

    run(sandbox, tmp_path, scenario)
