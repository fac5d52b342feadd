"""AutoScout24 sign-in helpers: the code is found in whatever the seller pastes, and a bad
paste says what to do; marketplace errors come with a next step."""

from __future__ import annotations

import urllib.parse

import pytest

from imagedeck.connections.check import PastedCodeError, authorization_url, code_from_paste
from imagedeck.error_advice import describe
from imagedeck.marketplaces.errors import AuthError, NetworkError, RateLimitError


@pytest.mark.parametrize(
    "pasted",
    [
        "  c0de-123  ",
        "https://localhost/imagedeck/signed-in?code=c0de-123&state=S",
        "?code=c0de-123&state=S",
        "code=c0de-123",
    ],
)
def test_code_is_found_in_a_code_or_an_address(pasted: str) -> None:
    assert code_from_paste(pasted, "S") == "c0de-123"


@pytest.mark.parametrize(
    ("pasted", "problem"),
    [
        ("", "Paste the address"),
        ("https://localhost/signed-in?state=S", "no code="),
        ("https://localhost/signed-in?error=access_denied&state=S", "access_denied"),
        ("https://localhost/signed-in?code=abc&state=OTHER", "another sign-in"),
    ],
)
def test_bad_pastes_say_what_is_wrong(pasted: str, problem: str) -> None:
    with pytest.raises(PastedCodeError, match=problem):
        code_from_paste(pasted, "S")


def test_authorization_url_carries_client_redirect_and_state() -> None:
    url = authorization_url("https://api.autoscout24.com/", "cid", "https://x/cb", "S")
    parts = urllib.parse.urlsplit(url)
    assert parts.path == "/auth/oauth/v2/authorize"
    assert urllib.parse.parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": ["cid"],
        "redirect_uri": ["https://x/cb"],
        "state": ["S"],
    }


def test_errors_keep_the_marketplace_message_and_add_a_next_step() -> None:
    text = describe(AuthError("The user credentials were incorrect.", code="invalid_credentials"))
    assert text.splitlines() == [
        "The user credentials were incorrect. (code invalid_credentials)",
        "Check the connection's credentials in File ▸ Connections… and test it again.",
    ]
    assert "wait about 30 seconds" in describe(RateLimitError("Too many", retry_after=30))
    assert "internet connection" in describe(NetworkError("refused"))
    assert "administrator" in describe(AuthError("Forbidden", status=403))
