"""Trying a connection out, and AutoScout24's browser sign-in, without any UI.

"Test" in the Connections dialog must prove what a save will need: that the marketplace
accepts the credentials. plentymarkets: a login. AutoScout24: a token (refresh grant) and one
read of the account's vehicles. Failures come back as the marketplace's own MarketplaceError.

The sign-in flow: open `authorization_url` in the browser; AutoScout24 redirects to the
registered redirect URI with ``?code=…``; the user pastes that address (or just the code)
back, `code_from_paste` finds the code, and `sign_in` trades it for tokens — whose refresh
token the connection's rotation hook writes to the keyring.

What these say to the seller is marked with `QT_TRANSLATE_NOOP` (context "ConnectionCheck"):
English `str`s here, shown in the interface language by the Connections dialog.
"""

from __future__ import annotations

import secrets
import urllib.parse

from imagedeck.marketplaces.autoscout24.client import AUTHORIZE_PATH, AutoScout24Client
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.plentymarkets.client import PlentyClient
from imagedeck.texts import QT_TRANSLATE_NOOP, Text


async def check_connection(connection: Connection) -> Text:
    """Log in (and, for AutoScout24, read the vehicles); a line saying what worked."""
    client = connection.open_client()
    try:
        if isinstance(client, PlentyClient):
            await client.login()
            return QT_TRANSLATE_NOOP(
                "ConnectionCheck", "Logged in to plentymarkets as {user}."
            ).format(user=connection.username)
        vehicles = await client.list_listings()
        # "Vehicles in the account: 1" reads right for any count (no numerus outside tr()).
        return QT_TRANSLATE_NOOP(
            "ConnectionCheck", "Signed in to AutoScout24. Vehicles in the account: {count}."
        ).format(count=len(vehicles))
    finally:
        await client.aclose()


def new_state() -> str:
    """A random `state` for one sign-in, checked when the redirect address is pasted back."""
    return secrets.token_urlsafe(16)


def authorization_url(base_url: str, client_id: str, redirect_uri: str, state: str) -> str:
    query = urllib.parse.urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": state,
        }
    )
    return f"{base_url.rstrip('/')}{AUTHORIZE_PATH}?{query}"


class PastedCodeError(ValueError):
    """The pasted text holds no usable authorization code; the message says why."""


def code_from_paste(text: str, state: str | None = None) -> str:
    """The authorization code from a pasted redirect address or a bare code."""
    text = text.strip()
    if not text:
        raise PastedCodeError(
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "Paste the address the browser showed after signing in."
            )
        )
    if "://" not in text and "?" not in text and "=" not in text:
        return text  # the bare code
    query = urllib.parse.urlsplit(text).query if "://" in text else text.lstrip("?")
    params = urllib.parse.parse_qs(query)
    if "error" in params:
        raise PastedCodeError(
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "AutoScout24 refused the sign-in: {reason}"
            ).format(reason=params["error"][0])
        )
    codes = params.get("code")
    if not codes or not codes[0]:
        raise PastedCodeError(
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "The pasted address has no code=… part; copy the whole address.",
            )
        )
    if state is not None and params.get("state", [state])[0] != state:
        raise PastedCodeError(
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "The pasted address belongs to another sign-in; start the sign-in again.",
            )
        )
    return codes[0]


async def sign_in(connection: Connection, code: str, redirect_uri: str) -> None:
    """Trade the code for tokens; the connection's TokenStore then holds them."""
    client = connection.open_client()
    assert isinstance(client, AutoScout24Client), "sign-in is AutoScout24's flow"
    try:
        await client.exchange_code(code, redirect_uri)
    finally:
        await client.aclose()
