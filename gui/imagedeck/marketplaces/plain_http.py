"""Secrets never travel in clear text: plain http:// is refused unless the host is loopback.

Every request to a shop carries a secret (the password of a login, a bearer token, an OAuth
client secret), so `HttpClient` asks `check_transport` before its first request: https is
fine; http only to this computer (the sandbox, a tunnel); anything else is refused with a
message that says why and how to opt in. The same rule therefore holds in the CLI, in
`imagedeck resume`, in the window and for saved connections, since all of them send through
`HttpClient` (the Connections dialog also refuses to save such an address).

The opt-in is for test shops on a trusted network: the environment variable
`IMAGEDECK_ALLOW_INSECURE_HTTP=1`, or the CLI's `--allow-insecure-http` (which sets it for
its own process). Each client that uses it prints a warning (stderr and the log).
"""

from __future__ import annotations

import ipaddress
import os
import sys
from urllib.parse import urlsplit

from imagedeck.marketplaces.errors import MarketplaceError

ENV_ALLOW = "IMAGEDECK_ALLOW_INSECURE_HTTP"
OPTION_ALLOW = "--allow-insecure-http"


class InsecureTransport(MarketplaceError):
    """A secret would have gone over plain http to another computer; nothing was sent."""


def is_loopback(host: str | None) -> bool:
    """Whether `host` is this computer (localhost, 127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def insecure_http_allowed() -> bool:
    """Whether the user opted in to plain http for shops on other computers."""
    return os.environ.get(ENV_ALLOW, "").strip().lower() in ("1", "true", "yes", "on")


def check_transport(base_url: str) -> None:
    """Raise InsecureTransport unless `base_url` may carry secrets; warn when opted in."""
    parts = urlsplit(base_url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname)):
        return
    host = parts.hostname or base_url
    if parts.scheme != "http":
        raise InsecureTransport(f"the base URL of {host} must start with https://")
    if insecure_http_allowed():
        warning = (
            f"WARNING: sending your password and tokens in clear text (plain http) to {host}, "
            f"because {ENV_ALLOW} is set; anyone on the network can read them"
        )
        from imagedeck.marketplaces.waits import announce

        if not announce(warning):  # no CLI announcer: say it on stderr ourselves
            print(f"imagedeck: {warning}", file=sys.stderr, flush=True)
        return
    raise InsecureTransport(
        f"ImageDeck does not send your password or tokens to {host} over plain http://, "
        "where anyone on the network could read them: use https://. For a test shop on a "
        f"trusted network, set {ENV_ALLOW}=1 (or give {OPTION_ALLOW})"
    )
