"""A connection: which marketplace, where, and with which credentials.

A connection is configuration, not a live client: each event loop (the GUI thread's, the save
worker's) opens its own client from it with `open_client()`, and all of them share the
connection's `TokenStore` so a token renewed by one is used by the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.registry import AUTOSCOUT24, NAMES, PLENTYMARKETS, marketplace_info
from imagedeck.marketplaces.tokens import Tokens, TokenStore

MARKETPLACES = NAMES
DEMO_CREDENTIALS = {PLENTYMARKETS: ("demo", "demo"), AUTOSCOUT24: ("demo", "demo")}


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
        if self.tokens.get() is None and (self.access_token or self.refresh_token):
            self.tokens.set(Tokens(self.access_token, self.refresh_token))

    def open_client(self) -> Marketplace:
        """A new client for the calling thread's event loop."""
        return marketplace_info(self.marketplace).open_client(self)


def demo_connections(base_url: str) -> dict[str, Connection]:
    """Ready connections to the built-in sandbox, keyed by marketplace."""
    user, password = DEMO_CREDENTIALS[PLENTYMARKETS]
    client_id, secret = DEMO_CREDENTIALS[AUTOSCOUT24]
    return {
        PLENTYMARKETS: Connection(
            "Demo plentymarkets", PLENTYMARKETS, base_url, username=user, password=password
        ),
        AUTOSCOUT24: Connection(
            "Demo AutoScout24", AUTOSCOUT24, base_url, client_id=client_id, client_secret=secret
        ),
    }
