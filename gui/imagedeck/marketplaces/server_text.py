"""A server's words, made fit to show: bounded, masked, and a redirect named as one.

A shop, a proxy or an attacker decides what its error bodies say. ImageDeck shows at most
`MAX_SHOWN` characters of them (an 8 MB error page once went to the terminal whole), masks
anything shaped like a secret or equal to one ImageDeck knows (`imagedeck.logs.redact`:
passwords, tokens, client secrets, `user:password@` in a URL), and says "the shop answered
with a redirect to https://other.example" instead of an empty `{}` for a 3xx answer (httpx
does not follow redirects here: credentials must not travel to another origin).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from imagedeck.logs import redact
from imagedeck.marketplaces.http import HttpResponse

#: Characters of a server's text shown in a message.
MAX_SHOWN = 300
#: Characters of a whole message shown by the CLI (our words plus the server's).
MAX_MESSAGE = 1000

_SPACE = re.compile(r"\s+")


def bounded(text: str, limit: int = MAX_SHOWN, *, total: int | None = None) -> str:
    """`text` on one line, cut to `limit` characters with a note of how much was left out
    (`total`: the length of the original when `text` is already a cut of it)."""
    text = _SPACE.sub(" ", text).strip()
    total = max(total or 0, len(text))
    if total <= limit:
        return text
    return f"{text[:limit].rstrip()}… ({total - limit} more characters not shown)"


def server_text(text: str, limit: int = MAX_SHOWN) -> str:
    """A server's text as ImageDeck shows it: masked, then bounded (cut roughly first, so
    masking an 8 MB body costs no time)."""
    return bounded(redact(text[: limit * 4]), limit, total=len(text))


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, without user info, path or query."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}" if parts.scheme else host


def without_userinfo(url: str) -> str:
    """`url` without a `user:password@` part (for what is written to disk or shown)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()


def redirect_text(answer: HttpResponse) -> str | None:
    """For a 3xx answer: "the shop answered with a redirect to <origin>"; else None."""
    if not 300 <= answer.status < 400:
        return None
    location = answer.headers.get("location", "")
    if not location:
        return f"the shop answered with a redirect (HTTP {answer.status}) without a target"
    target = origin(urljoin(answer.url, location)) if answer.url else origin(location)
    return (
        f"the shop answered with a redirect to {target} (HTTP {answer.status}); "
        "check the base URL (ImageDeck does not follow redirects with your credentials)"
    )
