"""The normal ways a marketplace says no, over real HTTP to the sandbox: a server too slow to
answer, 403 for what the account may not touch, AutoScout24's OAuth-style and non-envelope
error bodies, and a 429 with `Retry-After`. Each must reach the caller as the right error
class with words a seller can act on (the hostile cases are another suite's)."""

from __future__ import annotations

import asyncio
import re

import pytest

from imagedeck.marketplaces.autoscout24.client import AutoScout24Client, raise_for_envelope
from imagedeck.marketplaces.errors import (
    AuthError,
    NetworkError,
    RateLimitError,
    TransientError,
)
from imagedeck.marketplaces.http import HttpClient
from imagedeck.marketplaces.plentymarkets.client import PlentyClient, raise_for_answer
from imagedeck.model.image import ListingRef

AS24_HEADERS = {"X-AS24-Version": "1.1", "Accept": "application/json"}


def as24(sandbox, **kwargs) -> AutoScout24Client:
    return AutoScout24Client(sandbox.base_url, client_id="demo", client_secret="demo", **kwargs)


async def _raw(sandbox, method: str, path: str, **kwargs):
    http = HttpClient(sandbox.base_url, headers=AS24_HEADERS, timeout=kwargs.pop("timeout", 10))
    try:
        return await http.request(method, path, **kwargs)
    finally:
        await http.aclose()


def test_a_server_that_does_not_answer_in_time_is_a_network_error_naming_it(sandbox) -> None:
    sandbox.faults.latency_ms = 3000
    with pytest.raises(NetworkError) as caught:
        asyncio.run(_raw(sandbox, "GET", "/rest/items", timeout=0.2))
    assert "did not answer within 0.2 s" in str(caught.value)
    assert "127.0.0.1" in str(caught.value) and "GET /rest/items" in str(caught.value)
    assert isinstance(caught.value, TransientError)  # retried, and resumable later


def test_as24_vehicle_of_another_account_is_403_not_allowed(sandbox) -> None:
    client = as24(sandbox)

    async def load() -> None:
        try:
            await client.load_images(ListingRef("autoscout24", "00000000-0000-0000-0000-0000"))
        finally:
            await client.aclose()

    with pytest.raises(AuthError) as caught:
        asyncio.run(load())
    assert caught.value.status == 403
    assert str(caught.value).startswith("Not allowed:")
    assert sandbox.state.count("GET", re.compile("/vehicles/00000000-0000-0000-0000-0000")) >= 1


def test_as24_oauth_style_refusal_of_the_sign_in_quotes_its_description(sandbox) -> None:
    client = AutoScout24Client(sandbox.base_url, client_id="demo", client_secret="wrong")

    async def first_call() -> None:
        try:
            await client.list_listings()
        finally:
            await client.aclose()

    with pytest.raises(AuthError) as caught:
        asyncio.run(first_call())
    message = str(caught.value)
    # The OAuth body's error_description, not a bare status code.
    assert message.startswith("AutoScout24 refused the sign-in: Client authentication failed.")
    assert caught.value.code == "invalid_client" and caught.value.status in (400, 401)


def test_as24_oauth_style_401_on_an_api_call_is_an_auth_error(sandbox) -> None:
    answer = asyncio.run(
        _raw(sandbox, "GET", "/vehicles", headers={"Authorization": "Bearer no-such-token"})
    )
    assert answer.status == 401
    with pytest.raises(AuthError) as caught:
        raise_for_envelope(answer)
    assert "refused the access token" in str(caught.value)


def test_as24_error_pages_with_and_without_an_envelope_are_transient_errors(sandbox) -> None:
    """A failing AutoScout24 answers in its envelope (code 50000) or, behind a failing
    proxy, with an HTML page (no envelope, no JSON): both must become a TransientError
    with readable words, never a decoding error."""
    sandbox.faults.error_rate = 1.0
    sandbox.faults.seed = 12

    async def answers():
        return [await _raw(sandbox, "GET", "/vehicles") for _ in range(8)]

    seen = {"envelope": 0, "html": 0}
    for answer in asyncio.run(answers()):
        assert answer.status in (500, 502, 503)
        html = answer.content.lstrip().startswith(b"<html>")
        seen["html" if html else "envelope"] += 1
        with pytest.raises(TransientError) as caught:
            raise_for_envelope(answer)
        expected = f"unexpected reply (HTTP {answer.status})" if html else "Please try again later"
        assert expected in str(caught.value)
    assert seen["html"] and seen["envelope"], seen


def test_plenty_429_with_retry_after_is_a_rate_limit_error_with_that_wait(sandbox) -> None:
    sandbox.faults.read_budget = 0
    sandbox.faults.retry_after_s = 7

    async def refused():
        client = PlentyClient(sandbox.base_url, "demo", "demo")
        try:
            await client.login()
            return await client.http.request(
                "GET",
                "/rest/items",
                headers={"Authorization": f"Bearer {client.tokens.get().access_token}"},
            )
        finally:
            await client.aclose()

    answer = asyncio.run(refused())
    assert answer.status == 429 and answer.headers["retry-after"] == "7"
    with pytest.raises(RateLimitError) as caught:
        raise_for_answer(answer)
    assert caught.value.retry_after == 7


def test_plenty_client_waits_out_a_429_and_then_succeeds(sandbox) -> None:
    """One read per second: the second read is refused with Retry-After and the client
    sends it again after the wait instead of failing the seller's action."""
    sandbox.faults.read_budget = 1
    sandbox.faults.read_period_s = 1.0
    sandbox.faults.retry_after_s = 1

    async def two_reads() -> tuple[int, int]:
        client = PlentyClient(sandbox.base_url, "demo", "demo")
        try:
            first = len(await client.load_images(ListingRef("plentymarkets", "101")))
            second = len(await client.load_images(ListingRef("plentymarkets", "102")))
            return first, second
        finally:
            await client.aclose()

    first, second = asyncio.run(two_reads())
    assert first == 64 and second > 0
    statuses = [r.status for r in sandbox.state.requests if r.path.startswith("/rest/items/")]
    assert 200 in statuses
