"""The support log: written where Help ▸ Open Log Folder points, and never holding a secret.

The main test plants real secrets — a password that logs in to the sandbox, the bearer token
the sandbox issued, an AutoScout24 refresh token and a ?code= — in log lines and in a logged
exception, in the shapes they take in practice (header dicts, JSON, URLs, prose), then reads
the log file: the secrets are gone, the rest of each line is still there.
"""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from imagedeck.connections.keyring_secrets import PASSWORD, SecretStore
from imagedeck.logs import configure_logging, log_file, redact, stop_logging
from imagedeck.marketplaces.errors import AuthError
from imagedeck.marketplaces.plentymarkets.client import PlentyClient
from imagedeck.paths import log_dir

pytest_plugins = ["memory_keyring"]

SHOP_PASSWORD = "Tr0ub4dor&3-horse"


@pytest.fixture
def logging_to_file():
    path = configure_logging(logging.DEBUG)
    try:
        yield path
    finally:
        stop_logging()


async def _login(base_url: str, password: str) -> str:
    client = PlentyClient(base_url, "seller", password)
    try:
        await client.login()
        tokens = client.tokens.get()
        assert tokens is not None
        return tokens.access_token
    finally:
        await client.aclose()


@pytest.mark.expected_errors(r"test login failed")
def test_planted_secrets_are_absent_from_the_log_file(
    sandbox, memory_keyring, logging_to_file
) -> None:
    sandbox.state.plenty_users["seller"] = SHOP_PASSWORD
    secrets = SecretStore()
    secrets.set("My shop", PASSWORD, SHOP_PASSWORD)  # as the Connections dialog does
    token = asyncio.run(_login(sandbox.base_url, secrets.get("My shop", PASSWORD)))
    assert len(token) > 10
    refresh = "rt-9f8e7d6c5b4a39281706"
    log = logging.getLogger("imagedeck.test")
    log.info("request headers %s", {"Authorization": f"Bearer {token}", "Accept": "json"})
    log.info("login body %s", json.dumps({"username": "seller", "password": SHOP_PASSWORD}))
    log.info("token answer %s", json.dumps({"access_token": token, "refresh_token": refresh}))
    log.info("GET https://shop.example/callback?state=x&code=AUTHCODE123456&lang=de")
    log.warning("form: grant_type=refresh_token&refresh_token=%s&client_secret=topsecret", refresh)
    try:
        raise AuthError(f"login of seller with password: {SHOP_PASSWORD} failed; Bearer {token}")
    except AuthError:
        log.exception("test login failed")
    stop_logging()

    text = log_file().read_text(encoding="utf-8")
    for secret in (SHOP_PASSWORD, token, refresh, "AUTHCODE123456", "topsecret"):
        assert secret not in text, f"{secret!r} leaked into the log"
    # The lines themselves are there, only the secrets are masked.
    assert "request headers" in text and "'Accept': 'json'" in text
    assert "test login failed" in text and "Traceback" in text and "AuthError" in text
    assert "state=x&code=***&lang=de" in text
    assert text.count("***") >= 8
    assert log_file().parent == log_dir()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Authorization: Basic ZGVtbzpkZW1v", "Authorization: ***"),
        ("sent 'authorization': 'Bearer abc.def'", "sent 'authorization': '***'"),
        ('{"refreshToken": "r-123"}', '{"refreshToken": "***"}'),
        ("password=hunter22&user=x", "password=***&user=x"),
        ("status code: 500, 3 retries", "status code: 500, 3 retries"),
        ("plentymarkets item 101 (code 404)", "plentymarkets item 101 (code 404)"),
    ],
)
def test_redaction_patterns(line: str, kept: str) -> None:
    assert redact(line) == kept


def test_log_rotates_instead_of_growing(logging_to_file, monkeypatch) -> None:
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "imagedeck_log", False))
    handler.maxBytes = 2000  # type: ignore[attr-defined]
    for number in range(200):
        logging.getLogger("imagedeck.test").info("line %d %s", number, "x" * 40)
    stop_logging()
    names = sorted(p.name for p in log_dir().iterdir())
    assert "imagedeck.log" in names and "imagedeck.log.1" in names
    assert all(p.stat().st_size <= 2200 for p in log_dir().iterdir())
