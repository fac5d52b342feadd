"""Uploads and deletions survive a crash without damage, on the real sandbox, headless.

An upload is journaled (file path + MD5) before it is sent. "Crash after the bytes arrived but
before the journal heard back" and "crash before anything was sent" must both end with
exactly one copy on the listing after `SaveEngine.resume`. A save with deletions journals one
DELETE per image; a resume after some of them went through finds those gone (404) and counts
that as done, for both marketplaces."""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import pytest

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.sandbox.demo import VEHICLE_SMALL
from imagedeck.sync.engine import SaveEngine
from imagedeck.sync.journal import Journal
from imagedeck.sync.upload_calls import send_upload, upload_call
from imagedeck.sync.upload_engine import UploadEngine, UploadRequest
from imagedeck.uploads.validate import check_file

TEST_IMAGES = Path(__file__).parent / "data" / "testimages"
LISTINGS = {
    "plentymarkets": ListingRef("plentymarkets", "102"),
    "autoscout24": ListingRef("autoscout24", VEHICLE_SMALL),
}
UPLOAD_PATH = re.compile(r"/images(/upload)?$")


def server_ids(sandbox, listing: ListingRef) -> list[str]:
    if listing.marketplace == "plentymarkets":
        return [str(i) for i in sandbox.state.plenty_order(int(listing.listing_id))]
    return sandbox.state.vehicle_order(listing.listing_id)


@pytest.mark.parametrize("marketplace", ["plentymarkets", "autoscout24"])
@pytest.mark.parametrize("arrived_before_crash", [True, False], ids=["arrived", "not-sent"])
def test_resumed_upload_never_creates_a_duplicate(
    sandbox, tmp_path, marketplace, arrived_before_crash
):
    listing = LISTINGS[marketplace]
    connection = demo_connections(sandbox.base_url)[marketplace]
    photo = tmp_path / "front.jpg"
    shutil.copy(TEST_IMAGES / "flower.jpg", photo)
    before = server_ids(sandbox, listing)

    async def scenario() -> None:
        client = connection.open_client()
        try:
            with Journal(tmp_path / "journal.sqlite") as journal:
                checked = check_file(photo, marketplace)
                position = 5 if marketplace == "plentymarkets" else None
                journal.begin(
                    marketplace=marketplace,
                    base_url=connection.base_url,
                    account="demo",
                    connection=connection.name,
                    listing=listing,
                    wanted=[],
                    calls=[upload_call(listing, checked, position)],
                )
                if arrived_before_crash:  # the bytes got there; the app died before noting it
                    await send_upload(client, listing, checked, position)
                (save,) = journal.unfinished()
                sandbox.state.clear_requests()
                result = await SaveEngine(connection, client, journal).resume(save)
                assert result.verified
                assert journal.unfinished() == []
        finally:
            await client.aclose()

    asyncio.run(scenario())
    after = server_ids(sandbox, listing)
    assert len(after) == len(before) + 1  # exactly one copy
    sent = sandbox.state.count("POST", UPLOAD_PATH)
    assert sent == (0 if arrived_before_crash else 1)


def test_upload_engine_reports_each_file_and_journals_it(sandbox, tmp_path):
    listing = LISTINGS["plentymarkets"]
    connection = demo_connections(sandbox.base_url)["plentymarkets"]
    good, empty = tmp_path / "good.png", tmp_path / "empty.png"
    shutil.copy(TEST_IMAGES / "hopper.png", good)
    shutil.copy(TEST_IMAGES / "empty.png", empty)
    vanished = tmp_path / "gone.jpg"  # dropped, then deleted before its upload
    states: list[tuple[str, str, int, str]] = []
    done: dict[str, str] = {}

    async def scenario() -> None:
        client = connection.open_client()
        try:
            with Journal(tmp_path / "journal.sqlite") as journal:
                engine = UploadEngine(connection, client, journal)
                requests = [
                    UploadRequest("new-a", empty),
                    UploadRequest("new-b", vanished),
                    UploadRequest("new-c", good, position=0),
                ]
                count = await engine.upload_all(
                    listing,
                    requests,
                    None,
                    lambda key, state, percent, reason: states.append(
                        (key, state.value, percent, reason)
                    ),
                    lambda key, image: done.__setitem__(key, image.id),
                )
                assert count == 1
                assert journal.unfinished() == []
        finally:
            await client.aclose()

    asyncio.run(scenario())
    failed = {key: reason for key, state, _, reason in states if state == "failed"}
    assert "empty" in failed["new-a"]
    assert failed["new-b"]  # the reason names what happened to the file
    assert list(done) == ["new-c"] and done["new-c"] in server_ids(sandbox, listing)
    percents = [p for key, state, p, _ in states if key == "new-c" and state == "uploading"]
    assert percents[0] == 0 and percents[-1] >= 99 and percents == sorted(percents)


@pytest.mark.parametrize("marketplace", ["plentymarkets", "autoscout24"])
def test_resumed_deletions_count_an_image_already_gone_as_done(sandbox, tmp_path, marketplace):
    listing = LISTINGS[marketplace]
    connection = demo_connections(sandbox.base_url)[marketplace]
    before = server_ids(sandbox, listing)
    doomed = before[1:3]
    wanted = [i for i in before if i not in doomed]
    wanted = wanted[1:] + wanted[:1]  # and a new main image

    async def scenario() -> None:
        client = connection.open_client()
        try:
            with Journal(tmp_path / "journal.sqlite") as journal:
                engine = SaveEngine(connection, client, journal)
                loaded = await client.load_images(listing)
                current = [i for i in loaded if i.id not in doomed]
                from imagedeck.sync.deletions import plan_deletes

                calls = plan_deletes(client, listing, doomed) + client.plan_order(
                    listing, current, wanted
                )
                journal.begin(
                    marketplace=marketplace,
                    base_url=connection.base_url,
                    account="demo",
                    connection=connection.name,
                    listing=listing,
                    wanted=wanted,
                    calls=calls,
                )
                await client.execute(calls[0])  # sent, then the app died
                (save,) = journal.unfinished()
                result = await engine.resume(save)
                assert result.verified, result.differences
        finally:
            await client.aclose()

    asyncio.run(scenario())
    assert server_ids(sandbox, listing) == wanted
