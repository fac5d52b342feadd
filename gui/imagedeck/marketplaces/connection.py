"""A connection: which marketplace, where, and with which credentials.

A connection is configuration, not a live client: each event loop (the GUI thread's, the save
worker's) opens its own client from it with `open_client()`, and all of them share the
connection's `TokenStore` so a token renewed by one is used by the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from imagedeck.logs import register_secret
from imagedeck.marketplaces.autoscout24.client import AutoScout24Client
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.plentymarkets.client import PlentyClient
from imagedeck.marketplaces.tokens import Tokens, TokenStore

MARKETPLACES = ("plentymarkets", "autoscout24")
DEMO_CREDENTIALS = {"plentymarkets": ("demo", "demo"), "autoscout24": ("demo", "demo")}


@dataclass
class Connection:
    name: str
    marketplace: str
    base_url: str
    username: str = ""  # plentymarkets back-end user
    password: str = field(default="", repr=False)
    client_id: str = ""  # AutoScout24 OAuth client
    client_secret: str = field(default="", repr=False)
    refresh_token: str = field(default="", repr=False)
    access_token: str = field(default="", repr=False)
    tokens: TokenStore = field(default_factory=TokenStore, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.marketplace not in MARKETPLACES:
            raise ValueError(
                f"unknown marketplace {self.marketplace!r}; choose one of {', '.join(MARKETPLACES)}"
            )
        for secret in (self.password, self.client_secret, self.refresh_token, self.access_token):
            register_secret(secret)  # masked wherever a server or a log would echo it
        if self.tokens.get() is None and (self.access_token or self.refresh_token):
            self.tokens.set(Tokens(self.access_token, self.refresh_token))

    def open_client(self) -> Marketplace:
        """A new client for the calling thread's event loop."""
        if self.marketplace == "plentymarkets":
            return PlentyClient(self.base_url, self.username, self.password, tokens=self.tokens)
        return AutoScout24Client(
            self.base_url,
            client_id=self.client_id,
            client_secret=self.client_secret,
            tokens=self.tokens,
        )


def demo_connections(base_url: str) -> dict[str, Connection]:
    """Ready connections to the built-in sandbox, keyed by marketplace."""
    user, password = DEMO_CREDENTIALS["plentymarkets"]
    client_id, secret = DEMO_CREDENTIALS["autoscout24"]
    return {
        "plentymarkets": Connection(
            "Demo plentymarkets", "plentymarkets", base_url, username=user, password=password
        ),
        "autoscout24": Connection(
            "Demo AutoScout24", "autoscout24", base_url, client_id=client_id, client_secret=secret
        ),
    }
