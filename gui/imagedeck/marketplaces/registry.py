"""The marketplaces ImageDeck knows, in one list: the CLI's sub-commands, the connection
dialog's buttons, the listing browser's headings and the upload checks all come from here.

Adding a marketplace means a subpackage with a client and one `MarketplaceInfo` below; no
caller outside `marketplaces/` names a marketplace. (The registry is not in base.py because it
imports the clients, which import base.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from imagedeck.marketplaces.autoscout24 import client as as24
from imagedeck.marketplaces.base import Capabilities, Marketplace
from imagedeck.marketplaces.plentymarkets import client as plenty
from imagedeck.marketplaces.tokens import TokenStore
from imagedeck.model.image import ListingRef
from imagedeck.texts import QT_TRANSLATE_NOOP

#: How a connection signs in: a back-end user and password, or an OAuth client (client id,
#: client secret and a refresh token).
SignIn = Literal["password", "oauth"]
PASSWORD_SIGN_IN: SignIn = "password"
OAUTH_SIGN_IN: SignIn = "oauth"


class ConnectionFields(Protocol):
    """What a client factory reads of a connection (`marketplaces.connection.Connection`,
    which imports this module to validate its marketplace and open its client)."""

    base_url: str
    username: str
    password: str
    client_id: str
    client_secret: str
    tokens: TokenStore


@dataclass(frozen=True)
class MarketplaceInfo:
    """One marketplace as the rest of the app sees it.

    `listing_option` is the CLI's option for a listing (``--item``, ``--vehicle``) and the
    noun the texts use; `default_base_url` is the API's public address when it has one (the
    CLI's default), "" when every seller has their own (plentymarkets systems).
    """

    name: str
    display_name: str
    capabilities: Capabilities
    sign_in: SignIn
    listing_option: str
    listings_heading: str
    default_base_url: str
    open_client: Callable[[ConnectionFields], Marketplace]
    upload_path: Callable[[ListingRef], str]

    @property
    def signs_in_with_password(self) -> bool:
        return self.sign_in == PASSWORD_SIGN_IN


def _open_plenty(connection: ConnectionFields) -> Marketplace:
    return plenty.PlentyClient(
        connection.base_url, connection.username, connection.password, tokens=connection.tokens
    )


def _open_as24(connection: ConnectionFields) -> Marketplace:
    return as24.AutoScout24Client(
        connection.base_url,
        client_id=connection.client_id,
        client_secret=connection.client_secret,
        tokens=connection.tokens,
    )


MARKETPLACES: tuple[MarketplaceInfo, ...] = (
    MarketplaceInfo(
        name=plenty.NAME,
        display_name="plentymarkets",
        capabilities=plenty.CAPABILITIES,
        sign_in=PASSWORD_SIGN_IN,
        listing_option="item",
        listings_heading=QT_TRANSLATE_NOOP("ListingSources", "Items"),
        default_base_url="",
        open_client=_open_plenty,
        upload_path=plenty.PlentyClient.upload_path,
    ),
    MarketplaceInfo(
        name=as24.NAME,
        display_name="AutoScout24",
        capabilities=as24.CAPABILITIES,
        sign_in=OAUTH_SIGN_IN,
        listing_option="vehicle",
        listings_heading=QT_TRANSLATE_NOOP("ListingSources", "Vehicles"),
        default_base_url="https://api.autoscout24.com",
        open_client=_open_as24,
        upload_path=as24.AutoScout24Client.upload_path,
    ),
)
_BY_NAME = {info.name: info for info in MARKETPLACES}

#: The registry keys, in the order menus and the CLI list them.
NAMES: tuple[str, ...] = tuple(_BY_NAME)
#: The marketplace with child listings (variations) and image details: the demo's default.
PLENTYMARKETS = plenty.NAME
#: The marketplace that takes a whole order in one call and holds at most 30 images.
AUTOSCOUT24 = as24.NAME


class UnknownMarketplace(ValueError):
    """A name that is no registry key (a hand-edited settings file, an old journal)."""


def marketplace_info(name: str) -> MarketplaceInfo:
    """The registry entry of `name`; UnknownMarketplace naming the choices otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UnknownMarketplace(
            f"unknown marketplace {name!r}; choose one of {', '.join(NAMES)}"
        ) from None


def capabilities_of(name: str) -> Capabilities:
    """What the marketplace `name` can do, without opening a client."""
    return marketplace_info(name).capabilities


def display_name(name: str) -> str:
    """The marketplace's name as its sellers spell it; an unknown name stays as it is."""
    info = _BY_NAME.get(name)
    return info.display_name if info is not None else name
