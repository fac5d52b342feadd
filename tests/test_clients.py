"""Both marketplace clients against a running sandbox, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from imagedeck.marketplaces.autoscout24.client import AutoScout24Client
from imagedeck.marketplaces.connection import demo_connections
from imagedeck.marketplaces.errors import AuthError, NotFoundError, ValidationError
from imagedeck.marketplaces.plentymarkets.client import PlentyClient
from imagedeck.model.image import ListingRef

ITEM = ListingRef("plentymarkets", "101")


def run(coro):
    return asyncio.run(coro)


async def _with_client(connection, work):
    client = connection.open_client()
    try:
        return await work(client)
    finally:
        await client.aclose()


def plenty(sandbox):
    return demo_connections(sandbox.base_url)["plentymarkets"]


def as24(sandbox):
    return demo_connections(sandbox.base_url)["autoscout24"]


def test_plenty_images_come_in_display_order_despite_the_server(sandbox):
    images = run(_with_client(plenty(sandbox), lambda c: c.load_images(ITEM)))
    assert [int(i.id) for i in images] == sandbox.state.plenty_order(101)
    assert len(images) >= 60
    keys = [(i.position, int(i.id)) for i in images]
    assert keys == sorted(keys)
    assert all(i.preview_url.startswith(sandbox.base_url) for i in images)


def test_plenty_variation_shows_only_its_images(sandbox):
    item = run(_with_client(plenty(sandbox), lambda c: c.load_images(ITEM)))
    variations = run(_with_client(plenty(sandbox), lambda c: c.list_variations("101")))
    assert variations, "the demo item has variations"
    ref = ListingRef("plentymarkets", "101", variations[0][0])
    images = run(_with_client(plenty(sandbox), lambda c: c.load_images(ref)))
    assert 0 < len(images) < len(item)
    assert [int(i.id) for i in images] == sandbox.state.plenty_order(101, int(ref.variation_id))


def test_plenty_wrong_password_gives_the_marketplace_message(sandbox):
    connection = plenty(sandbox)
    connection.password = "wrong"
    with pytest.raises(AuthError) as caught:
        run(_with_client(connection, lambda c: c.load_images(ITEM)))
    assert "demo" in str(caught.value)


def test_plenty_unknown_item_is_not_found(sandbox):
    with pytest.raises(NotFoundError):
        run(
            _with_client(
                plenty(sandbox), lambda c: c.load_images(ListingRef("plentymarkets", "999999"))
            )
        )


def test_plenty_moving_one_image_to_front_is_one_put(sandbox):
    async def work(client: PlentyClient):
        images = await client.load_images(ITEM)
        wanted = [images[-1].id] + [i.id for i in images[:-1]]
        calls = client.plan_order(ITEM, images, wanted)
        for call in calls:
            await client.execute(call)
        return wanted, calls

    sandbox.state.clear_requests()
    wanted, calls = run(_with_client(plenty(sandbox), work))
    assert len(calls) == 1
    assert sandbox.state.count("PUT", re.compile(r"^/rest/items/101/images/\d+$")) == 1
    assert [str(i) for i in sandbox.state.plenty_order(101)] == wanted


def test_plenty_expired_token_is_renewed_and_the_call_repeated(sandbox):
    sandbox.faults.token_max_calls = 2
    images = run(
        _with_client(
            plenty(sandbox),
            lambda c: asyncio.gather(*[c.load_images(ITEM) for _ in range(5)]),
        )
    )
    assert all(len(batch) == len(images[0]) for batch in images)


def test_as24_lists_vehicles_and_loads_images_in_image_order(sandbox):
    async def work(client: AutoScout24Client):
        vehicles = await client.list_listings()
        return vehicles, {v.ref.listing_id: await client.load_images(v.ref) for v in vehicles}

    vehicles, images = run(_with_client(as24(sandbox), work))
    assert len(vehicles) >= 2
    counts = sorted(len(v) for v in images.values())
    assert counts[-1] == 30
    for vehicle_id, loaded in images.items():
        assert [i.id for i in loaded] == sandbox.state.vehicle_order(vehicle_id)


def test_as24_saves_the_order_in_one_put(sandbox):
    async def work(client: AutoScout24Client):
        ref = (await client.list_listings())[0].ref
        images = await client.load_images(ref)
        wanted = [i.id for i in reversed(images)]
        calls = client.plan_order(ref, images, wanted)
        for call in calls:
            await client.execute(call)
        return ref, wanted, calls

    sandbox.state.clear_requests()
    ref, wanted, calls = run(_with_client(as24(sandbox), work))
    assert len(calls) == 1
    assert sandbox.state.count("PUT", re.compile(r"/imageorder$")) == 1
    assert sandbox.state.vehicle_order(ref.listing_id) == wanted


def test_as24_incomplete_order_shows_the_marketplace_message(sandbox):
    async def work(client: AutoScout24Client):
        ref = (await client.list_listings())[0].ref
        images = await client.load_images(ref)
        await client.call("PUT", f"/vehicles/{ref.listing_id}/imageorder", json=[images[0].id])

    with pytest.raises(ValidationError) as caught:
        run(_with_client(as24(sandbox), work))
    assert caught.value.code == 50081


def test_as24_code_flow_then_refresh_rotates_and_the_store_keeps_the_new_token(sandbox):
    """Authorization-code sign-in, then expiring tokens: each refresh stores a new token."""
    connection = as24(sandbox)
    seen = []
    connection.tokens.on_rotate = seen.append
    redirect = "https://localhost/imagedeck-callback"

    async def work(client: AutoScout24Client):
        answer = await client.http.request(
            "GET",
            "/auth/oauth/v2/authorize",
            params={"response_type": "code", "client_id": "demo", "redirect_uri": redirect},
        )
        assert answer.status in (302, 303), answer.text
        code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
        await client.exchange_code(code, redirect)
        sandbox.faults.token_max_calls = 2
        ref = (await client.list_listings())[0].ref
        for _ in range(4):
            await client.load_images(ref)

    run(_with_client(connection, work))
    refresh_tokens = [t.refresh_token for t in seen]
    assert len(refresh_tokens) >= 3, "sign-in plus at least two refreshes"
    assert all(refresh_tokens) and len(set(refresh_tokens)) == len(refresh_tokens)


def test_as24_bad_client_secret_is_refused_with_a_message(sandbox):
    connection = as24(sandbox)
    connection.client_secret = "nope"
    with pytest.raises(AuthError) as caught:
        run(_with_client(connection, lambda c: c.list_listings()))
    assert "AutoScout24" in str(caught.value)
