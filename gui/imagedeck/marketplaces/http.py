"""The only module that talks HTTP: one small async client over httpx.

Keeping httpx behind this file means a switch to another HTTP library is one edit. It maps
network failures to `NetworkError` and hands every answer back as plain data; what a status
or body *means* is the marketplace module's business, because each marketplace words its
errors differently. TLS verification uses the operating system's trust store (truststore),
which is what desktop users behind company proxies with their own CA need.
"""

from __future__ import annotations

import json as jsonlib
import logging
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from imagedeck.marketplaces.errors import MarketplaceError, NetworkError
from imagedeck.marketplaces.plain_http import check_transport
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

#: Seconds without an answer before a try counts as lost. Short enough that the first
#: "retrying (1 of N)" comes early and all tries of a call fit in about a minute (retry.py).
DEFAULT_TIMEOUT_S = 10.0


@dataclass
class HttpResponse:
    """One answer: status, headers (lower-case keys), raw body."""

    status: int
    headers: dict[str, str]
    content: bytes
    method: str = ""
    url: str = ""
    _parsed: Any = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON, or None when it is empty or not JSON (e.g. an HTML error page)."""
        if self._parsed is None and self.content:
            try:
                self._parsed = jsonlib.loads(self.content)
            except ValueError:
                self._parsed = None
        return self._parsed

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


ResponseObserver = Callable[[HttpResponse], None]

BodyStream = Callable[[], AsyncIterator[bytes]]
"""Makes a fresh async iterator of body chunks for each send: a streamed body (an image
upload as base64 JSON) is produced chunk by chunk, never held whole, and because a request
may be sent twice (a 401 renews the token and repeats it) each send starts a new stream."""


def _ssl_context() -> ssl.SSLContext | bool:
    """The OS trust store where truststore is available, else Python's default bundle."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # pragma: no cover - truststore missing or unsupported platform
        return True


class HttpClient:
    """An async HTTP client bound to one base URL and to the event loop that first uses it.

    Not shareable across event loops (httpx pools are loop-bound): the GUI loop and the save
    worker each create their own.
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        max_connections: int = 8,
        observer: ResponseObserver | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.observer = observer
        timeout = DEFAULT_TIMEOUT_S if timeout is None else timeout
        self.timeout = timeout
        self._transport_checked = False
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers=dict(headers or {}),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            verify=_ssl_context(),
            follow_redirects=False,
            # HTTP/2 where the server offers it (TLS ALPN): thumbnails then share one
            # multiplexed connection; plain-HTTP servers (the sandbox) keep HTTP/1.1.
            http2=True,
        )

    async def request(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        content: bytes | None = None,
        stream: BodyStream | None = None,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send one request; any HTTP status comes back as a response, never an exception.

        `stream` sends a body made chunk by chunk (see BodyStream); give its length in a
        Content-Length header, else it goes out chunked.
        Raises NetworkError when no answer arrived (refused, reset, timed out, dropped), and
        InsecureTransport, before anything is sent, for plain http to another computer.
        """
        if not self._transport_checked:
            check_transport(self.base_url)  # every call to the shop carries a secret
            self._transport_checked = True
        kwargs: dict[str, Any] = {"params": params, "headers": headers}
        if json is not None:
            kwargs["json"] = json
        if data is not None:
            kwargs["data"] = data
        if files is not None:
            kwargs["files"] = files
        if content is not None:
            kwargs["content"] = content
        if stream is not None:
            kwargs["content"] = stream()
        try:
            answer = await self._client.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise NetworkError(
                f"{self._host(url)} did not answer within {self.timeout:g} s"
                f" ({method} {redact_url(url)})"
            ) from exc
        except httpx.TransportError as exc:
            # Words, not the exception's class name ("ConnectError"); its text goes to the log.
            log.info("%s %s failed: %r", method, redact_url(url), exc)
            raise NetworkError(
                QT_TRANSLATE_NOOP("HttpClient", "Could not reach {host}: {reason}").format(
                    host=self._host(url), reason=transport_failure(exc)
                )
            ) from exc
        response = HttpResponse(
            status=answer.status_code,
            headers={k.lower(): v for k, v in answer.headers.items()},
            content=answer.content,
            method=method,
            url=str(answer.request.url),
        )
        log.debug("%s %s -> %s", method, redact_url(response.url), response.status)
        if self.observer is not None:
            self.observer(response)
        return response

    async def fetch_file(self, url: str) -> bytes:
        """Download an image file the API pointed at (public URLs: no token is sent)."""
        answer = await self.request("GET", url)
        if not answer.ok:
            raise MarketplaceError(
                f"Image file not available (HTTP {answer.status}): {redact_url(url)}",
                status=answer.status,
            )
        return answer.content

    @property
    def host(self) -> str:
        """The server's host name, for messages ("shop.example.com asks to wait …")."""
        return self._host(self.base_url)

    def _host(self, url: str) -> str:
        try:
            return httpx.URL(url).host or httpx.URL(self.base_url).host
        except Exception:
            return self.base_url

    async def aclose(self) -> None:
        await self._client.aclose()


def transport_failure(error: httpx.TransportError) -> Text:
    """What failed, in words a seller understands (the CLI and the window show it)."""
    if isinstance(error, httpx.ConnectError):
        text = str(error).lower()
        if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
            return QT_TRANSLATE_NOOP(
                "HttpClient", "the server's name is unknown (check the address)"
            )
        if "certificate" in text or "ssl" in text:
            return QT_TRANSLATE_NOOP("HttpClient", "its security certificate was refused")
        return QT_TRANSLATE_NOOP(
            "HttpClient", "no connection (the server is down, or the address or port is wrong)"
        )
    if isinstance(error, httpx.ProxyError):
        return QT_TRANSLATE_NOOP("HttpClient", "the proxy refused the connection")
    if isinstance(error, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return QT_TRANSLATE_NOOP("HttpClient", "the connection broke off during the answer")
    if isinstance(error, httpx.UnsupportedProtocol):
        return QT_TRANSLATE_NOOP("HttpClient", "the address must start with https://")
    return QT_TRANSLATE_NOOP("HttpClient", "the connection failed")


def redact_url(url: str) -> str:
    """Hide token-like query values (access_token=…, code=…) before a URL reaches a log."""
    try:
        parsed = httpx.URL(url)
    except Exception:
        return url
    secret = {"access_token", "refresh_token", "code", "client_secret", "password", "token"}
    if not any(key in secret for key in parsed.params):
        return url
    params = [(k, "***" if k in secret else v) for k, v in parsed.params.multi_items()]
    return str(parsed.copy_with(params=params))
