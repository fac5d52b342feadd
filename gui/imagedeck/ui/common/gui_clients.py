"""The GUI thread's marketplace clients, one per connection, opened on first use.

They belong to the qasync loop that opened them (reading listings, thumbnails); the save
worker opens its own from the same Connection. Closing is async, so the app awaits
`aclose()` after the window has closed and before the loop ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.registry import display_name
from imagedeck.session.ports import NoConnectionError

__all__ = ["GuiClients", "NoConnectionError"]

log = logging.getLogger(__name__)


class GuiClients:
    def __init__(self, connections: Mapping[str, Connection]) -> None:
        self._connections = dict(connections)
        self._clients: dict[str, Marketplace] = {}
        #: Hears the clients' waits and retries while reading ("rate limit: waiting 42 s").
        self.on_status: Callable[[str], None] | None = None
        self.on_switch: list[Callable[[str], None]] = []
        """Called with the marketplace whose connection `use` replaces, before its old
        client is handed back for closing (the listing browser stops its reads then)."""

    @property
    def marketplaces(self) -> list[str]:
        return list(self._connections)

    @property
    def connections(self) -> list[Connection]:
        """Every configured connection (e.g. to find the one a journaled save used)."""
        return list(self._connections.values())

    def connection(self, marketplace: str) -> Connection:
        try:
            return self._connections[marketplace]
        except KeyError:
            label = display_name(marketplace)
            raise NoConnectionError(
                QCoreApplication.translate(
                    "GuiClients", "No {marketplace} connection is set up."
                ).format(marketplace=label)
            ) from None

    def client(self, marketplace: str) -> Marketplace:
        client = self._clients.get(marketplace)
        if client is None:
            client = self._clients[marketplace] = self.connection(marketplace).open_client()
            client.listen_status(self._status)
        return client

    def _status(self, text: str) -> None:
        if self.on_status is not None:
            self.on_status(text)

    def use(self, connection: Connection) -> Marketplace | None:
        """Make `connection` the one for its marketplace (the user chose another shop).

        Answers the previous connection's open client, which the caller closes (async);
        None when there was none.
        """
        self._connections[connection.marketplace] = connection
        for listener in self.on_switch:
            listener(connection.marketplace)
        return self._clients.pop(connection.marketplace, None)

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            try:
                await client.aclose()
            except Exception:
                log.exception("closing a %s client failed", client.name)
