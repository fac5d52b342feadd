"""The save engine on the sandbox: minimal calls, conflicts, journal, resume, hostile servers."""

from __future__ import annotations

import asyncio
import random
import re

import pytest

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.paths import journal_path
from imagedeck.sync.engine import SaveConflict, SaveEngine
from imagedeck.sync.journal import Journal

ITEM = ListingRef("plentymarkets", "101")
PUT_IMAGE = re.compile(r"^/rest/items/101/images/\d+$")


async def _save(sandbox, wanted_from, *, journal=None, listing=ITEM, before_save=None):
    connection = demo_connections(sandbox.base_url)[listing.marketplace]
    client = connection.open_client()
    try:
        loaded = await client.load_images(listing)
        wanted = wanted_from([i.id for i in loaded])
        if before_save is not None:
            before_save(loaded)
        engine = SaveEngine(connection, client, journal)
        result = await engine.save_order(listing, loaded, wanted)
        return wanted, result
    finally:
        await client.aclose()


def shuffled(ids):
    ids = list(ids)
    random.Random(7).shuffle(ids)
    return ids


def test_moving_one_of_64_to_the_front_sends_exactly_one_put(sandbox):
    sandbox.state.clear_requests()
    wanted, result = asyncio.run(_save(sandbox, lambda ids: [ids[40], *ids[:40], *ids[41:]]))
    assert result.calls_made == 1 and result.verified
    assert sandbox.state.count("PUT", PUT_IMAGE) == 1
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted
    assert [i.id for i in result.images] == wanted


def test_a_change_behind_the_clients_back_stops_the_save_before_writing(sandbox):
    def meddle(loaded):
        sandbox.state.set_position(101, int(loaded[5].id), 99999)
        sandbox.state.clear_requests()

    with pytest.raises(SaveConflict) as caught:
        asyncio.run(_save(sandbox, lambda ids: list(reversed(ids)), before_save=meddle))
    assert "image 6 moved to place 64" in str(caught.value)
    assert sandbox.state.count("PUT", PUT_IMAGE) == 0


def test_the_journal_records_every_call_and_closes_the_save(sandbox):
    journal = Journal(journal_path())
    try:
        _, result = asyncio.run(_save(sandbox, shuffled, journal=journal))
        save = journal.get(result.save_id)
    finally:
        journal.close()
    assert save is not None and save.state == "done"
    assert len(save.calls) == result.calls_made and not save.pending
    assert journal_path().exists()


def test_resume_finishes_an_interrupted_save_with_the_wanted_order(sandbox):
    """Half the planned calls are sent, then the 'process dies'; resume sends the rest."""

    async def interrupted():
        connection = demo_connections(sandbox.base_url)["plentymarkets"]
        client = connection.open_client()
        journal = Journal(journal_path())
        try:
            loaded = await client.load_images(ITEM)
            wanted = shuffled([i.id for i in loaded])
            calls = client.plan_order(ITEM, loaded, wanted)
            save_id = SaveEngine(connection, client, journal)._begin(ITEM, wanted, calls)
            for seq, call in enumerate(calls[: len(calls) // 2]):
                await client.execute(call)
                journal.mark_done(save_id, seq)
            # The next call reached the server, but the process died before marking it.
            await client.execute(calls[len(calls) // 2])
            return wanted, len(calls)
        finally:
            journal.close()
            await client.aclose()

    wanted, total = asyncio.run(interrupted())
    assert [str(i) for i in sandbox.state.plenty_order(101)] != wanted

    async def resume():
        connection = demo_connections(sandbox.base_url)["plentymarkets"]
        client = connection.open_client()
        journal = Journal(journal_path())
        try:
            (save,) = journal.unfinished()
            assert len(save.pending) == total - total // 2
            result = await SaveEngine(connection, client, journal).resume(save)
            assert journal.unfinished() == []
            return result
        finally:
            journal.close()
            await client.aclose()

    result = asyncio.run(resume())
    assert result.verified
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 0.25},
        {"drop_rate": 0.2},
        {"token_max_calls": 7},
        {"write_budget": 8, "write_period_s": 0.5},
    ],
    ids=["5xx", "dropped-connections", "token-expiry", "429-storm"],
)
def test_a_hostile_server_still_ends_with_the_wanted_order(sandbox, faults):
    for name, value in faults.items():
        setattr(sandbox.faults, name, value)
    sandbox.faults.seed = 3
    wanted, result = asyncio.run(_save(sandbox, shuffled))
    assert result.verified, result.differences
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted


def test_autoscout24_order_is_saved_in_one_put(sandbox):
    async def vehicle():
        client = demo_connections(sandbox.base_url)["autoscout24"].open_client()
        try:
            return (await client.list_listings())[0].ref
        finally:
            await client.aclose()

    ref = asyncio.run(vehicle())
    sandbox.state.clear_requests()
    wanted, result = asyncio.run(_save(sandbox, lambda ids: list(reversed(ids)), listing=ref))
    assert result.calls_made == 1 and result.verified
    assert sandbox.state.count("PUT", re.compile(r"/imageorder$")) == 1
    assert sandbox.state.vehicle_order(ref.listing_id) == wanted


def test_a_cancel_during_the_final_check_leaves_nothing_to_resume(sandbox):
    """All calls reached the server; cancelling the re-read must not leave a 'running' save."""

    async def save_and_cancel_while_checking():
        connection = demo_connections(sandbox.base_url)["plentymarkets"]
        client = connection.open_client()
        journal = Journal(journal_path())
        try:
            loaded = await client.load_images(ITEM)
            wanted = shuffled([i.id for i in loaded])
            engine = SaveEngine(connection, client, journal)
            task = None

            def progress(p):
                if p.message.startswith("Checking the result"):
                    task.cancel()

            task = asyncio.ensure_future(engine.save_order(ITEM, loaded, wanted, progress))
            with pytest.raises(asyncio.CancelledError):
                await task
            return journal.unfinished(), wanted
        finally:
            journal.close()
            await client.aclose()

    unfinished, wanted = asyncio.run(save_and_cancel_while_checking())
    assert unfinished == []
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted
