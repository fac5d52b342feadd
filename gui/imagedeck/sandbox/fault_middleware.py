"""Records every request and injects the faults of `Faults` before the routes see it.

Order per request: latency, then maybe a dropped connection, then maybe an error page, else
the real answer. A drop closes the socket without a byte of answer when the server provides
`app.state.drop_connection` (SandboxServer does: it aborts the connection's transport); with
`drop_when="after"` the request is applied first and only its answer is lost. Injected errors
are HTML pages (a proxy in front of the API failing), except that AutoScout24 resource routes
answer half of them in their envelope with code 50000, as the API itself does.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .faults import Faults
from .records import RecordedRequest
from .state import SandboxState

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_TITLES = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable"}


class ConnectionDropped(Exception):
    """Raised where no server hook can close the socket (e.g. an in-process test client)."""


class FaultMiddleware:
    def __init__(self, app: Callable, state: SandboxState, faults: Faults) -> None:
        self.app = app
        self.state = state
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        arrived, recorded = time.time(), False

        def record(status: int) -> None:
            """Record before the client can see the outcome, so a test that just got its
            answer (or its connection error) always finds the request in the record."""
            nonlocal recorded
            if not recorded:
                recorded = True
                query = scope.get("query_string", b"").decode("latin-1")
                method, path = scope["method"], scope["path"]
                self.state.record(RecordedRequest(method, path, query, status, arrived))

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record(message["status"])
            await send(message)

        try:
            delay = self.faults.latency_s()
            if delay:
                await asyncio.sleep(delay)
            if self.faults.happens(self.faults.drop_rate):
                if self._applied_before_drop():
                    await self.app(scope, receive, _discard)
                record(0)
                await self._drop(scope, send)
            elif self.faults.happens(self.faults.error_rate):
                await self._error_page(scope, recording_send)
            else:
                await self.app(scope, receive, recording_send)
        finally:
            record(500)  # only if nothing was answered: the app raised

    def _applied_before_drop(self) -> bool:
        when = self.faults.drop_when
        return when == "after" or (when == "either" and self.faults.random() < 0.5)

    async def _drop(self, scope: Scope, send: Send) -> None:
        drop = getattr(scope["app"].state, "drop_connection", None)
        if drop is not None and drop(scope):
            await asyncio.sleep(0.01)  # let the server notice the closed socket first
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        raise ConnectionDropped("connection dropped by fault injection")

    async def _error_page(self, scope: Scope, send: Send) -> None:
        status = (500, 502, 503)[int(self.faults.random() * 3) % 3]
        if scope["path"].startswith("/vehicles") and self.faults.random() < 0.5:
            body, content_type = _as24_processing_error(scope), b"application/json"
            status = 500
        else:
            title = f"{status} {_TITLES[status]}"
            page = f"<html><head><title>{title}</title></head><body><center><h1>{title}</h1>"
            body = (page + "</center><hr><center>nginx</center></body></html>\n").encode()
            content_type = b"text/html; charset=utf-8"
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _as24_processing_error(scope: Scope) -> bytes:
    text = "An error occurred while processing your request. Please try again later."
    return json.dumps(
        {
            "_links": {"self": {"href": scope["path"]}},
            "_request": {"url": scope["path"], "body": None, "method": scope["method"]},
            "_response": {
                "type": "Error",
                "messages": [{"code": 50000, "messageType": "Error", "text": text}],
            },
        }
    ).encode()


async def _discard(message: Message) -> None:
    """A send that loses the answer: the request was applied, the client never hears of it."""
