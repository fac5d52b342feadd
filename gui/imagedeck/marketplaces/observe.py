"""Hearing every answer a client receives: what a job's call counter and budget reading need.

Here rather than in the caller because only the marketplaces know that both clients are
`SessionClient`s whose session holds the one HttpClient every call goes through.
"""

from __future__ import annotations

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.http import ResponseObserver
from imagedeck.marketplaces.session import SessionClient


def observe_answers(client: Marketplace, observer: ResponseObserver | None) -> bool:
    """Call `observer` with every answer `client` gets from now on; False if it cannot."""
    if not isinstance(client, SessionClient):
        return False
    client.session.http.observer = observer
    return True
