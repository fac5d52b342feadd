"""Saving image names, availabilities and variation links through the save engine, on the sandbox.

A save sends exactly one write per changed fact and then reads the server back; a change made
elsewhere to an image the user edited stops it before anything is written; a refusal by the
server arrives in the server's own words and loses nothing; and a POST whose answer was lost
(in a crash, or on a dropped connection) is checked on the server, never created twice.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Callable

import pytest

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.marketplaces.errors import (
    MarketplaceError,
    RateLimitError,
    TransientError,
    ValidationError,
)
from imagedeck.marketplaces.retry import with_retries
from imagedeck.model.changes import detail_changes
from imagedeck.model.details import Availability, ImageDetails, ImageName
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import ListingRef
from imagedeck.paths import journal_path
from imagedeck.sandbox.records import ImageName as ServerName
from imagedeck.sync.engine import SaveConflict, SaveEngine, SaveResult
from imagedeck.sync.journal import Journal

ITEM = ListingRef("plentymarkets", "101")
WRITES = re.compile(r"^/rest/items/")
NAME_POSTS = re.compile(r"^/rest/items/101/images/\d+/names$")
NAME_PUTS = re.compile(r"^/rest/items/101/images/\d+/names/\w+$")
AVAILABILITIES = re.compile(r"^/rest/items/101/images/\d+/availabilities$")
LINK_POSTS = re.compile(r"^/rest/items/101/variations/\d+/variation_images$")
POSITION_PUTS = re.compile(r"^/rest/items/101/images/\d+$")

Edit = Callable[[Gallery], None]


def writes(sandbox, status: int | None = None) -> int:
    return sum(sandbox.state.count(m, WRITES, status=status) for m in ("POST", "PUT", "DELETE"))


async def _open(sandbox, listing: ListingRef = ITEM) -> Gallery:
    """A gallery loaded the way the window loads it: images and details, two reads."""
    client = demo_connections(sandbox.base_url)["plentymarkets"].open_client()
    try:
        images, details = await client.load_with_details(listing)
    finally:
        await client.aclose()
    gallery = Gallery()
    gallery.load(listing, images, details)
    return gallery


async def _save(
    sandbox,
    gallery: Gallery,
    *,
    journal: Journal | None = None,
    overwrite: bool = False,
    marketplace: str = "plentymarkets",
) -> SaveResult:
    """What the save worker does with a gallery: loaded state in, wanted state out."""
    connection = demo_connections(sandbox.base_url)[marketplace]
    client = connection.open_client()
    try:
        assert gallery.listing is not None
        return await SaveEngine(connection, client, journal).save_changes(
            gallery.listing,
            [_image(gallery, image_id) for image_id in gallery.loaded_order],
            gallery.loaded_details_by_id,
            gallery.order,
            gallery.details_by_id,
            overwrite=overwrite,
        )
    finally:
        await client.aclose()


def _image(gallery: Gallery, image_id: str):
    return gallery[gallery.index_of(image_id)]


def edit_names_availability_link_and_order(gallery: Gallery) -> list[str]:
    """Two languages on one image (a changed German name, a new French one), one availability
    removed, one variation linked, one image moved to the front: five facts."""
    first, second, fifth = gallery.order[0], gallery.order[1], gallery.order[4]
    assert gallery.details(first).name("de") is not None
    assert gallery.details(first).name("fr") is None
    assert Availability("mandant") in gallery.details(second).availabilities
    assert "1013" not in gallery.details(fifth).variations
    gallery.set_name([first], "de", "Lampe von vorne", "Eine Lampe")
    gallery.set_name([first], "fr", "Lampe de face")
    gallery.remove_availability([second], Availability("mandant", -1))
    gallery.link_variation([fifth], "1013")
    gallery.move_to_front([10])
    return [first, second, fifth]


def test_a_save_sends_one_write_per_changed_fact_and_the_server_shows_them(sandbox) -> None:
    gallery = asyncio.run(_open(sandbox))
    edit_names_availability_link_and_order(gallery)
    sandbox.state.clear_requests()

    result = asyncio.run(_save(sandbox, gallery))

    assert result.verified, result.differences
    assert writes(sandbox) == result.calls_made == 5
    assert sandbox.state.count("PUT", NAME_PUTS, status=200) == 1
    assert sandbox.state.count("POST", NAME_POSTS, status=200) == 1
    assert sandbox.state.count("DELETE", AVAILABILITIES, status=200) == 1
    assert sandbox.state.count("POST", LINK_POSTS, status=200) == 1
    assert sandbox.state.count("PUT", POSITION_PUTS, status=200) == 1

    reread = asyncio.run(_open(sandbox))
    assert reread.order == gallery.order
    assert reread.details_by_id == gallery.details_by_id
    assert result.details == reread.details_by_id
    assert [i.id for i in result.images] == list(gallery.order)
    first = gallery.order[1]  # moved behind the new front image
    assert reread.details(first).name("de") == ImageName("de", "Lampe von vorne", "Eine Lampe")

    gallery.load(ITEM, result.images, result.details)  # what the window does after a save
    assert not gallery.dirty


def test_reading_a_listings_details_costs_one_call(sandbox) -> None:
    sandbox.state.clear_requests()
    gallery = asyncio.run(_open(sandbox))
    assert len(gallery) == 64
    assert sandbox.state.count("GET", "/rest/items/101/variation_images") == 1
    assert sandbox.state.count("GET", "/rest/items/101/images") == 1  # the list itself only


def test_clearing_a_name_deletes_it_instead_of_saving_an_empty_one(sandbox) -> None:
    gallery = asyncio.run(_open(sandbox))
    image_id = gallery.order[0]
    gallery.set_name([image_id], "en", "", "")
    sandbox.state.clear_requests()
    result = asyncio.run(_save(sandbox, gallery))
    assert result.verified and writes(sandbox) == 1
    assert sandbox.state.count("DELETE", f"/rest/items/101/images/{image_id}/names/en") == 1
    assert "en" not in sandbox.state.images[int(image_id)].names


def test_bad_input_is_refused_by_the_model_and_the_rest_is_saved(sandbox) -> None:
    gallery = asyncio.run(_open(sandbox))
    image_id = gallery.order[2]
    gallery.set_name([image_id], "en", "Kept")
    with pytest.raises(ValueError, match="'sv'"):
        gallery.set_name([image_id], "sv", "Framsida")
    with pytest.raises(ValueError, match="availability value 'abc' is not a number"):
        gallery.add_availability([image_id], Availability("marketplace", "abc"))
    assert gallery.undo_label == "Set English name"
    sandbox.state.clear_requests()
    result = asyncio.run(_save(sandbox, gallery))
    assert result.verified and writes(sandbox) == 1
    assert sandbox.state.images[int(image_id)].names["en"].name == "Kept"


def test_a_change_elsewhere_to_an_edited_image_stops_the_save_before_writing(sandbox) -> None:
    gallery = asyncio.run(_open(sandbox))
    edited = gallery.order[0]
    gallery.set_name([edited], "en", "Mine")
    gallery.link_variation([edited], "1013")
    with sandbox.state.lock:  # another back-end user renames the same image
        sandbox.state.images[int(edited)].names["en"].name = "Theirs"
    sandbox.state.clear_requests()

    with pytest.raises(SaveConflict) as caught:
        asyncio.run(_save(sandbox, gallery))
    assert f"image {edited}: the English name changed elsewhere" in str(caught.value)
    assert caught.value.current_details[edited].name("en") == ImageName("en", "Theirs")
    assert writes(sandbox) == 0

    # The user chooses to overwrite: their changes go on top of the new state.
    with sandbox.state.lock:  # meanwhile someone adds a French name; the user left French alone
        sandbox.state.images[int(edited)].names["fr"] = ServerName("fr", "Le leur")
    result = asyncio.run(_save(sandbox, gallery, overwrite=True))
    assert result.verified, result.differences
    names = sandbox.state.images[int(edited)].names
    assert names["en"].name == "Mine" and names["fr"].name == "Le leur"
    assert int(edited) in sandbox.state.variation_image_ids(101, 1013)


def test_a_change_elsewhere_to_an_image_the_user_left_alone_is_no_conflict(sandbox) -> None:
    gallery = asyncio.run(_open(sandbox))
    edited, untouched = gallery.order[0], gallery.order[1]
    gallery.set_name([edited], "fr", "Vue")
    with sandbox.state.lock:
        sandbox.state.images[int(untouched)].names["de"].name = "Neu von jemand anderem"
    result = asyncio.run(_save(sandbox, gallery))
    assert result.verified
    assert sandbox.state.images[int(untouched)].names["de"].name == "Neu von jemand anderem"
    assert result.details[untouched].name("de") == ImageName("de", "Neu von jemand anderem")


def _unchecked_availability() -> Availability:
    """An availability type the model would refuse, smuggled past it to reach the server."""
    bad = object.__new__(Availability)
    object.__setattr__(bad, "type", "shop")
    object.__setattr__(bad, "value", 3)
    return bad


@pytest.mark.parametrize(
    ("smuggle", "server_words"),
    [
        (
            lambda d: d.with_availability(_unchecked_availability()),
            "type: The selected type is invalid.",
        ),
        (
            lambda d: ImageDetails(
                (*d.names, ImageName("xx", "?")), d.availabilities, d.variations
            ),
            "lang: The selected lang is invalid.",
        ),
    ],
    ids=["availability-type", "language"],
)
def test_a_refusal_by_the_server_shows_its_words_and_loses_nothing(
    sandbox, smuggle, server_words: str
) -> None:
    gallery = asyncio.run(_open(sandbox))
    target = gallery.order[3]
    assert gallery.link_variation([gallery.order[4]], "1013")
    gallery.edit_details([target], smuggle, "Smuggled")
    gallery.shift([7], 1)
    before = (gallery.order, gallery.details_by_id, gallery.undo_label, gallery.dirty)
    journal = Journal(journal_path())
    try:
        with pytest.raises(MarketplaceError) as caught:
            asyncio.run(_save(sandbox, gallery, journal=journal))
        (save,) = journal.unfinished()
    finally:
        journal.close()

    assert isinstance(caught.value, ValidationError) and caught.value.status == 422
    assert server_words in str(caught.value)
    assert (gallery.order, gallery.details_by_id, gallery.undo_label, gallery.dirty) == before
    refused = [c for c in save.pending if c.call.label.startswith(f"image {target}:")]
    assert len(refused) == 1 and refused[0].call.method == "POST"
    assert len(save.calls) == 3  # the position, the link and the refused one
    assert sandbox.state.count("POST", "/rest/items/101", status=422) == 1


def test_resume_skips_the_posts_that_reached_the_server_before_the_crash(sandbox) -> None:
    """Every call reaches the server but none is marked done; resume must not repeat the
    POSTs (a second name POST would be refused with 422), only the PUT and the DELETE."""
    gallery = asyncio.run(_open(sandbox))
    a, b = gallery.order[0], gallery.order[1]
    gallery.set_name([a, b], "fr", "Vue")  # two POSTs
    gallery.set_name([a], "de", "Neu")  # a PUT
    gallery.link_variation([b], "1013")  # a POST
    gallery.add_availability([a], Availability("marketplace", 9))  # a POST
    gallery.remove_availability([b], Availability("mandant"))  # a DELETE

    async def crash() -> int:
        connection = demo_connections(sandbox.base_url)["plentymarkets"]
        client = connection.open_client()
        journal = Journal(journal_path())
        try:
            wanted = gallery.changed_details
            calls = [
                call
                for image_id, details in wanted.items()
                for call in client.plan_details(
                    ITEM, image_id, detail_changes(gallery.loaded_details(image_id), details)
                )
            ]
            engine = SaveEngine(connection, client, journal)
            engine._begin(ITEM, gallery.order, calls, wanted)
            for call in calls:
                await client.execute(call)  # sent, but the process dies before marking
            return len(calls)
        finally:
            journal.close()
            await client.aclose()

    total = asyncio.run(crash())
    assert total == 6
    sandbox.state.clear_requests()

    async def resume() -> SaveResult:
        connection = demo_connections(sandbox.base_url)["plentymarkets"]
        client = connection.open_client()
        journal = Journal(journal_path())
        try:
            (save,) = journal.unfinished()
            assert len(save.pending) == total
            assert save.wanted_details == gallery.changed_details
            assert sum(1 for c in save.calls if "check" in c.call.meta) == 4
            result = await SaveEngine(connection, client, journal).resume(save)
            assert journal.unfinished() == []
            return result
        finally:
            journal.close()
            await client.aclose()

    result = asyncio.run(resume())
    assert result.verified, result.differences
    assert result.calls_made == 2  # the PUT and the DELETE; the four POSTs were found done
    assert sandbox.state.count("POST", WRITES) == 0
    assert writes(sandbox, status=422) == 0
    assert writes(sandbox) == 2
    assert asyncio.run(_open(sandbox)).details_by_id == gallery.details_by_id


@pytest.mark.parametrize(
    "faults",
    [
        {"drop_rate": 0.2, "drop_when": "after"},
        {"drop_rate": 0.2, "drop_when": "either"},
        {"error_rate": 0.2},
        {"write_budget": 6, "write_period_s": 0.5},
    ],
    ids=["answers-lost", "dropped-either-way", "5xx", "429-storm"],
)
def test_posts_whose_answers_are_lost_are_checked_not_repeated(sandbox, faults) -> None:
    """A lost answer (dropped connection, error page) leaves open whether a POST took effect:
    it is checked on the server, then sent again only if it did not. A 429 is simply waited
    out and sent again, POST or not: the server did nothing."""
    gallery = asyncio.run(_open(sandbox))
    picked = list(gallery.order[:6])
    gallery.set_name(picked, "fr", "Vue")
    gallery.link_variation(picked, "1013")
    gallery.unlink_variation(picked, "1011")
    gallery.set_name(picked[:3], "de", "")
    for name, value in faults.items():
        setattr(sandbox.faults, name, value)
    sandbox.faults.seed = 5
    sandbox.state.clear_requests()

    result = asyncio.run(_save(sandbox, gallery))

    sandbox.faults.drop_rate = sandbox.faults.error_rate = 0.0
    sandbox.faults.write_budget = None
    assert result.verified, result.differences
    assert writes(sandbox, status=422) == 0
    assert asyncio.run(_open(sandbox)).details_by_id == gallery.details_by_id


def test_unlinking_an_image_from_the_open_variation_is_verified(sandbox) -> None:
    listing = ListingRef("plentymarkets", "101", "1012")
    gallery = asyncio.run(_open(sandbox, listing))
    image_id = gallery.order[2]
    gallery.unlink_variation([image_id], "1012")
    result = asyncio.run(_save(sandbox, gallery))
    assert result.verified, result.differences
    assert image_id not in [i.id for i in result.images]
    assert int(image_id) not in sandbox.state.variation_image_ids(101, 1012)


def test_autoscout24_refuses_details_before_writing(sandbox) -> None:
    async def vehicle() -> ListingRef:
        client = demo_connections(sandbox.base_url)["autoscout24"].open_client()
        try:
            return (await client.list_listings())[0].ref
        finally:
            await client.aclose()

    ref = asyncio.run(vehicle())

    async def open_vehicle() -> Gallery:
        client = demo_connections(sandbox.base_url)["autoscout24"].open_client()
        try:
            images = await client.load_images(ref)
            assert await client.load_details(ref, images) == {}
        finally:
            await client.aclose()
        gallery = Gallery()
        gallery.load(ref, images)
        return gallery

    gallery = asyncio.run(open_vehicle())
    gallery.set_name([gallery.order[0]], "en", "Front")
    sandbox.state.clear_requests()
    with pytest.raises(ValidationError, match="keeps no image names"):
        asyncio.run(_save(sandbox, gallery, marketplace="autoscout24"))
    assert sandbox.state.count("*", "/vehicles") == 0


def test_an_older_journal_gains_the_new_columns_and_still_resumes(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE saves (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL,
            marketplace TEXT NOT NULL, base_url TEXT NOT NULL, account TEXT NOT NULL,
            connection TEXT NOT NULL, listing_id TEXT NOT NULL, variation_id TEXT,
            wanted TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'running',
            message TEXT NOT NULL DEFAULT '');
        CREATE TABLE calls (save_id INTEGER NOT NULL, seq INTEGER NOT NULL,
            method TEXT NOT NULL, path TEXT NOT NULL, body TEXT, label TEXT NOT NULL,
            done REAL, PRIMARY KEY (save_id, seq));
        INSERT INTO saves (created, marketplace, base_url, account, connection, listing_id,
            wanted) VALUES (1, 'plentymarkets', 'http://x', 'demo', 'Demo', '101', '["1","2"]');
        INSERT INTO calls VALUES (1, 0, 'PUT', '/rest/items/101/images/1', '{"position": 5}',
            'image 1 → position 5', NULL);
        """
    )
    db.commit()
    db.close()
    journal = Journal(path)
    try:
        (save,) = journal.unfinished()
        assert save.wanted == ["1", "2"] and save.wanted_details == {}
        assert save.pending[0].call.meta == {} and save.pending[0].call.json == {"position": 5}
    finally:
        journal.close()


@pytest.mark.parametrize(
    ("failure", "attempts"),
    [(RateLimitError("slow down", retry_after=0.0), 2), (TransientError("lost"), 1)],
    ids=["429-retried", "5xx-not-blindly-retried"],
)
def test_a_post_is_sent_again_after_a_429_but_never_blindly_after_a_lost_answer(
    failure: Exception, attempts: int
) -> None:
    """A 429 means the server did nothing, so a POST may simply go again; after a lost
    answer only the client's check on the server may decide (see PlentyClient.execute)."""
    sent: list[int] = []

    async def attempt() -> str:
        sent.append(1)
        if len(sent) == 1:
            raise failure
        return "created"

    async def run() -> str:
        return await with_retries("POST", attempt, initial_wait=0.0)

    if attempts == 2:
        assert asyncio.run(run()) == "created"
    else:
        with pytest.raises(TransientError):
            asyncio.run(run())
    assert len(sent) == attempts
