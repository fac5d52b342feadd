"""The system keyring failing in the middle of a session (locked, its service gone) must not
lock the seller out: AutoScout24 rotates the refresh token on every refresh, so a rotated
token that cannot be written must still be kept, in memory, for the next refresh. Real HTTP
to the sandbox, with tokens that expire after two calls."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import keyring.errors
import pytest

from imagedeck.connections.keyring_secrets import CLIENT_SECRET, SERVICE, SecretStore
from imagedeck.connections.store import ConnectionsStore, Profile
from imagedeck.marketplaces.autoscout24.client import AutoScout24Client
from memory_keyring import MemoryKeyring

REDIRECT = "https://localhost/imagedeck-callback"


class BreakingKeyring(MemoryKeyring):
    """Works until `broken` is set, then refuses every read and write, as a keyring whose
    daemon has gone away does."""

    broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringError("the secret service is gone")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise keyring.errors.KeyringError("the secret service is gone")
        super().set_password(service, username, password)


@pytest.fixture
def breaking_keyring() -> BreakingKeyring:
    previous = keyring.get_keyring()
    backend = BreakingKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


async def sign_in(client: AutoScout24Client) -> None:
    answer = await client.http.request(
        "GET",
        "/auth/oauth/v2/authorize",
        params={"response_type": "code", "client_id": "demo", "redirect_uri": REDIRECT},
    )
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    await client.exchange_code(code, REDIRECT)


def test_rotated_tokens_are_kept_in_memory_when_the_keyring_fails(sandbox, breaking_keyring):
    store = ConnectionsStore(SecretStore())
    store.save(Profile("Dealer", "autoscout24", sandbox.base_url, client_id="demo"), {})
    store.secrets.set("Dealer", CLIENT_SECRET, "demo")
    connection = store.connection("Dealer")
    sandbox.faults.token_max_calls = 2

    async def session() -> int:
        client = connection.open_client()
        try:
            await sign_in(client)
            ref = (await client.list_listings())[0].ref
            await client.load_images(ref)  # a refresh: its new token reaches the keyring
            breaking_keyring.broken = True
            loaded = 0
            for _ in range(4):  # two more refreshes, each rotating the token again
                loaded += len(await client.load_images(ref))
            return loaded
        finally:
            await client.aclose()

    assert asyncio.run(session()) > 0  # still signed in: no refresh token was lost
    assert not store.secrets.available
    assert "The system keyring failed: the secret service is gone" in str(store.secrets.problem)
    in_keyring = breaking_keyring.values[(SERVICE, "Dealer:refresh_token")]
    current = connection.tokens.get().refresh_token
    assert current and current != in_keyring  # rotated after the failure, kept in memory
    assert store.secrets.get("Dealer", "refresh_token") == current
